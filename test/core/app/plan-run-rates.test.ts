import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { planRunToEnd } from "../../../src/core/app/plan-run";
import { MIXED_PORTFOLIO, MIXED_RATES, MIXED_SETTINGS } from "../projection/mixed-office-portfolio";

const summaryBlock = (plan: ReturnType<typeof planRunToEnd>, title: RegExp) =>
  plan.sheets
    .find((sheet) => sheet.role === "summary")!
    .blocks.find((b) => title.test(b.title ?? ""))!;

describe("a run over several offices and currencies", () => {
  it("without a rates table, reports each missing rate once and leaves the converted totals blank", () => {
    const plan = planRunToEnd({ portfolio: MIXED_PORTFOLIO }, MIXED_SETTINGS, "en");
    // JP, US, EP, UP, DE, KR (rows 3-8): no rate for JPY, USD, EUR, KRW; the three EUR rights (rows
    // 5-7) share one warning, on the first of them.
    const warnings = plan.issues.filter((i) => /no exchange rate/.test(i.message));
    expect(warnings.map((i) => [i.row, i.params?.currency])).toEqual([
      [3, "JPY"],
      [4, "USD"],
      [5, "EUR"],
      [8, "KRW"],
    ]);
    expect(warnings[2].message).toMatch(/^\S+ and 2 other rights charged in EUR: no exchange rate/);
    const byYear = summaryBlock(plan, /^By fiscal year and currency/);
    const total2027 = byYear.rows.find((row) => row[0] === "2027 total")!;
    expect(total2027[1]).toBe("CNY (incomplete: a rate is missing)");
    expect(total2027[5]).toBe("");
  });

  it("with the rates table, totals each fiscal year in CNY and states the rates used", () => {
    const plan = planRunToEnd(
      { portfolio: MIXED_PORTFOLIO, rateTable: MIXED_RATES },
      MIXED_SETTINGS,
      "en"
    );
    const byYear = summaryBlock(plan, /^By fiscal year and currency/);
    // 2028 (see mixed-office-portfolio.ts): CN 2,000; EUR 1,310 + 1,175 + 430 = 2,915 at 7.8123:
    // 10,234.11 + 9,179.45 + 3,359.29 = 22,772.85; in all 24,772.85 CNY.
    expect(byYear.rows.filter((row) => String(row[0]).startsWith("2028"))).toEqual([
      ["2028", "CNY", 1, 2000, 0, 2000],
      ["2028", "EUR", 3, 2915, 0, 22772.85],
      ["2028 total", "CNY", 4, "", 0, 24772.85],
    ]);
    // 2026 holds the KR years 1-3 without a KRW rate: its total is left blank, not understated.
    expect(byYear.rows.find((row) => row[0] === "2026 total")![5]).toBe("");
    const rates = summaryBlock(plan, /^Exchange rates used/);
    expect(rates.rows.map((row) => [row[0], row[1], row[3]])).toEqual([
      ["CNY", 1, "output currency"],
      ["EUR", 7.8123, "hand-picked for the test"],
      ["JPY", 0.048, "hand-picked for the test"],
      ["KRW", "", "missing: amounts not converted"],
      ["USD", 7.1, "hand-picked for the test"],
    ]);
  });

  it("totals each owner's fees in every currency and converted, CN's included", () => {
    const plan = planRunToEnd(
      { portfolio: MIXED_PORTFOLIO, rateTable: MIXED_RATES },
      MIXED_SETTINGS,
      "en"
    );
    const owners = summaryBlock(plan, /^By owner and currency/);
    // Every right has no owner. EUR: EP 1,155 + 1,310, UP 990 + 1,175, DE 350 + 430 = 5,410; converted
    // row by row at 7.8123: 9,023.21 + 10,234.11 + 7,734.18 + 9,179.45 + 2,734.31 + 3,359.29 = 42,264.55.
    // JPY 16,700 + 40,000 at 0.048 = 801.60 + 1,920.00. KRW has no rate: the owner's total is blank.
    expect(owners.rows).toEqual([
      ["(no owner)", "CNY", 2, 4000, 0, 4000],
      ["(no owner)", "EUR", 6, 5410, 0, 42264.55],
      ["(no owner)", "JPY", 2, 56700, 0, 2721.6],
      ["(no owner)", "KRW", 3, 399000, 0, ""],
      ["(no owner)", "USD", 1, 2150, 0, 15265],
      ["(no owner) total", "CNY (incomplete: a rate is missing)", 14, "", 0, ""],
    ]);
  });

  it("charts each fiscal year's converted fees, CN beside the other offices", () => {
    const plan = planRunToEnd(
      { portfolio: MIXED_PORTFOLIO, rateTable: MIXED_RATES },
      MIXED_SETTINGS,
      "en"
    );
    const summary = plan.sheets.find((sheet) => sheet.role === "summary")!;
    const block = summaryBlock(plan, /^Fees per fiscal year, all offices/);
    // 2028 as in the test above: CN 2,000 + other offices 22,772.85 = 24,772.85. 2026 holds KRW fees
    // without a rate: the other offices' and the overall amounts are blank, not understated.
    expect(block.rows.find((row) => row[0] === "2028")).toEqual(["2028", 2000, 22772.85, 24772.85]);
    expect(block.rows.find((row) => row[0] === "2026")).toEqual(["2026", 0, "", ""]);
    const chart = summary.charts.find((c) => /CN and the other offices/.test(c.title))!;
    expect([summary.blocks[chart.block], chart.columns, chart.rowCount]).toEqual([
      block,
      [0, 1, 2],
      block.rows.length,
    ]);
  });

  it("counts the rights lapsed at other offices on the Summary, with what restoring them costs", () => {
    // docs/offices/jp.md J3 and docs/offices/us.md U1, as of 2027-04-01: both lapsed (see
    // test/core/projection/office-deadlines.test.ts): JPY 404,500 and USD 2,260 + 2,150 = 4,410.
    const portfolio = {
      sheet: "Portfolio",
      top: 1,
      left: 0,
      values: [
        [
          "ID",
          "Type",
          "Filing date",
          "Grant date",
          "Jurisdiction",
          "Claims",
          "Last annuity year paid",
        ],
        ["JP-J3", "特許", "2015-01-10", "2017-05-18", "JP", 8, 9],
        ["US-U1", "invention", "2021-06-01", "2023-03-14", "US", "", 0],
      ],
    };
    const plan = planRunToEnd(
      { portfolio },
      { ...MIXED_SETTINGS, asOf: isoToDay("2027-04-01") },
      "en"
    );
    const assumptions = summaryBlock(plan, /^Other offices: assumptions/);
    expect(assumptions.rows.map((row) => row[0])).toEqual([
      "Pending JP, KR and US applications",
      "Pending EP applications",
      "Closed days of the other offices",
      "Lapsed at other offices (not budgeted)",
    ]);
    expect(assumptions.rows[2][1]).toMatch(/JPO data to 2027, USPTO to 2030, KIPO to 2027/);
    expect(assumptions.rows[3][1]).toBe(
      "2: JP-J3, US-U1; restoring, where the cost is in our data: JPY 404,500; USD 4,410 (see IP Deadlines)"
    );
  });

  it("warns about a rate dated more than 90 days before the as-of date", () => {
    const stale = {
      ...MIXED_RATES,
      values: MIXED_RATES.values.map((row) =>
        row[0] === "USD" ? ["USD", 7.1, "2026-02-01", ""] : row
      ),
    };
    const plan = planRunToEnd(
      { portfolio: MIXED_PORTFOLIO, rateTable: stale },
      { ...MIXED_SETTINGS, asOf: isoToDay("2026-06-01") },
      "en"
    );
    // 2026-02-01 + 90 days = 2026-05-02, before 2026-06-01.
    expect(plan.issues.filter((i) => i.sheet === "Rates").map((i) => [i.row, i.kind])).toEqual([
      [4, "warning"], // the USD row (header on row 1, CNY 2, JPY 3)
    ]);
  });
});

