import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { budgetOffsets } from "../../../src/core/projection/budget-offsets";
import { projectPortfolio } from "../../../src/core/projection/project";
import { summarize } from "../../../src/core/projection/summary";
import { SubsidyOffset, applyProgrammes } from "../../../src/core/subsidy";
import { HAND_CHECKED, SETTINGS } from "./hand-checked-portfolio";
import { ANNUITY_REFUND, annuityEvents } from "./hand-checked-subsidies";
import { paymentsOf } from "../../../src/core/projection/payments";

// The hand-checked portfolio (fees worked out from the CNIPA fee standard in hand-checked-portfolio.ts) with a test
// programme refunding 50% of invention annuities, at most 2,500 per applicant per calendar year (the
// arithmetic is in hand-checked-subsidies.ts): FY2026 1,000; FY2027 4,500; FY2028 4,500.
const rows = projectPortfolio(HAND_CHECKED, SETTINGS).rows;
// Two offsets the budget must not count: a 2021 grant subsidy (history) and a JPY one.
const history: SubsidyOffset = {
  rightId: "US-1",
  applicant: "Tokyo",
  event: "grant",
  jurisdiction: "US",
  date: isoToDay("2021-10-05"),
  programmeId: "SZ-2021",
  ruleId: "SZ-2021/foreign-patent-us",
  part: "per-case",
  currency: "CNY",
  gross: new Money(40000),
  applied: new Money(40000),
};
const yen: SubsidyOffset = { ...history, date: isoToDay("2027-01-10"), currency: "JPY" };
const offsets = budgetOffsets(
  [...applyProgrammes(annuityEvents(rows), ANNUITY_REFUND), history, yen],
  SETTINGS
);
const summary = summarize(paymentsOf(rows), SETTINGS, offsets);

describe("fees, subsidies and net cost per fiscal year", () => {
  it("subtracts the horizon's subsidies in their fiscal year: net = fees − subsidies", () => {
    expect(
      summary.byFiscalYear.map((l) => [
        l.label,
        l.payable.toString(),
        l.subsidies.toString(),
        l.net.toString(),
        l.offsets,
      ])
    ).toEqual([
      ["FY2025", "1080", "0", "1080", 0],
      ["FY2026", "3380", "1000", "2380", 1], // 3,380 − 1,000
      ["FY2027", "11500", "4500", "7000", 2], // 11,500 − (2,500 + 2,000)
      ["FY2028", "11200", "4500", "6700", 2], // 11,200 − (2,500 + 2,000)
    ]);
    // 27,160 − 10,000 = 17,160
    expect([summary.total.payable, summary.total.subsidies, summary.total.net].map(String)).toEqual(
      ["27160", "10000", "17160"]
    );
    for (const line of [...summary.byFiscalYear, summary.total]) {
      expect(line.net.equals(line.payable.minus(line.subsidies))).toBe(true);
      expect(line.netConverted.equals(line.converted.minus(line.subsidiesConverted))).toBe(true);
    }
  });

  it("converts subsidies offset by offset, as fees are converted row by row (JPY 19 per CNY)", () => {
    // FY2027: 2,500 × 19 + 2,000 × 19 = 47,500 + 38,000 = 85,500; net 218,500 − 85,500 = 133,000.
    const fy2027 = summary.byFiscalYear[2];
    expect([fy2027.converted, fy2027.subsidiesConverted, fy2027.netConverted].map(String)).toEqual([
      "218500",
      "85500",
      "133000",
    ]);
    // Total: 10,000 × 19 = 190,000; 516,040 − 190,000 = 326,040.
    expect(String(summary.total.netConverted)).toBe("326040");
  });

  it("keeps history and other currencies out of the lines, and counts every CNY offset in the total", () => {
    const placed = summary.offsets;
    expect(
      (["horizon", "before", "after", "other-currency", "all"] as const).map((key) => [
        key,
        placed[key].offsets,
        placed[key].applied.toString(),
      ])
    ).toEqual([
      ["horizon", 5, "10000"],
      ["before", 1, "40000"],
      ["after", 0, "0"],
      ["other-currency", 1, "0"], // counted, never added to CNY
      ["all", 6, "50000"], // 10,000 + 40,000: the CNY rows of the Subsidy offsets sheet
    ]);
  });
});
