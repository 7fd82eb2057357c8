/* A currency without a rate is one fix (one rate in the exchange-rate table), so a run warns once per
 * currency, not once per right: 1,200 US rights without a USD rate gave 1,200 identical warnings, which
 * buried every other issue of the run (the pane lists the first 200). */
import { loadIssueLanguage, localized } from "../../../src/core/i18n/issue-text";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { ratesOf } from "../../../src/core/projection/exchange-rates";
import { projectOfficeRights } from "../../../src/core/projection/office-schedule";
import { MIXED_PORTFOLIO, MIXED_RATES, MIXED_SETTINGS } from "./mixed-office-portfolio";

// MIXED_PORTFOLIO's US right (USD 2,150 due in the horizon), 1,200 times, the IDs out of row order so
// that the first right visited (in ID order) is not the first row.
const US_ROW = MIXED_PORTFOLIO.values.find((row) => row[0] === "US1")!;
const usRights = readPortfolio({
  ...MIXED_PORTFOLIO,
  values: [
    MIXED_PORTFOLIO.values[0],
    ...Array.from({ length: 1200 }, (_, n) => [`US${2000 - n}`, ...US_ROW.slice(1)]),
  ],
}).officeRights;
// The test's rates without USD.
const noUsd = ratesOf("CNY", MIXED_SETTINGS.currency.ratePerCny, {
  ...MIXED_RATES,
  values: MIXED_RATES.values.filter((row) => row[0] !== "USD"),
});

describe("a currency without a rate, for many rights", () => {
  const projection = projectOfficeRights(usRights, MIXED_SETTINGS, noUsd);

  it("is one warning, on the portfolio's first row of that currency, counting the others", () => {
    expect(projection.issues).toHaveLength(1);
    const [warning] = projection.issues;
    // Row 2 holds US2000; the run visits rights in ID order, where US1000 (row 1,002) comes first.
    expect([warning.row, warning.kind, warning.code]).toEqual([2, "warning", "rateMissingRights"]);
    expect(warning.message).toBe(
      "US2000 and 1,199 other rights charged in USD: no exchange rate for USD into CNY: their fees " +
        "are shown in USD and left out of the converted totals; add the rate to the exchange-rate table."
    );
    // The rows are all there, in USD, not converted.
    expect(projection.rows).toHaveLength(1200);
    expect(projection.rows.every((row) => row.converted === undefined)).toBe(true);
  });

  it("reads in Japanese and Chinese with the same count", async () => {
    await loadIssueLanguage("ja");
    await loadIssueLanguage("zh");
    const [warning] = projection.issues;
    expect(localized("ja", warning).message).toBe(
      "US2000 ほか 1,199 件の USD 建ての権利：USD から CNY への為替レートがありません：料金は USD のまま" +
        "表示し、換算合計から除きます。為替レート表にレートを追加してください。"
    );
    expect(localized("zh", warning).message).toMatch(
      /^US2000 及其他 1,199 项以 USD 计费的权利：没有 USD 兑 CNY 的汇率/
    );
  });

  it("stays the one-right warning for a single right", () => {
    const one = projectOfficeRights(usRights.slice(0, 1), MIXED_SETTINGS, noUsd);
    expect(one.issues.map((issue) => [issue.row, issue.code, issue.message])).toEqual([
      [
        2,
        "rateMissing",
        "US2000: no exchange rate for USD into CNY: its fees are shown in USD and left out of the " +
          "converted totals; add the rate to the exchange-rate table.",
      ],
    ]);
  });
});
