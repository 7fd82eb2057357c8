import { planRunToEnd } from "../../../src/core/app/plan-run";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { samplePortfolio } from "../../../src/core/sample/sample-portfolio";
import { formatRuns, formatSteps, planWrite } from "../../../src/excel/write-plan";

// The sample portfolio's plan, in CNY (no converted column): its Projection sheet has ten columns, ID,
// Owner, Right type (text), Annuity year (integer), Due date (date), Fiscal year (text), Official fee
// (money), Reduction (percent), Payable (money), Basis (text): see src/core/report/sheets/projection-sheet.ts.
const asOf = isoToDay("2026-11-23");
const settings = {
  asOf,
  horizonYears: 10,
  fiscalYearStartMonth: 4,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};
const sheets = planRunToEnd(
  { portfolio: { sheet: "Ledger", top: 1, left: 0, values: samplePortfolio(asOf) } },
  settings,
  "en"
).sheets;
const limits = { targetRequestBytes: 2 * 1024 * 1024, maxRowsPerRequest: 20_000 };

describe("number formats are planned once per run of columns, not per cell", () => {
  it("merges adjacent columns with the same code; General columns and gaps split runs", () => {
    expect(formatRuns(["@", "@", undefined, "@", "0", "0", "0%"])).toEqual([
      { column: 0, width: 2, format: "@" },
      { column: 3, width: 1, format: "@" },
      { column: 4, width: 2, format: "0" },
      { column: 6, width: 1, format: "0%" },
    ]);
    expect(formatRuns([undefined, undefined])).toEqual([]);
  });

  it("gives the Projection sheet 8 ranges: A:C text, D integer, E date, F text, G money, H %, I money, J text", () => {
    const projection = planWrite(sheets, { sheets: [], tables: [] }, "r1", limits).sheets[0];
    expect(projection.output.name).toBe("IP Projection");
    const block = projection.blocks[0];
    expect(block.rowsBetween(0, 1)[0]).toEqual([
      "ID",
      "Owner",
      "Right type",
      "Annuity year",
      "Due date",
      "Fiscal year",
      "Official fee (CNY)",
      "Reduction",
      "Payable (CNY)",
      "Basis",
    ]);
    const rows = block.dataRows + 1; // header + payments
    expect(rows).toBeGreaterThan(50);
    // The first request: header and every payment (far under the 2 MB target), from row 1 of the sheet.
    expect(block.rowsPerRequest).toBeGreaterThanOrEqual(rows);
    const all = (row: number, column: number, columnCount: number, format: string) => ({
      row,
      column,
      rowCount: rows,
      columnCount,
      format,
    });
    expect(formatSteps(block, 0, rows)).toEqual([
      all(0, 0, 3, "@"),
      all(0, 3, 1, "0"),
      all(0, 4, 1, "yyyy-mm-dd"),
      all(0, 5, 1, "@"),
      all(0, 6, 1, "#,##0.00"),
      all(0, 7, 1, "0%"),
      all(0, 8, 1, "#,##0.00"),
      all(0, 9, 1, "@"),
    ]);
  });

  it("places a later request's ranges at its own rows, below a titled block's title", () => {
    const summary = planWrite(sheets, { sheets: [], tables: [] }, "r1", limits).sheets[1];
    const titled = summary.blocks.find((b) => b.title !== undefined)!;
    expect(titled.top).toBeGreaterThanOrEqual(1);
    // Rows 3 and 4 of the block (0 is its header) start at sheet row top + 3, two rows tall.
    const steps = formatSteps(titled, 3, 2);
    expect(steps.length).toBe(titled.formatRuns.length);
    for (const [i, step] of steps.entries()) {
      expect(step).toEqual({
        row: titled.top + 3,
        column: titled.formatRuns[i].column,
        rowCount: 2,
        columnCount: titled.formatRuns[i].width,
        format: titled.formatRuns[i].format,
      });
    }
    // Every non-General column is covered once, with its own code.
    const covered = titled.formats.map(
      (_, c) => steps.find((s) => c >= s.column && c < s.column + s.columnCount)?.format
    );
    expect(covered).toEqual(titled.formats);
  });
});

describe("the rows of a plan", () => {
  it("keep a row with nothing to escape as it is, and escape formula-looking text elsewhere", () => {
    const plain: (string | number)[] = ["CN201810123456.7", 1200];
    const risky: (string | number)[] = ['=HYPERLINK("x")', 5];
    const signs: (string | number)[] = ["-5", "@me"];
    const block = planWrite(
      [
        {
          role: "issues",
          name: "IP Issues",
          blocks: [
            {
              top: 0,
              columns: [
                { header: "Text", format: "general" },
                { header: "Amount", format: "general" },
              ],
              rows: [plain, risky, signs],
            },
          ],
          charts: [],
        },
      ],
      { sheets: [], tables: [] },
      "r1",
      limits
    ).sheets[0].blocks[0];
    const made = block.rowsBetween(0, 4);
    expect(made[1]).toBe(plain);
    expect(made[2]).toEqual(['\'=HYPERLINK("x")', 5]);
    expect(made[3]).toEqual(["'-5", "'@me"]);
    expect(risky).toEqual(['=HYPERLINK("x")', 5]); // the report's own row is not changed
  });
});
