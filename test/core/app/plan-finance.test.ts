import { planRunToEnd } from "../../../src/core/app/plan-run";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { SAMPLE_HEADER } from "../../../src/core/sample/sample-portfolio";
import { threeLoanGrid } from "../finance/three-loans";

// A run with a loans table adds the IP Finance sheet; the Summary's financing line only when asked.
const settings: ProjectionSettings = {
  asOf: isoToDay("2024-01-01"),
  horizonYears: 3,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};
const portfolio = {
  sheet: "Portfolio",
  top: 1,
  left: 0,
  values: [SAMPLE_HEADER as unknown[]],
};

describe("planRun with a loans table", () => {
  it("adds the IP Finance sheet and no Summary line by default", () => {
    const plan = planRunToEnd({ portfolio, loansTable: threeLoanGrid() }, settings, "en");
    const finance = plan.sheets.find((sheet) => sheet.role === "finance");
    expect(finance?.name).toBe("IP Finance");
    expect(plan.finance!.book.results).toHaveLength(4);
    const summary = plan.sheets.find((sheet) => sheet.role === "summary")!;
    expect(
      summary.blocks.some((block) => block.title?.startsWith("Net cost with IP financing"))
    ).toBe(false);
  });

  it("adds the financing line to the Summary when the setting is on", () => {
    const plan = planRunToEnd(
      { portfolio, loansTable: threeLoanGrid() },
      { ...settings, includeFinancing: true },
      "en"
    );
    const summary = plan.sheets.find((sheet) => sheet.role === "summary")!;
    const line = summary.blocks.find((block) =>
      block.title?.startsWith("Net cost with IP financing")
    )!;
    // 2024: loan 1's interest 203,000.00 (348 of its 365 days) + loan 4's 162,666.67 (all 366 days);
    // loan 1's fees were paid in 2023 and its subsidies arrive in 2025
    expect(line.rows.map((row) => row[0])).toEqual(["2024", "2025", "2026"]);
    expect(line.rows[0][2]).toBe(365666.67);
  });

  it("lists a loans-table problem on the Issues sheet by row and column", () => {
    const loans = threeLoanGrid();
    loans.values[2][3] = -1; // L2's principal
    const plan = planRunToEnd({ portfolio, loansTable: loans }, settings, "en");
    expect(plan.issues).toContainEqual(
      expect.objectContaining({ sheet: "Loans", row: 3, column: "D" })
    );
    const issuesSheet = plan.sheets.find((sheet) => sheet.role === "issues")!;
    const cells = issuesSheet.blocks.flatMap((block) => block.rows.flat());
    expect(cells).toContain("Principal -1 is negative: give an amount of 0 or more.");
  });

  it("adds no finance sheet without a loans table", () => {
    const plan = planRunToEnd({ portfolio }, settings, "en");
    expect(plan.sheets.some((sheet) => sheet.role === "finance")).toBe(false);
    expect(plan.finance).toBeUndefined();
  });
});
