import holidaysData from "../../../data/cn-holidays.json";
import { DayNumber, dayFromCivil, dayToIso, isoWeekday } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";

/**
 * The public holidays fixed by law, for a year that has no State Council notice yet, as data
 * (cn-holidays.json statutoryLaw): 全国年节及纪念日放假办法 (as amended 2024-11-10, in force 2025-01-01)
 * Art. 2 names the days (New Year's Day 1 Jan, the Spring Festival eve and first three lunar days,
 * Qingming, Labour Day 1-2 May, Dragon Boat 5/5, Mid-Autumn 8/15, National Day 1-3 October), Art. 6 gives
 * a working day off (补假) after a holiday day on a Saturday or Sunday. Bridge days (调休 closures) and
 * make-up working days come only from each year's notice, so a deadline moved with these days alone is a
 * lower bound: the notice may close more days.
 *
 * Rule history: before 2025 the Spring Festival holiday did not include the eve (2014-2024: days 1-3) and
 * Labour Day was one day (2008-2024), so the law applies to years from its `fromYear` on only.
 */
export type HolidayRule =
  | { name: string; calendar: "gregorian"; month: number; day: number; days: number }
  | {
      name: string;
      calendar: "lunar";
      month: number;
      day: number;
      offset: number;
      days: number;
    }
  | { name: string; calendar: "solarTerm"; longitude: number; days: number };

export interface StatutoryLaw {
  /** The first calendar year the law's list applies to. */
  fromYear: number;
  holidays: HolidayRule[];
}

const whole = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * Checks the statutory-holiday law of the data, naming the file and key at fault.
 * @example loadStatutoryLaw(holidaysData.statutoryLaw, "cn-holidays.json").holidays.length //=> 7
 */
export function loadStatutoryLaw(raw: unknown, file: string): StatutoryLaw {
  const fail = (key: string, problem: string) =>
    new DomainError("invalid-data", key, `${file}: statutoryLaw.${key} ${problem}.`, {
      location: { file, key: `statutoryLaw.${key}` },
    });
  const law = (raw ?? {}) as Record<string, unknown>;
  if (!whole(law.fromYear, 1949, 9999)) throw fail("fromYear", "is not a calendar year");
  if (!Array.isArray(law.holidays) || law.holidays.length === 0)
    throw fail("holidays", "is not a non-empty list");
  const holidays = law.holidays.map((item: Record<string, unknown>, i): HolidayRule => {
    const key = `holidays[${i}]`;
    if (typeof item.name !== "string" || !item.name) throw fail(`${key}.name`, "is missing");
    if (!whole(item.days, 1, 15)) throw fail(`${key}.days`, "is not a number of days from 1");
    const name = item.name;
    const days = item.days as number;
    if (item.calendar === "solarTerm") {
      if (!whole(item.longitude, 0, 345)) throw fail(`${key}.longitude`, "is not 0 to 345 degrees");
      return { name, calendar: "solarTerm", longitude: item.longitude as number, days };
    }
    if (item.calendar !== "gregorian" && item.calendar !== "lunar")
      throw fail(`${key}.calendar`, "is not gregorian, lunar or solarTerm");
    const maxDay = item.calendar === "lunar" ? 30 : 31;
    if (!whole(item.month, 1, 12) || !whole(item.day, 1, maxDay))
      throw fail(`${key}`, "has no valid month and day");
    const month = item.month as number;
    const day = item.day as number;
    if (item.calendar === "gregorian") return { name, calendar: "gregorian", month, day, days };
    const offset = item.offset ?? 0;
    if (!whole(offset, -3, 3))
      throw fail(`${key}.offset`, "is not a whole number of days, -3 to 3");
    return { name, calendar: "lunar", month, day, offset: offset as number, days };
  });
  return { fromYear: law.fromYear as number, holidays };
}

