import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { ratesOf } from "../../../src/core/projection/exchange-rates";
import { projectOfficeRights } from "../../../src/core/projection/office-schedule";
import { projectPortfolio } from "../../../src/core/projection/project";
import { currencySubtotals } from "../../../src/core/report/office-fees";
import { MIXED_PORTFOLIO, MIXED_RATES, MIXED_SETTINGS } from "./mixed-office-portfolio";

describe("a portfolio of CN, JP, US, EP, UP, DE and KR rights", () => {
  const read = readPortfolio(MIXED_PORTFOLIO);
  const rates = ratesOf("CNY", MIXED_SETTINGS.currency.ratePerCny, MIXED_RATES);
  const cn = projectPortfolio(read.rights, MIXED_SETTINGS);
  const offices = projectOfficeRights(read.officeRights, MIXED_SETTINGS, rates);

  it("totals each currency in its own unit and converts the rounded rows (see mixed-office-portfolio.ts)", () => {
    expect(read.issues).toEqual([]);
    const totals = new Map<string, [string, string | undefined]>();
    for (const line of currencySubtotals(cn.payments, offices.rows)) {
      const [amount, converted] = totals.get(line.currency) ?? ["0", "0"];
      totals.set(line.currency, [
        String(Number(amount) + line.amount.toNumber()),
        converted === undefined || line.converted === undefined
          ? undefined
          : line.converted.plus(converted).toFixed(2),
      ]);
    }
    expect(Object.fromEntries(totals)).toEqual({
      CNY: ["4000", "4000.00"], // 2 × 2,000
      JPY: ["56700", "2721.60"], // 16,700 × 0.048 = 801.60; 40,000 × 0.048 = 1,920.00
      USD: ["2150", "15265.00"], // 2,150 × 7.1
      // 1,155, 1,310, 990, 1,175, 350, 430 at 7.8123: 9,023.21 + 10,234.11 + 7,734.18 + 9,179.45 +
      // 2,734.31 + 3,359.29 = 42,264.55, the sum of the rounded rows (5,410 × 7.8123 = 42,264.54).
      EUR: ["5410", "42264.55"],
      KRW: ["399000", undefined], // 3 × 133,000; no KRW rate: not converted, never 0
    });
  });

  it("keeps the office currency beside the converted amount and flags the MED figures", () => {
    const kr = offices.rows.filter((row) => row.office === "KR");
    expect(kr.map((row) => [row.year, row.amount?.toString(), row.confidence])).toEqual([
      [1, "133000", "MED"],
      [2, "133000", "MED"],
      [3, "133000", "MED"],
    ]);
    expect(kr.every((row) => row.basis === "pending-assumed-grant")).toBe(true);
    const jp = offices.rows.find((row) => row.office === "JP")!;
    expect([jp.currency, jp.amount?.toString(), jp.converted?.toString()]).toEqual([
      "JPY",
      "16700",
      "801.6",
    ]);
  });

  it("reports the missing KRW rate on the KR row instead of converting it to 0", () => {
    expect(offices.issues.map((issue) => [issue.row, issue.kind])).toEqual([[8, "warning"]]);
    expect(offices.issues[0].message).toMatch(/no exchange rate for KRW into CNY/);
  });
});
