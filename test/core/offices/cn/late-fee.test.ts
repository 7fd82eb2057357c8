import {
  lateFee,
  lateFeeBandOn,
  lateFeeRateForMonths,
} from "../../../../src/core/offices/cn/late-fee";
import { isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";

const rate = (months: number) => lateFeeRateForMonths(months).rate.toString();
const bandOn = (due: string, paid: string) => lateFeeBandOn(isoToDay(due), isoToDay(paid));

describe("late fee bands by months (CNIPA fee standard (专利收费、集成电路布图设计收费标准): 0, 5%, 10%, 15%, 20%, 25%)", () => {
  it("docs/offices/cn.md CN-E4: the year-4 fee of 1,200 paid 2 months 10 days late → 1,200 × 10% = 120", () => {
    const band = lateFeeRateForMonths(2 + 10 / 30);
    expect(lateFee(new Money(1200), band.rate).toString()).toBe("120");
  });

  it("puts each band edge in the lower band: (0,1] → 0, (1,2] → 5%, …, (5,6] → 25%", () => {
    expect(rate(0)).toBe("0");
    expect(rate(1)).toBe("0");
    expect(rate(1.0001)).toBe("0.05");
    expect(rate(2)).toBe("0.05");
    expect(rate(3)).toBe("0.1");
    expect(rate(4)).toBe("0.15");
    expect(rate(5)).toBe("0.2");
    expect(rate(5.5)).toBe("0.25");
    expect(rate(6)).toBe("0.25");
  });

  it("treats more than 6 months as a lapse, with the restoration fee named", () => {
    expect(() => lateFeeRateForMonths(6.01)).toThrow(
      "Paid 6.01 months late: more than 6 months late, the fee is no longer accepted and the right has lapsed (restoration: request fee CNY 1,000)."
    );
  });

  it("rejects a negative or non-finite number of months", () => {
    expect(() => lateFeeRateForMonths(-1)).toThrow(
      "monthsLate -1 must be a number of months, 0 or more."
    );
    expect(() => lateFeeRateForMonths(Number.NaN)).toThrow(
      "monthsLate NaN must be a number of months"
    );
  });

  it("charges the surcharge on the full fee and rejects a negative amount", () => {
    expect(lateFee(new Money(8000), new Money("0.25")).toString()).toBe("2000"); // 8,000 × 25%
    expect(() => lateFee(new Money(-1), new Money("0.05"))).toThrow("amount -1 is negative");
  });
});

describe("late fee bands by dates (calendar months from the due date, domain file §4)", () => {
  it("due 2021-07-09: paid exactly one month later (2021-08-09) is free, a day later 5%", () => {
    expect(bandOn("2021-07-09", "2021-08-09").rate.toString()).toBe("0");
    expect(bandOn("2021-07-09", "2021-08-10").rate.toString()).toBe("0.05");
  });

  it("docs/offices/cn.md CN-E4 by dates: due 2021-07-09, paid 2021-09-19 (2 months 10 days) → month 3, 10%", () => {
    expect(bandOn("2021-07-09", "2021-09-19")).toEqual({ month: 3, rate: new Money("0.10") });
  });

  it("accepts payment until the last day of month 6 moved off a rest day (Art. 5): 2022-01-10, not a day later", () => {
    expect(bandOn("2021-07-09", "2022-01-09").month).toBe(6);
    // 2022-01-09 is a Sunday: the period ends Monday 2022-01-10 (实施细则 2023 Art. 5), still in band 6.
    expect(bandOn("2021-07-09", "2022-01-10").month).toBe(6);
    expect(() => bandOn("2021-07-09", "2022-01-11")).toThrow(
      "Paid on 2022-01-11 for a fee due 2021-07-09: more than 6 months late"
    );
  });

  it("counts from the due date itself, not chained: due 2021-01-31, edge 2 is 2021-03-31", () => {
    expect(bandOn("2021-01-31", "2021-02-28").month).toBe(1); // edge 1 clamped to 28 February
    expect(bandOn("2021-01-31", "2021-03-01").month).toBe(2);
    expect(bandOn("2021-01-31", "2021-03-30").month).toBe(2); // chaining would give 28 Mar and month 3
    expect(bandOn("2021-01-31", "2021-03-31").month).toBe(2);
    expect(bandOn("2021-01-31", "2021-04-01").month).toBe(3);
  });

  it("clamps month-end edges: due 2021-08-31 → month 1 ends 2021-09-30, month 6 ends 2022-02-28", () => {
    expect(bandOn("2021-08-31", "2021-09-30").month).toBe(1);
    expect(bandOn("2021-08-31", "2021-10-01").month).toBe(2);
    expect(bandOn("2021-08-31", "2022-02-28").month).toBe(6);
    expect(() => bandOn("2021-08-31", "2022-03-01")).toThrow("more than 6 months late");
  });

  it("charges nothing for a payment on or before the due date", () => {
    expect(bandOn("2021-07-09", "2021-07-09").month).toBe(0);
    expect(bandOn("2021-07-09", "2021-01-01").rate.toString()).toBe("0");
  });
});
