import { isoToDay } from "../../src/core/dates/civil";
import { Money } from "../../src/core/money/money";
import { PortfolioRight } from "../../src/core/portfolio/read-portfolio";
import { budgetOffsets } from "../../src/core/projection/budget-offsets";
import { projectPortfolio } from "../../src/core/projection/project";
import { ProjectionSettings } from "../../src/core/projection/settings";
import { summarize } from "../../src/core/projection/summary";
import { buildReport } from "../../src/core/report/build-report";
import { EXCEL_MAX_ROWS, MAX_DATA_ROWS_PER_SHEET } from "../../src/core/report/output-model";
import { applyProgrammes, loadProgrammeRows } from "../../src/core/subsidy";
import { DEFAULT_LIMITS, ExcelHost, OfficeWorkbook } from "../../src/excel/office-workbook";
import { createMemoryExcel } from "../excel-double";
import { annuityEvents } from "../core/projection/hand-checked-subsidies";
import { paymentsOf } from "../../src/core/projection/payments";

// Slow suite (npm test runs it; `npm run test:fast` skips *.slow.test.ts). The red-team case: 150,000
// granted inventions with a programme refunding half of every annuity give one offset per payment, more
// rows than a sheet holds. The Subsidy offsets sheet was never split and its write failed.
const REFUND = loadProgrammeRows(
  [
    {
      id: "TEST/annuity-half-uncapped",
      programme: "TEST",
      programmeName: "Test annuity refund without a cap (test fixture)",
      region: "Test",
      rightType: "invention",
      jurisdictionGroup: "CN",
      trigger: "annuity-paid",
      amountType: "percent",
      rate: "0.5",
      costBase: "annuity",
      effectiveFrom: "2026-01-01",
      status: "active",
      source: "test fixture",
      verified: false,
    },
  ],
  "test"
);

const settings: ProjectionSettings = {
  asOf: isoToDay("2026-01-01"),
  horizonYears: 10,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};

describe("150,000 inventions with an annuity-refund programme", () => {
  it("split the Subsidy offsets over sheets that Excel can hold, and write them all", async () => {
    const rights: PortfolioRight[] = Array.from({ length: 150_000 }, (_, i) => {
      const year = 2012 + (i % 14);
      const filing = isoToDay(`${year}-0${1 + (i % 9)}-1${i % 10}`);
      return {
        row: i + 2,
        id: `CN${year}1${String(i).padStart(7, "0")}.${i % 10}`,
        title: "",
        kind: "invention",
        filing,
        grant: filing + 3 * 365,
        status: "granted",
        reduction: new Money(0),
        owner: `Owner ${i % 50}`,
        jurisdiction: "CN",
      };
    });
    const rows = projectPortfolio(rights, settings).rows;
    const offsets = budgetOffsets(applyProgrammes(annuityEvents(rows), REFUND), settings);
    expect(offsets.length).toBeGreaterThan(MAX_DATA_ROWS_PER_SHEET);
    const sheets = buildReport({
      rights: rights.length,
      projection: paymentsOf(rows),
      summary: summarize(paymentsOf(rows), settings, offsets),
      deadlines: [],
      issues: [],
      settings,
      language: "en",
      offsets,
    });
    const offsetSheets = sheets.filter((s) => s.role === "offsets");
    expect(offsetSheets.map((s) => s.name)).toEqual(["IP Subsidy offsets", "IP Subsidy offsets 2"]);
    expect(offsetSheets.reduce((n, s) => n + s.blocks[0].rows.length, 0)).toBe(offsets.length);
    for (const sheet of sheets)
      expect(
        sheet.blocks.reduce((n, b) => Math.max(n, b.top + 1 + b.rows.length), 0)
      ).toBeLessThanOrEqual(EXCEL_MAX_ROWS);

    const fake = createMemoryExcel();
    const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost, () => true, DEFAULT_LIMITS);
    // The continuation sheet on the in-memory Excel (the first part is the same writer on more rows).
    const report = await port.writeSheets([offsetSheets[1]]);
    expect(report.outcome).toBe("written");
    const second = offsetSheets[1].blocks[0].rows.length;
    expect(fake.model.usedRangeAddress("IP Subsidy offsets 2")).toBe(`A1:O${second + 1}`);
    expect(fake.metrics.syncs.every((s) => s.payloadBytes < 5 * 1024 * 1024)).toBe(true);
  }, 600_000);
});
