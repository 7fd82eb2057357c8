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
 * The value in force on `day`: the newest entry starting on or before it. A day before the first entry is
 * an error (never a silent 0), because the data does not say what applied then.
 */
export function valueInForce<T>(series: readonly Dated<T>[], day: DayNumber, what: string): T {
  // Most lookups fall in the newest entry: answer those without a scan (a hot path of projections).
  const last = series.length - 1;
  if (last >= 0 && day >= series[last].from) return series[last].value;
  for (let index = last - 1; index >= 0; index -= 1) {
    if (series[index].from <= day) return series[index].value;
  }
  throw noRuleInForce(series, day, what);
}

function noRuleInForce<T>(series: readonly Dated<T>[], day: DayNumber, what: string): DomainError {
  return new DomainError(
    "no-rule-in-force",
    what,
    `No ${what} in force on ${dayToIso(day)}: the data starts on ${dayToIso(series[0].from)}.`
  );
}
