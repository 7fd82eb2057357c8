import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { deadlines } from "../../../src/core/projection/deadlines";
import { projectPortfolio } from "../../../src/core/projection/project";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { summarize } from "../../../src/core/projection/summary";
import { buildReport } from "../../../src/core/report/build-report";

// The Deadlines sheet shows the translated status with CN_NEXT_PAYMENT's code beside it, and for a lapsed
// right the cost of restoring (专利法实施细则 Art. 6: 1,000 + the fee + 25% of the full fee) and both limits.
// Worked example: docs/offices/cn-deadlines.md (filed 2017-10-01, year 9 due 2025-10-01, unpaid).
const right: PortfolioRight = {
  row: 2,
  id: "L",
  title: "",
  owner: "Acme",
  jurisdiction: "CN",
  status: "granted",
  kind: "invention",
  filing: isoToDay("2017-10-01"),
  reduction: new Money(0),
  lastPaidYear: 8,
};
const settings: ProjectionSettings = {
  asOf: isoToDay("2026-04-05"),
  horizonYears: 2,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};

function sheets(language: "en" | "zh") {
  const projection = projectPortfolio([right], settings);
  return buildReport({
    rights: 1,
    projection: projection.payments,
    summary: summarize(projection.payments, settings, []),
    deadlines: deadlines([right], settings),
    issues: [],
    settings,
    language,
    yearsWithoutNotice: [2027, 2028],
    lapsed: projection.lapsed,
  });
}

describe("the Deadlines sheet and the Summary for a lapsed right", () => {
  it("shows label and code, restoration cost, the notice-based limit as text and the force-majeure date", () => {
    const sheet = sheets("en").find((s) => s.role === "deadlines")!;
    const block = sheet.blocks[0];
    const cell = (header: string) =>
      block.rows[0][block.columns.findIndex((c) => c.header === header)];
    expect(cell("Status")).toBe("Lapsed: review restoration");
    expect(cell("Status code")).toBe("lapsed");
    expect(cell("Restoration cost (CNY)")).toBe(3500); // 1,000 + 2,000 + 500
    expect(cell("Restoration (ordinary limit)")).toBe("2 months after CNIPA's notice");
    // 2026-04-01 (46113) + 2 years = 2028-04-01: 46113 + 365 + 366 = 46844.
    expect(cell("Restoration at the latest")).toBe(46844);
    expect(cell("Cost to end of term (CNY)")).toBe(0);
  });

  it("keeps the code in English in every language", () => {
    const block = sheets("zh").find((s) => s.role === "deadlines")!.blocks[0];
    expect(block.rows[0]).toContain("lapsed");
    expect(block.rows[0]).toContain("已失效：考虑请求恢复");
  });

  it("names on the Summary the years without a holiday notice and the lapsed rights left out", () => {
    const assumptions = sheets("en").find((s) => s.role === "summary")!.blocks[0].rows;
    const value = (label: string) => assumptions.find((row) => row[0] === label)?.[1];
    expect(value("Years without a State Council holiday notice")).toBe(
      "2027-2028: deadlines moved over weekends, statutory holidays and substitute days only (a lower bound; the notice may add bridge days)"
    );
    expect(value("Lapsed rights (not in the budget)")).toBe(
      "1; restoring them all would cost CNY 3,500 (see the Deadlines sheet)"
    );
  });
});