/** The law as shipped in src/data/cn-holidays.json. */
export const STATUTORY_LAW: StatutoryLaw = loadStatutoryLaw(
  holidaysData.statutoryLaw,
  "cn-holidays.json"
);

/** Gregorian dates of a lunar month and day. */
type LunarFinder = (year: number, lunarMonth: number, lunarDay: number) => DayNumber | undefined;

const MS_PER_DAY = 86_400_000;
const RAD = Math.PI / 180;

/**
 * The instant of the new moon nearest to Julian day `jd`, as a Julian day in UT (Meeus, Astronomical
 * Algorithms ch. 49: periodic and planetary terms, accurate to about a minute; ΔT taken as 70 s, its
 * value in the 2020s within a few seconds).
 */
function newMoonNear(jd: number): number {
  const k = Math.round((jd - 2451550.09766) / 29.530588861);
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  let jde =
    2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
  const mp =
    (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
  const f =
    (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
  const om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;
  const sin = Math.sin;
  jde +=
    -0.4072 * sin(mp) +
    0.17241 * e * sin(m) +
    0.01608 * sin(2 * mp) +
    0.01039 * sin(2 * f) +
    0.00739 * e * sin(mp - m) -
    0.00514 * e * sin(mp + m) +
    0.00208 * e * e * sin(2 * m) -
    0.00111 * sin(mp - 2 * f) -
    0.00057 * sin(mp + 2 * f) +
    0.00056 * e * sin(2 * mp + m) -
    0.00042 * sin(3 * mp) +
    0.00042 * e * sin(m + 2 * f) +
    0.00038 * e * sin(m - 2 * f) -
    0.00024 * e * sin(2 * mp - m) -
    0.00017 * sin(om) -
    0.00007 * sin(mp + 2 * m) +
    0.00004 * sin(2 * mp - 2 * f) +
    0.00004 * sin(3 * m) +
    0.00003 * sin(mp + m - 2 * f) +
    0.00003 * sin(2 * mp + 2 * f) -
    0.00003 * sin(mp + m + 2 * f) +
    0.00003 * sin(mp - m + 2 * f) -
    0.00002 * sin(mp - m - 2 * f) -
    0.00002 * sin(3 * mp + m) +
    0.00002 * sin(4 * mp);
  const planetary: [number, number, number][] = [
    [0.000325, 299.77, 0.107408],
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  for (const [coefficient, base, rate] of planetary) {
    const extra = base === 299.77 ? -0.009173 * t2 : 0;
    jde += coefficient * sin((base + rate * k + extra) * RAD);
  }
  return jde - 70 / 86_400;
}

/** The Beijing (UTC+8) civil day of a Julian day in UT. */
const beijingDay = (jd: number): DayNumber => Math.floor(jd - 2440587.5 + 8 / 24);

/**
 * A lunar month starts on the Beijing day of its new moon (农历 rule, GB/T 33661-2017 §5). The runtime's
 * Chinese calendar (ICU, via Intl) numbers the months (leap months included) but places some new moons
 * near midnight on the wrong day (ICU has 2027-02-07 for the new year; the new moon is 2027-02-06 23:56
 * Beijing time), so its month start is corrected with the new moon computed here.
 */
function intlLunarFinder(): LunarFinder | undefined {
  const lunarOf = intlLunarDateOf();
  if (!lunarOf) return undefined;
  return (year, lunarMonth, lunarDay) => {
    // Lunar month 1 begins 21 Jan … 20 Feb; 5/5 and 8/15 fall in May-June and September-October.
    const start = dayFromCivil(year, lunarMonth === 1 ? 1 : lunarMonth, 1);
    const day = firstOfLunarMonth(lunarOf, start, lunarMonth);
    if (day === undefined) return undefined;
    const monthStart = beijingDay(newMoonNear(day + 2440587.5 + 0.5));
    return monthStart + lunarDay - 1;
  };
}

/**
 * The runtime's Chinese calendar (ICU, via Intl) as a lunar month and day per day, or undefined when the
 * engine has none.
 */
export function intlLunarDateOf(): LunarDateOf | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US-u-ca-chinese", {
      timeZone: "UTC",
      month: "numeric",
      day: "numeric",
    });
  } catch {
    return undefined;
  }
  const lunarOf = (day: DayNumber) => {
    let month = "";
    let dayOfMonth = "";
    for (const part of format.formatToParts(new Date(day * MS_PER_DAY))) {
      if (part.type === "month") month = part.value;
      if (part.type === "day") dayOfMonth = part.value;
    }
    // A leap month prints as "4bis" (or with another suffix): it never carries a festival.
    return { month: /^\d+$/.test(month) ? Number(month) : -1, day: Number(dayOfMonth) };
  };
  // Probe a known date: 2026-02-17 is the first day of the lunar year (State Council notice 2026). An
  // engine without the Chinese calendar falls back to the Gregorian one and fails here.
  const probe = lunarOf(dayFromCivil(2026, 2, 17));
  if (probe.month !== 1 || probe.day !== 1) return undefined;
  return lunarOf;
}

