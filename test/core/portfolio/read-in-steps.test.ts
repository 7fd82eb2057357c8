import { findDuplicateRows } from "../../../src/core/portfolio/ledger-duplicates";
import {
  LEDGER_ROWS_PER_STEP,
  readLedger,
  readLedgerInSteps,
} from "../../../src/core/portfolio/read-ledger";
import {
  PORTFOLIO_ROWS_PER_STEP,
  readPortfolio,
  readPortfolioInSteps,
} from "../../../src/core/portfolio/read-portfolio";
import { SourceGrid } from "../../../src/core/table/grid";
import { mapSteps } from "../../../src/core/table/steps";
import { MESSY_LEDGER } from "../../fixtures/messy-ledger";
import { drain } from "../drain";

// Issue 14: the pane repaints and takes a Cancel between steps, so a 100,000-row list is read in steps
// of 1,000 rows; the plain functions run the same generators to their end.
const ROWS = 2_001; // two whole steps and one row
const values: unknown[][] = [["ID", "Type", "Filing date", "Owner"]];
for (let n = 0; n < ROWS; n += 1)
  values.push([`CN2019${String(n).padStart(6, "0")}`, "invention", "2019-01-01", "A"]);
// Row 1,502 of the sheet (index 1,501) repeats the number of row 3 (index 2), at the same office.
values[1501] = ["CN2019000001", "invention", "2019-01-01", "A"];
const grid: SourceGrid = { sheet: "P", top: 1, left: 0, values };

describe("reading a list in steps", () => {
  it("looks at the ledger's 2,001 rows twice, yielding at 1,000 and 2,000 each time", () => {
    expect(LEDGER_ROWS_PER_STEP).toBe(1000);
    const { yields, result } = drain(readLedgerInSteps(grid, "en"));
    // Rows, then the search for repeated numbers counted on from the list's length.
    expect(yields).toEqual([1000, 2000, ROWS + 1000, ROWS + 2000]);
    expect(result).toEqual(readLedger(grid, "en"));
    expect(result.duplicates).toEqual([
      { row: 1502, firstRow: 3, id: "CN2019000001", conflicts: [] },
    ]);
  });

  it("reads the portfolio's rows yielding at 1,000 and 2,000, the same result as readPortfolio", () => {
    expect(PORTFOLIO_ROWS_PER_STEP).toBe(1000);
    const ledger = readLedger(grid, "en");
    const { yields, result } = drain(readPortfolioInSteps(ledger.grid));
    expect(yields).toEqual([1000, 2000]);
    expect(result).toEqual(readPortfolio(ledger.grid));
    // 2,001 rows less the repeated one.
    expect(result.rights).toHaveLength(2_000);
  });

  it("does not yield on a list shorter than a step (the messy ledger fixture)", () => {
    const source = { sheet: "台账", top: 1, left: 0, values: MESSY_LEDGER };
    const ledger = drain(readLedgerInSteps(source, "en"));
    expect(ledger.yields).toEqual([]);
    expect(drain(readPortfolioInSteps(ledger.result.grid)).yields).toEqual([]);
  });

  it("leaves the source's rows as they were when a merged value is carried down", () => {
    const source: SourceGrid = {
      sheet: "P",
      top: 1,
      left: 0,
      values: [
        ["ID", "Type", "Filing date", "Owner"],
        ["CN1", "invention", "2019-01-01", "A"],
        ["CN2", "invention", "2019-01-01", ""],
      ],
      merged: [{ row: 1, column: 3, rowCount: 2, columnCount: 1 }],
    };
    const before = JSON.stringify(source.values);
    const ledger = readLedger(source, "en");
    // D2:D3 merged: row 3 reads owner "A"; the source still has "" there.
    expect(ledger.grid.values[2]).toEqual(["CN2", "invention", "2019-01-01", "A"]);
    expect(JSON.stringify(source.values)).toBe(before);
  });

  it("finds the same repeated rows when many rows share an office cell", () => {
    const map = [
      { index: 0, header: "ID", field: "id" as const, byUser: false },
      { index: 1, header: "Office", field: "jurisdiction" as const, byUser: false },
    ];
    // "CN" and "" are one office (a blank office is CN); "JP" is another.
    const rows = [
      ["ZL1", "CN"],
      ["1", ""],
      ["1", "JP"],
      ["CN1", "JP"],
    ];
    expect(findDuplicateRows(rows, map).map((d) => [d.index, d.firstIndex])).toEqual([
      [1, 0],
      [3, 2],
    ]);
  });
});

describe("mapSteps", () => {
  it("yields what the map makes of each step and returns the generator's result", () => {
    function* count(): Generator<number, string, void> {
      yield 1;
      yield 2;
      return "done";
    }
    expect(drain(mapSteps(count(), (n) => n * 10))).toEqual({ yields: [10, 20], result: "done" });
  });
});
