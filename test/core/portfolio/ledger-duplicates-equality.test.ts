import fc from "fast-check";
import { ColumnMapEntry } from "../../../src/core/portfolio/ledger-column-map";
import { findDuplicateRowsInSteps } from "../../../src/core/portfolio/ledger-duplicates";
import { drain } from "../drain";
import { findDuplicateRowsInSteps as findBefore } from "./reference/ledger-duplicates-before";

// Issue 14: repeated numbers are found through a table of row numbers over a hash of "office|number"
// (no key text made per row), a step of rows at a time by a plain function. The search before is kept
// in ./reference as the oracle: the same repeated rows, conflicts and pauses.
const MAP: ColumnMapEntry[] = [
  { index: 0, header: "申请号", field: "id", byUser: false },
  { index: 1, header: "国家", field: "jurisdiction", byUser: false },
  { index: 2, header: "申请日", field: "filingDate", byUser: false },
  { index: 3, header: "法律状态", field: "status", byUser: false },
  { index: 4, header: "备注", byUser: false },
];
const row = fc.tuple(
  fc.constantFrom("", "CN1", "ZL1", "cn 1", "CN1.5", "15", "B|C", "C", "#N/A", 1, " "),
  // Offices: blank is CN, names and codes agree, unknown ones are compared as typed (a bar among them).
  fc.constantFrom("", "CN", "中国", "China", "JP", "日本", "A|B", "A", "??"),
  fc.constantFrom("", 44_000, "2020-06-18", "2020/6/19", "bad"),
  fc.constantFrom("", "granted", "放弃", "Granted"),
  fc.constantFrom("", "x", "y")
);

describe("the search for repeated numbers, against the search before", () => {
  it("finds the same repeated rows, conflicts and pauses in random lists", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 80 }),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(5),
        (rows, perStep, base) => {
          const cells = rows.map((r) => [...r] as unknown[]);
          const before = drain(findBefore(cells, MAP, perStep, base));
          const now = drain(findDuplicateRowsInSteps(cells, MAP, perStep, base));
          expect(now.result).toEqual(before.result);
          expect(now.yields).toEqual(before.yields);
        }
      ),
      { numRuns: 400, seed: 1420 }
    );
  });

  it("finds a repeat of an unknown office typed with a bar as before ('A|B' + 'C' is 'A' + 'B|C')", () => {
    const cells = [
      ["C", "A|B"],
      ["B|C", "A"],
    ];
    const now = drain(findDuplicateRowsInSteps(cells, MAP)).result;
    expect(now).toEqual(drain(findBefore(cells, MAP)).result);
    expect(now.map((d) => [d.index, d.firstIndex])).toEqual([[1, 0]]);
  });
});
