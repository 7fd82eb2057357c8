import { Money } from "../../../src/core/money/money";
import { budgetOffsets } from "../../../src/core/projection/budget-offsets";
import { deadlines } from "../../../src/core/projection/deadlines";
import { projectPortfolio } from "../../../src/core/projection/project";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { summarize } from "../../../src/core/projection/summary";
import { buildReport } from "../../../src/core/report/build-report";
import { applyProgrammes } from "../../../src/core/subsidy";
import { HAND_CHECKED, SETTINGS } from "../projection/hand-checked-portfolio";
import { ANNUITY_REFUND, annuityEvents } from "../projection/hand-checked-subsidies";
import { paymentsOf } from "../../../src/core/projection/payments";

// The Summary's per-fiscal-year block puts fees, subsidies and net cost next to the label, so that the
// chart's source is one contiguous range (the writer takes block.top, columns min..max, rowCount).
function report(settings: ProjectionSettings) {
  const rows = projectPortfolio(HAND_CHECKED, settings).rows;
  const offsets = budgetOffsets(applyProgrammes(annuityEvents(rows), ANNUITY_REFUND), settings);
  return buildReport({
    rights: HAND_CHECKED.length,
    projection: paymentsOf(rows),
    summary: summarize(paymentsOf(rows), settings, offsets),
    deadlines: deadlines(HAND_CHECKED, settings),
    issues: [],
    settings,
    language: "en",
    offsets,
    programmes: {
      applied: ["TEST"],
      fromTable: ["TEST"],
      replaced: [],
      tableSheet: "Subsidy programmes",
    },
  });
}

describe("the Summary's fees, subsidies and net cost", () => {
  it("lists per fiscal year fees, subsidies and net in CNY, then in the output currency", () => {
    const summary = report(SETTINGS).find((sheet) => sheet.role === "summary")!;
    const fy = summary.blocks[1];
    expect(fy.columns.map((column) => column.header)).toEqual([
      "Fiscal year",
      "Fees (CNY)",
      "Subsidies (CNY)",
      "Net cost (CNY)",
      "Fees (JPY)",
      "Subsidies (JPY)",
      "Net cost (JPY)",
      "Payments",
    ]);
    // hand-checked-subsidies.ts: FY2027 fees 11,500, subsidies 4,500, net 7,000; × 19 in JPY.
    expect(fy.rows).toEqual([
      ["FY2025", 1080, 0, 1080, 20520, 0, 20520, 2],
      ["FY2026", 3380, 1000, 2380, 64220, 19000, 45220, 3],
      ["FY2027", 11500, 4500, 7000, 218500, 85500, 133000, 4],
      ["FY2028", 11200, 4500, 6700, 212800, 85500, 127300, 3],
      ["Total", 27160, 10000, 17160, 516040, 190000, 326040, 12],
    ]);
  });

  it("charts the label and the three CNY amounts as clustered columns, without the Total row", () => {
    const summary = report(SETTINGS).find((sheet) => sheet.role === "summary")!;
    expect(summary.charts).toEqual([
      {
        title: "Fees, subsidies and net cost per fiscal year",
        block: 1,
        columns: [0, 1, 2, 3],
        rowCount: 4,
        anchorRow: 1,
        anchorColumn: 9, // right of the 8 columns of the block
      },
    ]);
  });

  it("states on the Assumptions block which offsets count in the fiscal-year lines", () => {
    const [assumptions] = report(SETTINGS).find((sheet) => sheet.role === "summary")!.blocks;
    const value = (label: string) => assumptions.rows.find((row) => row[0] === label)?.[1];
    expect(value("Subsidies in the budget")).toMatch(
      /^Offsets dated from the as-of date to the end of the horizon count in their fiscal year/
    );
    expect(value("From your programmes table")).toBe("TEST (sheet Subsidy programmes)");
  });

  it("has no converted columns when the output currency is CNY", () => {
    const cny = { ...SETTINGS, currency: { code: "CNY", ratePerCny: new Money(1) } };
    const fy = report(cny).find((sheet) => sheet.role === "summary")!.blocks[1];
    expect(fy.columns.map((column) => column.header)).toEqual([
      "Fiscal year",
      "Fees (CNY)",
      "Subsidies (CNY)",
      "Net cost (CNY)",
      "Payments",
    ]);
  });
});
