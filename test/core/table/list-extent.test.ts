import { listExtentBelow } from "../../../src/core/table/list-extent";

const rowsBelongingBelow = (below: unknown[][], isForeign?: (index: number) => boolean) =>
  listExtentBelow(below, isForeign).taken;

describe("listExtentBelow continues a list over blank rows inside it", () => {
  it("takes rows after a one-row gap", () => {
    // Row 1 blank, row 2 used: both belong; nothing after.
    expect(rowsBelongingBelow([[""], ["CN2", "发明"]])).toBe(2);
  });

  it("takes rows after a gap of three blank rows, and stops at a gap of four", () => {
    const below = [[""], [""], [""], ["CN2"], [""], [""], [""], [""], ["notes"]];
    expect(rowsBelongingBelow(below)).toBe(4); // up to "CN2"; the 4-row gap ends the list
  });

  it("leaves trailing blank rows out", () => {
    expect(rowsBelongingBelow([["CN2"], [""], [""]])).toBe(1);
  });

  it("stops before another table", () => {
    expect(rowsBelongingBelow([[""], ["Currency", "Rate"], ["USD", 7.1]], (i) => i === 1)).toBe(0);
  });

  it("takes nothing when nothing follows", () => {
    expect(rowsBelongingBelow([])).toBe(0);
  });
});
