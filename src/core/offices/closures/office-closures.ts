import raw from "../../../data/offices/closures.json";
import { DayNumber, civilFromDay, isoToDay, isoWeekday } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { asArray, asConfidence, asObject, checkSource, dataError } from "../data-checks";
import { Confidence, OfficeCode } from "../office-pack";

const FILE = "closures.json";

/**
 * The days an office is closed, which move the last day to pay a fee to the office's next open day
 * (JP 特許法 Art. 3(2), US 35 U.S.C. 21(b), KR 특허법 Art. 14(4), EPO and Unitary Patent Rule 134(1) EPC).
 * Saturdays and Sundays are closed at every one of them.
 */
export interface OfficeCalendar {
  /** The office whose data this is (UP uses the EPO's). */
  readonly office: "JP" | "US" | "KR" | "EP";
  /** The calendar years whose closing days are all in the data; other years: weekends and `closed` only. */
  readonly coveredYears: ReadonlySet<number>;
  /** Every closing day in the data that is not a weekend day. */
  readonly closed: ReadonlySet<DayNumber>;
  readonly rule: string;
  readonly confidence: Confidence;
}

/** Where a formal last day lands once the office's closed days are taken into account. */
export interface OpenDay {
  /** The formal day itself when the office is open then, else its next open day. */
  readonly day: DayNumber;
  /** False when a day between the formal and the open day lies in a year without closing days in the data. */
  readonly covered: boolean;
}

const CALENDAR_OFFICE: Partial<Record<OfficeCode, OfficeCalendar["office"]>> = {
  JP: "JP",
  US: "US",
  KR: "KR",
  EP: "EP",
  UP: "EP",
};

function loadCalendar(office: OfficeCalendar["office"], value: unknown): OfficeCalendar {
  const key = `offices.${office}`;
  const entry = asObject(value, FILE, key);
  if (typeof entry.rule !== "string" || entry.rule === "")
    throw dataError(FILE, `${key}.rule`, "is missing: state the rule that moves a deadline");
  asArray(entry.source, FILE, `${key}.source`).forEach((source, i) =>
    checkSource(source, FILE, `${key}.source[${i}]`)
  );
  const closed = new Set<DayNumber>();
  const coveredYears = new Set<number>();
  const addDay = (iso: string, where: string) => {
    let day: DayNumber;
    try {
      day = isoToDay(iso);
    } catch {
      throw dataError(FILE, where, `has ${JSON.stringify(iso)}, not a date`);
    }
    if (isoWeekday(day) <= 5) closed.add(day);
  };
  const years = entry.years;
  if (!Array.isArray(years)) throw dataError(FILE, `${key}.years`, "is not a list");
  years.forEach((item, i) => {
    const where = `${key}.years[${i}]`;
    const year = asObject(item, FILE, where);
    if (!Number.isInteger(year.year) || coveredYears.has(year.year as number))
      throw dataError(FILE, `${where}.year`, "is missing or repeated");
    coveredYears.add(year.year as number);
    if (!Array.isArray(year.closed)) throw dataError(FILE, `${where}.closed`, "is not a list");
    for (const monthDay of year.closed) addDay(`${year.year}-${monthDay}`, `${where}.closed`);
  });
  const also = entry.alsoClosed ?? [];
  if (!Array.isArray(also)) throw dataError(FILE, `${key}.alsoClosed`, "is not a list");
  also.forEach((item, i) => {
    const where = `${key}.alsoClosed[${i}]`;
    const span = asObject(item, FILE, where);
    checkSource(span.source, FILE, `${where}.source`);
    const from = isoToDay(String(span.from));
    const to = isoToDay(String(span.to));
    if (to < from) throw dataError(FILE, where, "ends before it starts");
    for (let day = from; day <= to; day += 1) if (isoWeekday(day) <= 5) closed.add(day);
  });
  return {
    office,
    coveredYears,
    closed,
    rule: entry.rule,
    confidence: asConfidence(entry.confidence, FILE, `${key}.confidence`),
  };
}

/** Builds every calendar of a closures file (exported for tests of malformed data). */
export function loadClosures(data: unknown): Map<OfficeCalendar["office"], OfficeCalendar> {
  const offices = asObject(asObject(data, FILE, "file").offices, FILE, "offices");
  const calendars = new Map<OfficeCalendar["office"], OfficeCalendar>();
  for (const office of ["JP", "US", "KR", "EP"] as const) {
    calendars.set(office, loadCalendar(office, offices[office]));
  }
  return calendars;
}