/** A day's lunar month (-1 for a leap month) and day of the month. */
export type LunarDateOf = (day: DayNumber) => { month: number; day: number };

/** Days searched from the start for a lunar month's first day. */
const LUNAR_SEARCH_DAYS = 75;

/**
 * The first day in [start, start + 75) that `lunarOf` calls day 1 of lunar month `lunarMonth`, or
 * undefined. It jumps from one month's first day to the next (29 or 30 days on, since a lunar month has
 * 29 or 30 days and its days count up by one) rather than reading every day: about 5 Intl calls per
 * holiday instead of up to 75, which took ~140 ms for a year's holidays in the browser (a long task of
 * the pane's run). Same answer as a day-by-day search for every year from 2025 to 9999
 * (test/core/offices/cn/lunar-month-search*.test.ts).
 * @example firstOfLunarMonth((d) => ({ month: 1 + Math.floor(d / 30), day: 1 + (d % 30) }), 5, 2) //=> 30
 */
export function firstOfLunarMonth(
  lunarOf: LunarDateOf,
  start: DayNumber,
  lunarMonth: number
): DayNumber | undefined {
  const end = start + LUNAR_SEARCH_DAYS;
  let day = start;
  let lunar = lunarOf(day);
  for (;;) {
    if (lunar.day === 1 && lunar.month === lunarMonth) return day;
    const readable = Number.isInteger(lunar.day) && lunar.day >= 1 && lunar.day <= 30;
    // Day 1 of the next month follows day 29 or day 30 of this one.
    let next = readable ? day + 30 - lunar.day : day;
    if (next >= end) return undefined;
    let nextLunar = next === day ? lunar : lunarOf(next);
    if (nextLunar.day !== 1) {
      next += 1;
      if (next >= end) return undefined;
      nextLunar = lunarOf(next);
    }
    if (!readable || nextLunar.day !== 1) {
      // Not a calendar of 29- and 30-day months: read every day from here.
      for (let d = day + 1; d < end; d += 1) {
        const l = lunarOf(d);
        if (l.month === lunarMonth && l.day === 1) return d;
      }
      return undefined;
    }
    day = next;
    lunar = nextLunar;
  }
}

let finder: LunarFinder | undefined | null = null;
function lunarFinder(): LunarFinder | undefined {
  if (finder === null) finder = intlLunarFinder();
  return finder;
}

/**
 * Makes the runtime's Chinese calendar (ICU, via Intl) ready: made on first use, it costs about 40 ms in
 * a browser, which a run spends in a step of its own. True when the runtime has one.
 * @example readyLunarCalendar() //=> true (Node and browsers with full ICU)
 */
export function readyLunarCalendar(): boolean {
  return lunarFinder() !== undefined;
}

/** Julian day of a day number's midnight UTC (day 0 is 1970-01-01). */
const julianDay = (day: DayNumber, hoursUtc: number) => day + 2440587.5 + hoursUtc / 24;

