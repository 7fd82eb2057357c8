import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { budgetOffsets } from "../../../src/core/projection/budget-offsets";
import { SubsidyOffset } from "../../../src/core/subsidy";

// The budget counts what falls in the projection's horizon, [as-of, as-of + years), as fees do
// (projection/settings.ts); amounts are rounded to the fen once, here (money.ts: "round to the fen once,
// at the edge").
const settings = {
  asOf: isoToDay("2026-11-23"),
  horizonYears: 10,
  fiscalYearStartMonth: 4,
  currency: { code: "JPY", ratePerCny: new Money(19) },
  shiftToWorkday: false,
};
const offset = (iso: string, applied: string, currency = "CNY"): SubsidyOffset => ({
  rightId: "CN1",
  applicant: "ACME",
  event: "annuity-paid",
  jurisdiction: "CN",
  date: isoToDay(iso),
  programmeId: "TEST",
  ruleId: "TEST/annuity-half",
  part: "per-case",
  currency,
  gross: new Money(applied),
  applied: new Money(applied),
});

describe("placing offsets against the budget", () => {
  it("counts offsets from the as-of date up to, not including, the end of the horizon", () => {
    const placed = budgetOffsets(
      [
        offset("2026-11-22", "1"),
        offset("2026-11-23", "1"),
        offset("2036-11-22", "1"),
        offset("2036-11-23", "1"),
        offset("2027-01-10", "1", "JPY"),
      ],
      settings
    );
    expect(placed.map((p) => [dayToIso(p.offset.date), p.placement, p.fiscalYear])).toEqual([
      ["2026-11-22", "before", 2026],
      ["2026-11-23", "horizon", 2026],
      ["2036-11-22", "horizon", 2036],
      ["2036-11-23", "after", 2036],
      ["2027-01-10", "other-currency", 2026], // January 2027 is in FY2026 (April start)
    ]);
  });

  it("rounds to the fen half up, and converts the rounded amount", () => {
    // 50% of 135.25 = 67.625 → 67.63; 67.63 × 19 = 1,284.97 → 1,285 (JPY has no minor unit).
    const [placed] = budgetOffsets([offset("2027-05-05", "67.625")], settings);
    expect([placed.gross, placed.applied, placed.converted].map(String)).toEqual([
      "67.63",
      "67.63",
      "1285",
    ]);
    expect(placed.offset.applied.toString()).toBe("67.625"); // the engine's amount stays exact
  });

  it("does not convert amounts of other currencies", () => {
    const [placed] = budgetOffsets([offset("2027-05-05", "1500000", "JPY")], settings);
    expect(placed.converted.toString()).toBe("0");
  });
});
