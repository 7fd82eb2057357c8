import {
  isPatentWorkingDay,
  shiftToWorkingDay,
} from "../../../../src/core/offices/cn/holiday-calendar";
import { BUILT_IN_CN_RULES_DATA, CN_RULES } from "../../../../src/core/offices/cn/rules";
import {
  lawDaysOff,
  loadStatutoryLaw,
  qingming,
  statutoryHolidays,
} from "../../../../src/core/offices/cn/statutory-holidays";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";

// Worked examples: docs/offices/cn-deadlines.md, "Years without a State Council notice". Rules:
// 全国年节及纪念日放假办法 (as amended 2024-11-10) Art. 2 (the holidays) and Art. 6 (substitute days).
const days = (year: number, name: string) =>
  statutoryHolidays(year)!
    .find((holiday) => holiday.name === name)!
    .days.map(dayToIso);
const shift = (iso: string) => dayToIso(shiftToWorkingDay(CN_RULES.holidays, isoToDay(iso)));

describe("statutory holidays computed for years without a notice", () => {
  it("Spring Festival 2027: the eve 2027-02-05 and the first three days from 2027-02-06", () => {
    expect(days(2027, "Spring Festival")).toEqual([
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
    ]);
  });

  it("lunar new year 2027-2035 on the Beijing day of the new moon (2027 and 2030 where ICU is a day late)", () => {
    const newYears = [2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035].map(
      (year) => days(year, "Spring Festival")[1]
    );
    expect(newYears).toEqual([
      "2027-02-06",
      "2028-01-26",
      "2029-02-13",
      "2030-02-03",
      "2031-01-23",
      "2032-02-11",
      "2033-01-31",
      "2034-02-19",
      "2035-02-08",
    ]);
  });

  it("Qingming 2027-2035 on the day of the solar term", () => {
    const dates = [2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035].map((year) =>
      dayToIso(qingming(year))
    );
    expect(dates).toEqual([
      "2027-04-05",
      "2028-04-04",
      "2029-04-04",
      "2030-04-05",
      "2031-04-05",
      "2032-04-04",
      "2033-04-04",
      "2034-04-05",
      "2035-04-05",
    ]);
  });

  it("Dragon Boat and Mid-Autumn 2027 on lunar 5/5 and 8/15; fixed days as the law lists them", () => {
    expect(days(2027, "Dragon Boat")).toEqual(["2027-06-09"]);
    expect(days(2027, "Mid-Autumn")).toEqual(["2027-09-15"]);
    expect(days(2027, "Labour Day")).toEqual(["2027-05-01", "2027-05-02"]);
    expect(days(2027, "National Day")).toEqual(["2027-10-01", "2027-10-02", "2027-10-03"]);
  });

  it("gives a substitute working day off for each holiday on a weekend (Art. 6)", () => {
    const off = [...lawDaysOff(2027)!].map(dayToIso);
    // National Day: Sat 10-02 and Sun 10-03 → 10-04 and 10-05 off.
    expect(off.filter((d) => d.startsWith("2027-10"))).toEqual([
      "2027-10-01",
      "2027-10-02",
      "2027-10-03",
      "2027-10-04",
      "2027-10-05",
    ]);
    // Spring Festival: Sat 02-06 and Sun 02-07 → 02-09 and 02-10 off.
    expect(off.filter((d) => d.startsWith("2027-02"))).toEqual([
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
    ]);
  });

  it("moves 2027 deadlines over those days: 2027-10-01 → 10-06, 2027-02-05 → 02-11", () => {
    expect(CN_RULES.holidays.coveredYears.has(2027)).toBe(false);
    expect(shift("2027-10-01")).toBe("2027-10-06");
    expect(shift("2027-02-05")).toBe("2027-02-11");
  });

  it("agrees with the State Council notices 2008-2026: every computed festival day was a day off", () => {
    // Qingming, Dragon Boat and Mid-Autumn have been holidays since 2008; Spring Festival day 1 always.
    for (let year = 2008; year <= 2026; year += 1) {
      // The compiled notices do not always list a closure day that is a weekend (Dragon Boat 2012-06-23).
      const closed = (iso: string) => !isPatentWorkingDay(CN_RULES.holidays, isoToDay(iso));
      for (const name of ["Qingming", "Dragon Boat", "Mid-Autumn"]) {
        for (const day of days(year, name))
          expect([year, name, day, closed(day)]).toEqual([year, name, day, true]);
      }
      const newYear = days(year, "Spring Festival")[1];
      expect([year, newYear, closed(newYear)]).toEqual([year, newYear, true]);
    }
  });
});

describe("the statutory-holiday law as data (cn-holidays.json statutoryLaw)", () => {
  const raw = () => structuredClone(BUILT_IN_CN_RULES_DATA.holidays.statutoryLaw) as StatutoryRaw;
  type StatutoryRaw = { fromYear: number; holidays: Record<string, unknown>[] };

  it("drives the computed days: Labour Day of one day (the rule of 2008-2024) drops 2027-05-02", () => {
    const law = raw();
    law.holidays.find((h) => h.name === "Labour Day")!.days = 1;
    const loaded = loadStatutoryLaw(law, "cn-holidays.json");
    // 2027-05-01 is a Saturday: one substitute day, Monday 2027-05-03; with two days (Sat, Sun) two.
    const may = (days: Set<number> | undefined) =>
      [...days!].map(dayToIso).filter((d) => d.startsWith("2027-05-0"));
    expect(may(lawDaysOff(2027, loaded))).toEqual(["2027-05-01", "2027-05-03"]);
    expect(may(lawDaysOff(2027))).toEqual(["2027-05-01", "2027-05-02", "2027-05-03", "2027-05-04"]);
  });

  it("rejects a rule it cannot compute, naming file and key", () => {
    const law = raw();
    law.holidays[2].calendar = "islamic";
    expect(() => loadStatutoryLaw(law, "cn-holidays.json")).toThrow(
      "cn-holidays.json: statutoryLaw.holidays[2].calendar is not gregorian, lunar or solarTerm."
    );
    const late = raw();
    late.fromYear = 20.5;
    expect(() => loadStatutoryLaw(late, "cn-holidays.json")).toThrow(
      "cn-holidays.json: statutoryLaw.fromYear is not a calendar year."
    );
  });
});
