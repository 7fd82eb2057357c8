import { isoToDay } from "../../../src/core/dates/civil";
import { fiscalYearLabel, fiscalYearOf } from "../../../src/core/projection/fiscal-year";
import { summarize } from "../../../src/core/projection/summary";
import { projectPortfolio } from "../../../src/core/projection/project";
import { HAND_CHECKED, SETTINGS } from "./hand-checked-portfolio";

describe("fiscal years", () => {
  it("puts January-March in the previous fiscal year when the year starts in April (年度)", () => {
    expect(fiscalYearOf(isoToDay("2026-03-31"), 4)).toBe(2025);
    expect(fiscalYearOf(isoToDay("2026-04-01"), 4)).toBe(2026);
    expect(fiscalYearLabel(2025, 4)).toBe("FY2025");
    expect(fiscalYearOf(isoToDay("2026-03-31"), 1)).toBe(2026);
    expect(fiscalYearLabel(2026, 1)).toBe("2026");
  });

  it("buckets the hand-checked portfolio by April fiscal year: 1,080 / 3,380 / 11,500 / 11,200", () => {
    // FY2025: B7 180 + C5 900; FY2026: C6 1,200 + A9 2,000 + B8 180; FY2027: E13 6,000 + C7 1,200 +
    // A10 4,000 + B9 300; FY2028 (to the horizon end 2028-12-31): E14 6,000 + C8 1,200 + A11 4,000.
    const summary = summarize(projectPortfolio(HAND_CHECKED, SETTINGS).payments, SETTINGS);
    expect(
      summary.byFiscalYear.map((l) => [
        l.label,
        l.payments,
        l.payable.toNumber(),
        l.converted.toNumber(),
      ])
    ).toEqual([
      ["FY2025", 2, 1080, 20520],
      ["FY2026", 3, 3380, 64220],
      ["FY2027", 4, 11500, 218500],
      ["FY2028", 3, 11200, 212800],
    ]);
    expect([summary.total.payments, summary.total.payable.toNumber()]).toEqual([12, 27160]);
  });

  it("buckets by calendar year with a January start: 4,280 / 11,380 / 11,500", () => {
    const settings = { ...SETTINGS, fiscalYearStartMonth: 1 };
    const summary = summarize(projectPortfolio(HAND_CHECKED, settings).payments, settings);
    expect(summary.byFiscalYear.map((l) => [l.label, l.payable.toNumber()])).toEqual([
      ["2026", 4280],
      ["2027", 11380],
      ["2028", 11500],
    ]);
  });

  it("totals per owner, largest first: Tokyo 14,500, (no owner) 12,000, Osaka 660", () => {
    const summary = summarize(projectPortfolio(HAND_CHECKED, SETTINGS).payments, SETTINGS);
    expect(summary.byOwner.map((l) => [l.label, l.payments, l.payable.toNumber()])).toEqual([
      ["Tokyo", 7, 14500],
      ["(no owner)", 2, 12000],
      ["Osaka", 3, 660],
    ]);
  });
});