describe("the Deadlines sheet of a mixed portfolio", () => {
  it("lists the other offices' next fees below the CN ones, and says which dates move off closed days", () => {
    const plan = planRunToEnd({ portfolio: MIXED_PORTFOLIO }, MIXED_SETTINGS, "en");
    const sheet = plan.sheets.find((s) => s.role === "deadlines")!;
    const block = sheet.blocks.find((b) => /^Deadlines at other offices/.test(b.title ?? ""))!;
    expect(block.title).toMatch(
      /moved off the office's closed days .*DE, FR, NL and GB dates are formal/
    );
    // Next fees as of 2026-06-01 (see mixed-office-portfolio.ts): KR years 1-3 on the assumed
    // registration day, US stage 1 on 2026-07-10, JP year 6 on 2026-12-24, then EP, UP, DE on 2027-03-31.
    expect(block.rows.map((row) => [row[0], row[2], row[4], row[9]])).toEqual([
      ["KR1", "KR", 1, 133000],
      ["US1", "US", 1, 2150],
      ["JP1", "JP", 6, 16700],
      ["DE1", "DE", 9, 350],
      ["EP1", "EP", 6, 1155],
      ["UP1", "UP", 9, 990],
    ]);
  });
});

describe("the CNY row of the rates table", () => {
  it("replaces the rate setting for the CN rows too, so every converted amount uses one CNY rate", () => {
    // Output JPY: the setting says 19 JPY per CNY, the table's CNY row 20. CN1's year 8 fee, CNY 2,000
    // (mixed-office-portfolio.ts), is converted at the table's 20: 40,000 JPY.
    const table = {
      ...MIXED_RATES,
      values: [
        ["Currency", "Rate", "As of", "Source"],
        ["CNY", 20, "2026-05-29", "table"],
      ],
    };
    const settings = {
      ...MIXED_SETTINGS,
      currency: { code: "JPY", ratePerCny: new Money(19) },
    };
    const plan = planRunToEnd({ portfolio: MIXED_PORTFOLIO, rateTable: table }, settings, "en");
    const byYear = summaryBlock(plan, /^By fiscal year and currency/);
    expect(byYear.rows.find((row) => row[0] === "2027" && row[1] === "CNY")).toEqual([
      "2027",
      "CNY",
      1,
      2000,
      0,
      40000,
    ]);
  });
});
