import { dayToIso } from "../../../src/core/dates/civil";
import { planRunToEnd } from "../../../src/core/app/plan-run";
import { sampleProgrammeTable } from "../../../src/core/sample/sample-programmes";
import { SourceGrid } from "../../../src/core/table/grid";
import { MIXED_PORTFOLIO, MIXED_RATES, MIXED_SETTINGS } from "../projection/mixed-office-portfolio";

// The mixed portfolio (see mixed-office-portfolio.ts) with its JP, US and UP rights held by an applicant
// in the Hetao zone; the other rows (CN, EP, DE, KR) by one elsewhere in Shenzhen, whom Hetao never pays.
const HETAO_ROWS = new Set(["JP1", "US1", "UP1"]);
const portfolio: SourceGrid = {
  ...MIXED_PORTFOLIO,
  values: MIXED_PORTFOLIO.values.map((row, i) =>
    i === 0
      ? [...row, "Applicant", "Applicant location"]
      : HETAO_ROWS.has(String(row[0]))
        ? [...row, "ACME (Hetao) Ltd", "Hetao"]
        : [...row, "ACME (Shenzhen) Ltd", "Shenzhen"]
  ),
};
const { columns, rows } = sampleProgrammeTable();
const programmes: SourceGrid = {
  sheet: "Subsidy programmes",
  top: 1,
  left: 0,
  values: [columns.map((column) => column.header), ...rows],
};

const hetao = (plan: ReturnType<typeof planRunToEnd>) =>
  plan.offsets
    .filter((placed) => placed.offset.programmeId === "SZ-HETAO")
    .map((placed) => [
      placed.offset.rightId,
      dayToIso(placed.offset.date),
      placed.applied.toString(),
      placed.placement,
    ]);

describe("the Hetao refund meets projected foreign annuities", () => {
  it("refunds half of each foreign annuity paid within six years from grant, the next year", () => {
    const plan = planRunToEnd(
      { portfolio, rateTable: MIXED_RATES, programmeTable: programmes },
      MIXED_SETTINGS,
      "en"
    );
    // In the order the annuities are paid.
    expect(hetao(plan)).toEqual([
      // US stage 1, $2,150 = CNY 15,265.00 (due 2026-07-10, issued 2023-01-10): 7,632.50 the next year.
      ["US1", "2027-12-31", "7632.5", "horizon"],
      // JP year 6, ¥16,700 = CNY 801.60 (due 2026-12-24, registered 2021-12-24): 400.80.
      ["JP1", "2027-12-31", "400.8", "horizon"],
      // UP year 9, EUR 990 × 7.8123 = CNY 7,734.18 (due 2027-03-31, granted 2024-01-10): 3,867.09.
      ["UP1", "2028-12-31", "3867.09", "after"],
      // JP year 7 is due 2027-12-24, the end of the six years from 2021-12-24: outside, nothing.
      ["JP1", "2028-12-31", "0", "after"],
      // UP year 10, EUR 1,175 × 7.8123 = CNY 9,179.45 (due 2028-03-31): 4,589.725 → 4,589.73.
      ["UP1", "2029-12-31", "4589.73", "after"],
    ]);
  });

  it("pays nothing while the rule is the built-in draft", () => {
    const plan = planRunToEnd({ portfolio, rateTable: MIXED_RATES }, MIXED_SETTINGS, "en");
    // The same five annuities are matched, each with 0 and the reason.
    expect(hetao(plan).map(([id, , applied]) => [id, applied])).toEqual([
      ["US1", "0"],
      ["JP1", "0"],
      ["UP1", "0"],
      ["JP1", "0"],
      ["UP1", "0"],
    ]);
  });
});
