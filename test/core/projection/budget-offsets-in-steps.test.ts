import { budgetOffsets, budgetOffsetsInSteps } from "../../../src/core/projection/budget-offsets";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { SubsidyOffset } from "../../../src/core/subsidy/offset";
import { drain } from "../drain";

// 2,500 offsets of 1,234.565 CNY (rounded half up to 1,234.57) a month apart from 2020 on, JPY at 21.5.
const settings = {
  asOf: isoToDay("2026-12-01"),
  horizonYears: 20,
  fiscalYearStartMonth: 4,
  currency: { code: "JPY", ratePerCny: new Money("21.5") },
};
const offsets = Array.from(
  { length: 2_500 },
  (_, n) =>
    ({
      rightId: `CN${n}`,
      applicant: "ACME",
      event: "grant",
      jurisdiction: "CN",
      date: isoToDay("2020-01-15") + 30 * n,
      programmeId: "P",
      ruleId: "R",
      part: "per-case",
      currency: "CNY",
      gross: new Money("1234.565"),
      applied: new Money("1234.565"),
    }) as unknown as SubsidyOffset
);

describe("offsets placed against the budget in steps", () => {
  it("pauses after every 1,000 offsets and places them as one call does", () => {
    const steps = budgetOffsetsInSteps(offsets, settings as never);
    const { yields: paused, result: value } = drain(steps);
    expect(paused).toEqual([1_000, 2_000]);
    expect(value).toEqual(budgetOffsets(offsets, settings as never));
    // The first offset (2020-01-15) is before the as-of date; 1,234.565 rounds to 1,234.57 CNY, and
    // 1,234.57 × 21.5 = 26,543.255 JPY, rounded to the yen: 26,543.
    expect(value[0].placement).toBe("before");
    expect(value[0].applied.toString()).toBe("1234.57");
    expect(value[0].converted.toString()).toBe("26543");
  });
});
