import { UTCDate } from "@date-fns/utc";
import { addMonths } from "date-fns";
import fc from "fast-check";
import {
  addMonthsClamped,
  addYearsClamped,
  civilFromDay,
  dayFromCivil,
  dayToIso,
  isoToDay,
  isoWeekday,
} from "../../../src/core/dates/civil";

describe("civil day numbers", () => {
  it("counts days from 1970-01-01 like Date.UTC (an oracle without time zones)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (day) => {
        const { year, month, day: dom } = civilFromDay(day);
        // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
        const oracle = new Date(0);
        oracle.setUTCFullYear(year, month - 1, dom);
        expect(oracle.getTime() / 86_400_000).toBe(day);
        expect(dayFromCivil(year, month, dom)).toBe(day);
      })
    );
  });

  it("knows leap days, including the century rules", () => {
    expect(dayToIso(dayFromCivil(2000, 2, 28) + 1)).toBe("2000-02-29"); // 2000: divisible by 400
    expect(dayToIso(dayFromCivil(2100, 2, 28) + 1)).toBe("2100-03-01"); // 2100: divisible by 100 only
    expect(dayToIso(dayFromCivil(2024, 2, 28) + 1)).toBe("2024-02-29");
  });

  it("names weekdays (1970-01-01 was a Thursday, 2021-07-09 a Friday)", () => {
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(isoToDay("2021-07-09"))).toBe(5);
    expect(isoWeekday(isoToDay("2020-06-28"))).toBe(7);
  });

  it("rejects malformed and impossible ISO dates from data", () => {
    expect(() => isoToDay("2021-02-29")).toThrow("not a calendar date");
    expect(() => isoToDay("2021-2-1")).toThrow("not a yyyy-mm-dd date");
  });
});

describe("addMonthsClamped: the corresponding-day rule (审查指南 Part V ch. 7 §2.3)", () => {
  it("ends a 2-month period from 1999-12-31 on 2000-02-29 (the guideline's own example)", () => {
    expect(dayToIso(addMonthsClamped(isoToDay("1999-12-31"), 2))).toBe("2000-02-29");
  });

  it("clamps to the last day of a shorter month and never chains", () => {
    expect(dayToIso(addMonthsClamped(isoToDay("2021-01-31"), 1))).toBe("2021-02-28");
    expect(dayToIso(addMonthsClamped(isoToDay("2021-01-31"), 2))).toBe("2021-03-31");
    expect(dayToIso(addMonthsClamped(isoToDay("2021-08-31"), 6))).toBe("2022-02-28");
  });

  it("puts anniversaries of a 29 February filing on 28 February in common years", () => {
    const filing = isoToDay("2020-02-29");
    expect(dayToIso(addYearsClamped(filing, 1))).toBe("2021-02-28");
    expect(dayToIso(addYearsClamped(filing, 4))).toBe("2024-02-29");
  });

  it("adds years exactly as 12 months each (the fast path used for anniversaries)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -800_000, max: 2_900_000 }),
        fc.integer({ min: -100, max: 100 }),
        (day, years) => {
          expect(addYearsClamped(day, years)).toBe(addMonthsClamped(day, years * 12));
        }
      ),
      { numRuns: 5000 }
    );
  });

  it("agrees with date-fns addMonths evaluated in UTC, for any date and offset", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000, max: 100_000 }),
        fc.integer({ min: -300, max: 300 }),
        (day, months) => {
          const viaDateFns = addMonths(new UTCDate(day * 86_400_000), months, {
            in: (d) => new UTCDate(d),
          });
          expect(addMonthsClamped(day, months)).toBe(Math.floor(viaDateFns.getTime() / 86_400_000));
        }
      )
    );
  });
});
