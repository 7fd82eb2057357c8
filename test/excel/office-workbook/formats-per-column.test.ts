import { planRunToEnd } from "../../../src/core/app/plan-run";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { samplePortfolio } from "../../../src/core/sample/sample-portfolio";
import { DEFAULT_LIMITS } from "../../../src/excel/office-workbook";
import { planWrite } from "../../../src/excel/write-plan";
import { createMemoryExcel } from "../../excel-double";
import { workbookWithUserData } from "./workbook-fixture";

// Number formats go to Excel once per run of columns and request (a 1 × 1 value) instead of once per cell.
// What a user sees must not change: every cell of every result sheet has the format the per-cell writer
// gave it. The per-cell writer is kept here as the reference: for each block, its title as text, then for
// each formatted column an array of the column's format, one entry per row (header included), then the
// values.
const asOf = isoToDay("2026-11-23");
const settings = {
  asOf,
  horizonYears: 10,
  fiscalYearStartMonth: 4,
  currency: { code: "JPY", ratePerCny: new Money("21.5") },
  shiftToWorkday: false,
};
const sheets = planRunToEnd(
  { portfolio: { sheet: "Ledger", top: 1, left: 0, values: samplePortfolio(asOf) } },
  settings,
  "en"
).sheets;

function perCellReference() {
  const reference = createMemoryExcel();
  const plan = planWrite(sheets, { sheets: [], tables: [] }, "ref", DEFAULT_LIMITS);
  for (const sheet of plan.sheets) {
    const name = sheet.output.name;
    reference.model.addSheet(name);
    for (const block of sheet.blocks) {
      const at = (row: number, column: number) => `${String.fromCharCode(65 + column)}${row + 1}`;
      if (block.title !== undefined) {
        reference.model.setNumberFormat(name, at(block.top - 1, 0), [["@"]]);
        reference.model.setValues(name, at(block.top - 1, 0), [[block.title]]);
      }
      const blockRows = block.rowsBetween(0, block.dataRows + 1);
      const last = block.top + blockRows.length - 1;
      block.formats.forEach((format, c) => {
        if (format === undefined) return;
        reference.model.setNumberFormat(
          name,
          `${at(block.top, c)}:${at(last, c)}`,
          blockRows.map(() => [format])
        );
      });
      reference.model.setValues(name, at(block.top, 0), blockRows);
    }
  }
  return reference;
}

describe("formats set per run of columns", () => {
  it("give every cell of every result sheet the format and value the per-cell writer gave it", async () => {
    // A small request target: the Projection goes in several requests, each with its own formats.
    const { fake, port } = workbookWithUserData({ targetRequestBytes: 4 * 1024 });
    const written = await port.writeSheets(sheets);
    expect(written.outcome).toBe("written");
    const reference = perCellReference();

    const valueWrites = fake.metrics.syncs.filter((s) =>
      s.statements.some((t) => t.startsWith("Range.values"))
    );
    expect(valueWrites.length).toBeGreaterThan(sheets.length);
    let cellsCompared = 0;
    for (const sheet of sheets) {
      const used = reference.model.usedRangeAddress(sheet.name)!.replace(/^.*!/, "");
      expect(fake.model.usedRangeAddress(sheet.name)).toBe(
        reference.model.usedRangeAddress(sheet.name)
      );
      const formats = fake.model.getNumberFormats(sheet.name, used);
      expect(formats).toEqual(reference.model.getNumberFormats(sheet.name, used));
      expect(fake.model.getValues(sheet.name, used)).toEqual(
        reference.model.getValues(sheet.name, used)
      );
      expect(fake.model.getText(sheet.name, used)).toEqual(
        reference.model.getText(sheet.name, used)
      );
      cellsCompared += formats.length * formats[0].length;
    }
    expect(cellsCompared).toBeGreaterThan(1000);

    // Spot checks on the Projection (JPY: a converted column K, Basis in L): header row and a payment row.
    // Spot checks on the Projection (JPY: the converted amount in J, whole yen): header and first payment,
    // due on serial 46304 = 1970-01-01 + (46304 - 25569) days = 2026-10-09.
    const projectionFormats = [
      "@",
      "@",
      "@",
      "0",
      "yyyy-mm-dd",
      "@",
      "#,##0.00",
      "0%",
      "#,##0.00",
      "#,##0",
      "@",
    ];
    expect(fake.model.getNumberFormats("IP Projection", "A1:K2")).toEqual([
      projectionFormats,
      projectionFormats,
    ]);
    expect(fake.model.getText("IP Projection", "E2:J2")).toEqual([
      ["2026-10-09", "FY2026", "1,200.00", "85%", "240.00", "5,160"],
    ]);

    // Every number format went as one 1 × 1 value.
    const formatStatements = fake.metrics.syncs.flatMap((s) =>
      s.statements.filter((t) => t.startsWith("Range.numberFormat"))
    );
    expect(formatStatements.length).toBeGreaterThan(0);
    expect(formatStatements.every((t) => t === "Range.numberFormat = [1×1]")).toBe(true);
  });
});
