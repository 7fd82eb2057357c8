import { DayNumber, civilFromDay, dayFromCivil, dayToIso } from "../dates/civil";
import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { Dated, datedSeries, valueInForce } from "../rules/dated-series";
import {
  arrayAt,
  dateOrNullAt,
  decimalAt,
  objectAt,
  onlyKeys,
  reject,
  textAt,
} from "./data-checks";

/** The two LPR tenors: 1 year and over 5 years (5年期以上). */
export type LprTenor = "1Y" | "5Y";
export const LPR_TENORS: readonly LprTenor[] = ["1Y", "5Y"];

/**
 * Which fixing a rule refers to: the one in force on the date (default); the one in force on the last day
 * of the month before (上月最新, Qingdao); the one in force on 31 December of the date's year (Fujian).
 */
export type LprRule = "in_force" | "prev_month" | "december";
export const LPR_RULES: readonly LprRule[] = ["in_force", "prev_month", "december"];

export interface LprFixing {
  rate: Money;
}

export interface LprTable {
  /** First day of the reformed LPR (2019-08-20). */
  start: DayNumber;
  /** Last fixing seen. */
  confirmedThrough: DayNumber;
  /** Last day whose value is known (the day before the next scheduled fixing). */
  knownUntil: DayNumber;
  series: Record<LprTenor, Dated<LprFixing>[]>;
}

/** One LPR lookup, with what it rests on: the day it refers to, the fixing and whether it is assumed. */
export interface LprReading {
  rate: Money;
  tenor: LprTenor;
  rule: LprRule;
  /** The day whose LPR is used (e.g. the last day of the month before, for prev_month). */
  referenceDay: DayNumber;
  /** Publication date of the fixing that set this value. */
  fixingDay: DayNumber;
  /** True when referenceDay is after the last known value: the rate is assumed unchanged. */
  assumed: boolean;
  /** The message to show with an assumed value, else undefined. */
  assumption?: string;
}

const FILE = "src/data/finance/lpr.json";

/** Validates an LPR table (the built-in file, or rows a user appends) naming the file and key it rejects. */
export function loadLprTable(data: unknown, where = FILE): LprTable {
  const root = objectAt(data, where);
  onlyKeys(root, ["title", "note", "start", "confirmedThrough", "knownUntil", "tenors"], where);
  const start = dateOrNullAt(root, "start", where);
  const confirmedThrough = dateOrNullAt(root, "confirmedThrough", where);
  const knownUntil = dateOrNullAt(root, "knownUntil", where);
  if (start === null || confirmedThrough === null || knownUntil === null)
    reject(where, "start, confirmedThrough and knownUntil must be dates");
  const tenors = objectAt(root.tenors, `${where}: tenors`);
  onlyKeys(tenors, LPR_TENORS, `${where}: tenors`);
  const series = {} as Record<LprTenor, Dated<LprFixing>[]>;
  for (const tenor of LPR_TENORS) {
    const at = `${where}: tenors.${tenor}`;
    const rows = arrayAt(tenors[tenor], at).map((row, index) => {
      const record = objectAt(row, `${at}[${index}]`);
      onlyKeys(record, ["published", "rate", "source"], `${at}[${index}]`);
      // A fixing's source is for people (docs/sources.md): checked when there, not kept; the bundles
      // ship the file without it (scripts/doc-free-data.cjs).
      if (record.source !== undefined) textAt(record, "source", `${at}[${index}]`);
      return {
        published: textAt(record, "published", `${at}[${index}]`),
        rate: decimalAt(record, "rate", `${at}[${index}]`, 0.2),
      };
    });
    series[tenor] = datedSeries(
      rows,
      (row) => row.published,
      (row) => ({ rate: row.rate }),
      at
    );
    if (series[tenor][0].from !== start)
      reject(at, `the first fixing must be on ${dayToIso(start!)}`);
    if (series[tenor][series[tenor].length - 1].from > confirmedThrough!)
      reject(at, "a fixing is after confirmedThrough");
  }
  if (knownUntil! < confirmedThrough!) reject(`${where}.knownUntil`, "is before confirmedThrough");
  return { start: start!, confirmedThrough: confirmedThrough!, knownUntil: knownUntil!, series };
}

/** The day a rule refers to for `day`. */
export function lprReferenceDay(day: DayNumber, rule: LprRule): DayNumber {
  const { year, month } = civilFromDay(day);
  if (rule === "prev_month") return dayFromCivil(year, month, 1) - 1;
  if (rule === "december") return dayFromCivil(year, 12, 31);
  return day;
}

/**
 * The LPR a rule gives for a date. Before 2019-08-20: an error (the reformed LPR did not exist). After the
 * last known value: the last value, marked assumed; with `strict` an error instead.
 * @example lprOn(BUILT_IN_LPR, isoToDay("2024-03-15"), "1Y", "in_force").rate.toString() //=> "0.0345"
 */
export function lprOn(
  table: LprTable,
  day: DayNumber,
  tenor: LprTenor,
  rule: LprRule,
  strict = false
): LprReading {
  const referenceDay = lprReferenceDay(day, rule);
  if (referenceDay < table.start)
    throw new DomainError(
      "no-rule-in-force",
      "date",
      `No LPR on ${dayToIso(referenceDay)}: the reformed LPR starts ${dayToIso(table.start)}; enter the benchmark rate yourself.`,
      {
        key: "lprBeforeStart",
        params: { date: dayToIso(referenceDay), start: dayToIso(table.start) },
      }
    );
  const series = table.series[tenor];
  let fixingDay = series[0].from;
  for (const entry of series) if (entry.from <= referenceDay) fixingDay = entry.from;
  const fixing = valueInForce(series, referenceDay, `${tenor} LPR`);
  const assumed = referenceDay > table.knownUntil;
  const assumption = assumed
    ? `LPR for ${dayToIso(referenceDay)} assumed unchanged since the ${dayToIso(table.confirmedThrough)} fixing (the last one known)`
    : undefined;
  if (assumed && strict)
    throw new DomainError(
      "lpr-assumed",
      "date",
      `${assumption}; strict asks for a known fixing: add the newer fixing or drop strict.`
    );
  return { rate: fixing.rate, tenor, rule, referenceDay, fixingDay, assumed, assumption };
}
