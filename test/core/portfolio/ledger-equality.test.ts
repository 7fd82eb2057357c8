import fc from "fast-check";
import { readLedgerInSteps } from "../../../src/core/portfolio/read-ledger";
import { SourceGrid } from "../../../src/core/table/grid";
import { MESSY_LEDGER } from "../../fixtures/messy-ledger";
import { drain } from "../drain";
import { readLedgerInSteps as readLedgerBefore } from "./reference/read-ledger-before";

// Issue 14: the ledger reader copies the list once (slice), marks blank rows in a byte array without a
// closure per row, and hands the list itself to the search for repeated numbers when it has no total row.
// The reader before is kept in ./reference as the oracle: the same reading, the same yields, and the
// source left as it was.

const cellArb = fc.oneof(
  fc.constantFrom("", " ", null, "CN202010123456.7", "ZL 2020 1 0123456.7", "CN2020101234567"),
  fc.constantFrom("合计", "Total: 3", "发明", "granted", "放弃", "中国", "JP", "2020-01-02"),
  fc.integer({ min: 40_000, max: 46_000 }),
  fc.constantFrom(0.85, 3, "#N/A")
);
const HEADERS = ["申请号", "类型", "申请日", "授权日", "法律状态", "国家", "备注"];

const gridArb = fc
  .record({
    titles: fc.array(fc.array(fc.constantFrom("", "2024年专利台账", "note"), { maxLength: 3 }), {
      maxLength: 3,
    }),
    header: fc.oneof(fc.constant(HEADERS), fc.shuffledSubarray(HEADERS, { minLength: 3 })),
    // Rows of any cells, and rows that matter: totals (in the ID column too) and repeated numbers.
    rows: fc.array(
      fc.oneof(
        { weight: 5, arbitrary: fc.array(cellArb, { maxLength: 8 }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom<unknown[]>(
            ["合计", "", ""],
            ["Total: 3", "", 7],
            ["CN202010123456.7", "发明", 44_000, "", "granted"],
            ["ZL2020101234567", "发明", 44_000, "", "放弃"]
          ),
        }
      ),
      { maxLength: 60 }
    ),
    holes: fc.array(fc.nat(70), { maxLength: 3 }),
    merged: fc.array(
      fc.record({
        row: fc.nat(20),
        column: fc.nat(6),
        rowCount: fc.integer({ min: 1, max: 5 }),
        columnCount: fc.constant(1),
      }),
      { maxLength: 3 }
    ),
  })
  .map(({ titles, header, rows, holes, merged }): SourceGrid => {
    const values: unknown[][] = [...titles, header, ...rows];
    // A sparse list: rows the workbook gave as nothing at all.
    for (const hole of holes) if (hole > titles.length && hole < values.length) delete values[hole];
    return { sheet: "台账", top: 2, left: 1, values, merged };
  });

/** A deep copy to compare the source with after reading (holes kept as holes). */
const copy = (grid: SourceGrid) => ({
  ...grid,
  values: grid.values.map((row) => (row === undefined ? row : [...row])),
});

describe("the ledger reader, against the reader it replaces", () => {
  it("reads random ledgers (titles, totals, repeats, holes, merged cells) the same", () => {
    fc.assert(
      fc.property(
        gridArb,
        fc.constantFrom("en", "zh", "ja") as fc.Arbitrary<"en" | "zh" | "ja">,
        (grid, language) => {
          const given = copy(grid);
          const before = drain(readLedgerBefore(grid, language, {}));
          const now = drain(readLedgerInSteps(grid, language, {}));
          expect(now.result).toEqual(before.result);
          expect(now.yields).toEqual(before.yields);
          expect(grid.values).toEqual(given.values);
        }
      ),
      { numRuns: 400, seed: 1405 }
    );
  });

  it("reads the messy sample ledger the same, and a list of 2,500 rows with its pauses", () => {
    const messy: SourceGrid = { sheet: "台账", top: 1, left: 0, values: MESSY_LEDGER };
    expect(drain(readLedgerInSteps(messy, "en")).result).toEqual(
      drain(readLedgerBefore(messy, "en")).result
    );
    const values: unknown[][] = [["申请号", "类型", "申请日"]];
    for (let n = 0; n < 2_500; n += 1) values.push([`CN2020${n % 2_400}`, "发明", 44_000 + n]);
    const long: SourceGrid = { sheet: "P", top: 1, left: 0, values };
    const before = drain(readLedgerBefore(long, "en"));
    const now = drain(readLedgerInSteps(long, "en"));
    expect(now.result.duplicates).toHaveLength(100);
    expect(now.result).toEqual(before.result);
    expect(now.yields).toEqual([1000, 2000, 3500, 4500]);
  });
});
