import { DomainError, isDomainError } from "../errors/domain-error";
import { DayNumber, dayToIso, isoToDay } from "../dates/civil";

/** One value of a legal parameter, in force from `from` until the next entry's `from`. */
export interface Dated<T> {
  from: DayNumber;
  value: T;
}

/**
 * Turns data entries into a sorted dated series, rejecting malformed or unsorted dates with the file and
 * key named, so a broken data file (or a user's override) fails when loaded, not in a cell months later.
 */
export function datedSeries<E, T>(
  entries: readonly E[],
  fromOf: (entry: E) => string,
  valueOf: (entry: E, index: number) => T,
  where: string
): Dated<T>[] {
  if (entries.length === 0) throw new DomainError("invalid-data", where, `${where}: no entries.`);
  const series: Dated<T>[] = [];
  entries.forEach((entry, index) => {
    let from: DayNumber;
    try {
      from = isoToDay(fromOf(entry));
    } catch (error) {
      throw new DomainError(
        "invalid-data",
        where,
        `${where}[${index}]: ${(error as Error).message}.`,
        {
          location: { file: where, index },
        }
      );
    }
    const previous = series[series.length - 1];
    if (previous && from <= previous.from) {
      throw new DomainError(
        "invalid-data",
        where,
        `${where}[${index}]: ${dayToIso(from)} is not after ${dayToIso(previous.from)}; entries must be in date order.`,
        { location: { file: where, index } }
      );
    }
    let value: T;
    try {
      value = valueOf(entry, index);
    } catch (error) {
      // The entry's own checks know the key; the series knows which entry it was.
      throw isDomainError(error) ? error.at({ file: where, index }) : error;
    }
    series.push({ from, value });
  });
  return series;
}

/**
 * The index of the entry in force on `day` (the newest starting on or before it), or -1 when `day` is
 * before the data starts: a check that throws nothing, for the lines of a schedule, where years before the
 * data are common and an exception per line is slow.
 * @example indexInForce([{ from: 10, value: "a" }, { from: 20, value: "b" }], 15) //=> 0
 */
export function indexInForce<T>(series: readonly Dated<T>[], day: DayNumber): number {
  // Most lookups fall in the newest entry: answer those without a scan (a hot path of projections).
  let index = series.length - 1;
  while (index >= 0 && series[index].from > day) index -= 1;
  return index;
}

/**
 * The value in force on `day`, or undefined before the data starts (see `valueInForce`, which throws).
 * @example inForce([{ from: 10, value: "a" }], 5) //=> undefined
 */
export function inForce<T>(series: readonly Dated<T>[], day: DayNumber): T | undefined {
  const index = indexInForce(series, day);
  return index < 0 ? undefined : series[index].value;
}

/**
 * The value in force on `day`: the newest entry starting on or before it. A day before the first entry is
 * an error (never a silent 0), because the data does not say what applied then.
 */
export function valueInForce<T>(series: readonly Dated<T>[], day: DayNumber, what: string): T {
  const index = indexInForce(series, day);
  if (index < 0) throw noRuleInForce(series, day, what);
  return series[index].value;
}

/**
 * Why no entry of `series` is in force on `day`: the message `valueInForce` throws, for a caller that
 * checked with `inForce` and keeps the reason on a line instead.
 * @example noRuleInForceMessage([{ from: isoToDay("2024-04-01"), value: 1 }], isoToDay("2024-03-31"), "EPO renewal-fee table")
 * //=> "No EPO renewal-fee table in force on 2024-03-31: the data starts on 2024-04-01."
 */
export function noRuleInForceMessage<T>(
  series: readonly Dated<T>[],
  day: DayNumber,
  what: string
): string {
  return `No ${what} in force on ${dayToIso(day)}: the data starts on ${dayToIso(series[0].from)}.`;
}

/** The "no-rule-in-force" error `valueInForce` throws, for a caller that checked with `inForce`. */
export function noRuleInForce<T>(
  series: readonly Dated<T>[],
  day: DayNumber,
  what: string
): DomainError {
  return new DomainError("no-rule-in-force", what, noRuleInForceMessage(series, day, what));
}