/**
 * The Sun's apparent ecliptic longitude in degrees (Meeus, Astronomical Algorithms ch. 25, low accuracy:
 * about 0.01°, some 15 minutes of time). Good enough for the day of a solar term, which is what counts.
 */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD;
  const apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
  return ((apparent % 360) + 360) % 360;
}

/**
 * The Beijing-time (UTC+8) day in April on which the Sun's apparent longitude reaches `longitude` degrees
 * (a solar term; Qingming is 15°, always 4, 5 or 6 April).
 * @example dayToIso(qingming(2027)) //=> "2027-04-05"
 */
export function qingming(year: number, longitude = 15): DayNumber {
  for (let date = 3; date <= 6; date += 1) {
    const day = dayFromCivil(year, 4, date);
    // Beijing midnight is 16:00 UTC of the previous day.
    const start = sunLongitude(julianDay(day - 1, 16));
    const end = sunLongitude(julianDay(day, 16));
    if (start < longitude && end >= longitude) return day;
  }
  return dayFromCivil(year, 4, 5);
}

/** One holiday of the law: its days, before substitute days. */
export interface StatutoryHoliday {
  name: string;
  days: DayNumber[];
}

/**
 * The statutory holidays of `year` under the law in the data, or undefined when this runtime cannot convert
 * to the Chinese calendar (the lunar holidays would then be unknown).
 * @example statutoryHolidays(2027)?.find((h) => h.name === "Spring Festival")?.days.map(dayToIso) //=> ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]
 */
export function statutoryHolidays(
  year: number,
  law: StatutoryLaw = STATUTORY_LAW
): StatutoryHoliday[] | undefined {
  const find = lunarFinder();
  if (!find) return undefined;
  const holidays: StatutoryHoliday[] = [];
  for (const rule of law.holidays) {
    let first: DayNumber | undefined;
    if (rule.calendar === "gregorian") first = dayFromCivil(year, rule.month, rule.day);
    else if (rule.calendar === "solarTerm") first = qingming(year, rule.longitude);
    else {
      const lunar = find(year, rule.month, rule.day);
      first = lunar === undefined ? undefined : lunar + rule.offset;
    }
    if (first === undefined) return undefined;
    const start = first;
    holidays.push({
      name: rule.name,
      days: Array.from({ length: rule.days }, (_, i) => start + i),
    });
  }
  return holidays;
}

const isWeekend = (day: DayNumber) => isoWeekday(day) >= 6;

/**
 * Every day off of `year` that the law alone fixes: the statutory days plus one substitute working day off
 * for each statutory day on a Saturday or Sunday (Art. 6), taken on the first working days after the
 * holiday. National Day 2027 (Fri 1 - Sun 3 Oct): 4 and 5 Oct are substitute days. Undefined when the
 * runtime has no Chinese calendar.
 * @example [...(lawDaysOff(2027) ?? [])].map(dayToIso).filter((d) => d.startsWith("2027-10")) //=> ["2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05"]
 */
export function lawDaysOff(
  year: number,
  law: StatutoryLaw = STATUTORY_LAW
): Set<DayNumber> | undefined {
  const holidays = statutoryHolidays(year, law);
  if (!holidays) return undefined;
  const off = new Set<DayNumber>(holidays.flatMap((h) => h.days));
  for (const holiday of holidays) {
    let owed = holiday.days.filter(isWeekend).length;
    let day = holiday.days[holiday.days.length - 1] + 1;
    while (owed > 0) {
      if (!isWeekend(day) && !off.has(day)) {
        off.add(day);
        owed -= 1;
      }
      day += 1;
    }
  }
  return new Set([...off].sort((a, b) => a - b));
}

/** For messages: the ISO dates of a set of days. */
export const isoDays = (days: Iterable<DayNumber>) => [...days].map(dayToIso);
