import { listExtentBelow } from "../../../src/core/table/list-extent";

// A reader that reads the rows below a list in parts must know whether the list ended within a part or
// may go on below it: a long ledger with a blank row near its top was cut at the first part (14,290 of
// 30,000 rights listed, and projected).
describe("listExtentBelow says whether the list ended within the rows given", () => {
  it("has not ended when its last rows are its own", () => {
    expect(listExtentBelow([[""], ["CN2"], ["CN3"]])).toEqual({ taken: 3, ended: false });
  });

  it("has not ended on a gap of up to three blank rows at the end: rows further down may follow", () => {
    expect(listExtentBelow([["CN2"], [""], [""], [""]])).toEqual({ taken: 1, ended: false });
  });

  it("has ended at a gap of four blank rows", () => {
    expect(listExtentBelow([["CN2"], [""], [""], [""], [""], ["notes"]])).toEqual({
      taken: 1,
      ended: true,
    });
  });

  it("has ended before another table's first row", () => {
    expect(listExtentBelow([["CN2"], ["Currency"], ["USD"]], (i) => i === 1)).toEqual({
      taken: 1,
      ended: true,
    });
  });

  it("gives the same rows whether read in one part or in several", () => {
    // A list over blank rows: where any cut falls, the parts read so far end the same way.
    const rows = [["CN1"], [""], ["CN2"], [""], [""], [""], ["CN3"], [""], [""], [""], [""], ["x"]];
    const whole = listExtentBelow(rows);
    expect(whole).toEqual({ taken: 7, ended: true });
    for (let cut = 1; cut < rows.length; cut += 1) {
      const part = listExtentBelow(rows.slice(0, cut));
      // A part either ends where the whole does, or has not ended and takes no more than the whole.
      if (part.ended) expect(part).toEqual(whole);
      else expect(part.taken).toBeLessThanOrEqual(whole.taken);
    }
  });
});
