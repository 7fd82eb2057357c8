import { isoToDay } from "../../../src/core/dates/civil";
import { BUILT_IN_LPR } from "../../../src/core/finance/built-in";
import { lprOn } from "../../../src/core/finance/lpr";
import { mergeUserLpr } from "../../../src/core/finance/lpr-user-table";

// A user's later fixings (table IPLPR) extend the built-in table for a pane run.
const grid = (rows: unknown[][]) => ({
  sheet: "LPR",
  top: 1,
  left: 0,
  values: [["Published", "Tenor", "Rate", "Source"], ...rows],
});

describe("the user's LPR table", () => {
  it("appends fixings after the built-in table and moves the as-of date", () => {
    // a hypothetical later fixing, entered by a user: 2.90% from 2026-07-20
    const { table, issues } = mergeUserLpr(
      BUILT_IN_LPR,
      grid([["2026-07-20", "1Y", 0.029, "NIFC"]])
    );
    expect(issues).toEqual([]);
    const reading = lprOn(table, isoToDay("2026-08-01"), "1Y", "in_force");
    expect([reading.rate.toString(), reading.assumed]).toEqual(["0.029", false]);
    expect(lprOn(table, isoToDay("2026-07-19"), "1Y", "in_force").rate.toString()).toBe("0.03");
    expect(lprOn(table, isoToDay("2026-08-20"), "1Y", "in_force").assumed).toBe(true);
  });

  it("keeps the built-in fixing where a row repeats its period, with a warning", () => {
    const { table, issues } = mergeUserLpr(BUILT_IN_LPR, grid([["2025-05-20", "1Y", 0.031]]));
    expect(table).toBe(BUILT_IN_LPR);
    expect(issues.map((i) => [i.row, i.column, i.kind])).toEqual([[2, "A", "warning"]]);
  });

  it("reports an unknown tenor and a rate out of range on their cells", () => {
    const { issues } = mergeUserLpr(
      BUILT_IN_LPR,
      grid([
        ["2026-07-20", "3Y", 0.03],
        ["2026-07-20", "1Y", 3],
      ])
    );
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, "B"],
      [3, "C"],
    ]);
  });
});
