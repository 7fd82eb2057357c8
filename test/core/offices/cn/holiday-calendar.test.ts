import {
  holidayCalendar,
  isPatentWorkingDay,
  shiftToWorkingDay,
} from "../../../../src/core/offices/cn/holiday-calendar";
import { CN_RULES } from "../../../../src/core/offices/cn/rules";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";

const shift = (iso: string) => dayToIso(shiftToWorkingDay(CN_RULES.holidays, isoToDay(iso)));

describe("holiday shift of deadlines (实施细则 2023 Art. 5; 审查指南 Part V ch. 7 §2.3)", () => {
  it("guideline example: filed 2007-10-30, a period ending 2007-12-30 moves to 2008-01-02", () => {
    // New Year closure 2007-12-30 … 2008-01-01 (State Council notice on the 2008 holidays).
    expect(shift("2007-12-30")).toBe("2008-01-02");
  });

  it("guideline example: filed 2007-12-06, a period ending 2008-02-06 moves to 2008-02-13", () => {
    // Spring Festival closure 2008-02-06 … 02-12.
    expect(shift("2008-02-06")).toBe("2008-02-13");
  });

  it("also skips a make-up working Sunday: Dragon Boat 2020 (06-25 … 27, working Sunday 06-28) → 06-29", () => {
    // Domain file §3: CNIPA extends deadlines that fall on make-up working weekends since 2010-02-01.
    expect(shift("2020-06-25")).toBe("2020-06-29");
    expect(isPatentWorkingDay(CN_RULES.holidays, isoToDay("2020-06-28"))).toBe(false);
  });

  it("leaves a working day alone", () => {
    expect(shift("2021-07-09")).toBe("2021-07-09");
  });

  it("shifts over weekends and the law's holidays in a year without a published notice (2030)", () => {
    expect(CN_RULES.holidays.coveredYears.has(2030)).toBe(false);
    expect(shift("2030-01-05")).toBe("2030-01-07"); // Saturday → Monday
    // 全国年节及纪念日放假办法 Art. 2: New Year's Day (a Tuesday in 2030) is a holiday by law.
    expect(shift("2030-01-01")).toBe("2030-01-02");
  });

  it("covers every year from 2004 to 2026 with a State Council source", () => {
    for (let year = 2004; year <= 2026; year += 1)
      expect(CN_RULES.holidays.coveredYears.has(year)).toBe(true);
  });

  it("rejects calendar data with an impossible date, naming the file", () => {
    expect(() => holidayCalendar([{ year: 2021, source: "test", holidays: ["02-30"] }])).toThrow(
      'cn-holidays.json: 2021: "2021-02-30" is not a calendar date.'
    );
  });
});
