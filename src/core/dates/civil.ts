/**
 * Civil (calendar) dates as integer day numbers: days since 1970-01-01 in the proleptic Gregorian
 * calendar. No Date object, no time zone: a day number means the same day in Shanghai, Los Angeles and
 * Kiritimati. Conversions to and from Excel serials live in `excel-serial.ts`.
 */
export type DayNumber = number;

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

/**
 * The day number of a civil date (valid dates only; see `isValidCivil`).
 * Counts from a March-based year so that the leap day is the last day of the year and drops out of the
 * month arithmetic.
 * @example dayFromCivil(1970, 1, 1) //=> 0
 * @example dayFromCivil(2000, 3, 1) //=> 11017
 */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The civil date of a day number; the inverse of `dayFromCivil`.
 * @example civilFromDay(11017) //=> { year: 2000, month: 3, day: 1 }
 */
export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** @example isLeapYear(2000) //=> true  @example isLeapYear(1900) //=> false */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @example daysInMonth(2021, 2) //=> 28 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** @example isValidCivil(2021, 2, 29) //=> false */
export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * The "corresponding day" `months` months later (or earlier, for negative `months`): the same day of the
 * month, or the last day of the target month when it has no such day. This is the one month-end helper
 * of the product; CNIPA counts periods this way (审查指南 Part V ch. 7 §2.3: a 2-month period from
 * 1999-12-31 ends 2000-02-29), and so anniversaries of a 29 February filing fall on 28 February.
 * Always computed from the start date itself, never chained: 31 Jan + 2 months is 31 Mar, not 28/29 Mar.
 * @example civilToIso(civilFromDay(addMonthsClamped(dayFromCivil(1999, 12, 31), 2))) //=> "2000-02-29"
 */
export function addMonthsClamped(start: DayNumber, months: number): DayNumber {
  const { year, month, day } = civilFromDay(start);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return dayFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * The anniversary `years` years after `start`, with 29 February clamped to 28 February in common years.
 * @example civilToIso(civilFromDay(addYearsClamped(dayFromCivil(2020, 2, 29), 1))) //=> "2021-02-28"
 */
export function addYearsClamped(start: DayNumber, years: number): DayNumber {
  // In a year counted from 1 March the leap day is the last day (index 365): the anniversary keeps the
  // day of that year, clamped to 28 February (index 364) when the target year has no 29 February.
  // Anniversaries run once per right and year in projections, so this avoids civil conversions, and
  // uses truncating integer division, exact for the non-negative values of years 0 to 9999.
  const z = start + 719468;
  // Before year 0, or going back that far: the general (month-based) rule.
  if (z < 0 || years < -z / 366) return addMonthsClamped(start, years * 12);
  const era = (z / 146097) | 0;
  const dayOfEra = z - era * 146097;
  const yearOfEra =
    ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36524) | 0) - ((dayOfEra / 146096) | 0)) /
      365) |
    0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const target = era * 400 + yearOfEra + years; // March-based year, non-negative here
  const marchFirst =
    365 * target + ((target / 4) | 0) - ((target / 100) | 0) + ((target / 400) | 0) - 719468;
  const leapNext = ((target + 1) % 4 === 0 && (target + 1) % 100 !== 0) || (target + 1) % 400 === 0;
  return marchFirst + (dayOfYear === 365 && !leapNext ? 364 : dayOfYear);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. @example isoWeekday(0) //=> 4 */
export function isoWeekday(dayNumber: DayNumber): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** @example civilToIso({ year: 2021, month: 7, day: 9 }) //=> "2021-07-09" */
export function civilToIso({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** @example dayToIso(dayFromCivil(2021, 7, 9)) //=> "2021-07-09" */
export function dayToIso(dayNumber: DayNumber): string {
  return civilToIso(civilFromDay(dayNumber));
}

/**
 * The day number of an ISO `yyyy-mm-dd` string from trusted data; throws on anything else, so a typo in a
 * data file fails loudly at load time.
 * @example isoToDay("1970-01-02") //=> 1
 */
export function isoToDay(iso: string): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`"${iso}" is not a yyyy-mm-dd date`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidCivil(year, month, day)) throw new Error(`"${iso}" is not a calendar date`);
  return dayFromCivil(year, month, day);
}