const CALENDARS = loadClosures(raw);

/** The closure calendar an office's deadlines follow; undefined where none is in our data (DE, FR, NL, GB, CN here). */
export function calendarOf(office: OfficeCode): OfficeCalendar | undefined {
  const code = CALENDAR_OFFICE[office];
  return code ? CALENDARS.get(code) : undefined;
}

/** True when the office is open on `day`. */
export function isOfficeOpen(calendar: OfficeCalendar, day: DayNumber): boolean {
  return isoWeekday(day) <= 5 && !calendar.closed.has(day);
}

/**
 * The first day on or after `formal` on which the office is open: the last day a payment due on `formal`
 * is still in time. JPO: Sunday 2028-03-05 … (no holiday) → Monday 2028-03-06.
 * @example nextOpenDay(calendarOf("US")!, isoToDay("2027-03-14")) //=> { day: isoToDay("2027-03-15"), covered: true }
 */
export function nextOpenDay(calendar: OfficeCalendar, formal: DayNumber): OpenDay {
  const found = openDayOf(calendar, formal);
  return { day: openDayFound(found), covered: (found & 1) === 1 };
}

/**
 * nextOpenDay as one number, `day × 2 + 1` when every year it crossed is covered and `day × 2` when not
 * (read it with openDayFound and `& 1`): a mixed portfolio asks for hundreds of thousands of days, most
 * of them open, and this makes no object per question. Days from 1970 to 2149 are remembered per
 * calendar in a typed array (a calendar does not change once loaded); others are searched each time.
 * @example openDayFound(openDayOf(calendarOf("US")!, isoToDay("2027-03-14"))) //=> isoToDay("2027-03-15")
 */
export function openDayOf(calendar: OfficeCalendar, formal: DayNumber): number {
  if (formal < 0 || formal >= REMEMBERED_DAYS) return searchOpenDay(calendar, formal);
  let found = openDays.get(calendar);
  if (found === undefined) openDays.set(calendar, (found = new Int32Array(REMEMBERED_DAYS)));
  // 0 for a day not asked yet: a found day is stored plus one.
  const known = found[formal];
  if (known !== 0) return known - 1;
  const open = searchOpenDay(calendar, formal);
  found[formal] = open + 1;
  return open;
}

/** The day of an openDayOf answer. */
export const openDayFound = (found: number): DayNumber => Math.floor(found / 2);

/** Days 0 (1970-01-01) to 65,535 (2149-06-06). */
const REMEMBERED_DAYS = 65_536;
const openDays = new WeakMap<OfficeCalendar, Int32Array>();

/** nextOpenDay's search, day by day, as openDayOf's number. */
function searchOpenDay(calendar: OfficeCalendar, formal: DayNumber): number {
  let day = formal;
  let covered = calendar.coveredYears.has(civilFromDay(day).year);
  // The longest closure in the data (JP year end with a weekend, EPO Christmas) bounds this loop.
  for (let guard = 0; !isOfficeOpen(calendar, day); guard += 1) {
    if (guard > 60) throw new DomainError("invalid-data", FILE, `${FILE}: no open day found.`);
    day += 1;
    if (!calendar.coveredYears.has(civilFromDay(day).year)) covered = false;
  }
  return day * 2 + (covered ? 1 : 0);
}

/**
 * The calendar years from `from` to `to` (inclusive) whose closing days at `office` are not in our data.
 * @example yearsWithoutClosures("JP", isoToDay("2027-06-01"), isoToDay("2029-01-01")) //=> [2028, 2029]
 */
export function yearsWithoutClosures(office: OfficeCode, from: DayNumber, to: DayNumber): number[] {
  const calendar = calendarOf(office);
  if (!calendar) return [];
  const years: number[] = [];
  for (let year = civilFromDay(from).year; year <= civilFromDay(to).year; year += 1)
    if (!calendar.coveredYears.has(year)) years.push(year);
  return years;
}

/**
 * The last calendar year whose closing days at `office` are all in our data; undefined without any.
 * @example closuresCoverageEnd("JP") //=> 2027
 */
export function closuresCoverageEnd(office: OfficeCode): number | undefined {
  const years = [...(calendarOf(office)?.coveredYears ?? [])];
  return years.length > 0 ? Math.max(...years) : undefined;
}
