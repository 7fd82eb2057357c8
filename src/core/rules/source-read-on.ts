import { DomainError } from "../errors/domain-error";
import { DayNumber, dayToIso, isoToDay } from "../dates/civil";

const MS_PER_DAY = 86_400_000;

/**
 * The latest day a reading can carry: tomorrow in UTC, so that a reader east of UTC who wrote down their
 * own calendar day is not refused.
 */
export function latestReadingDay(now: number = Date.now()): DayNumber {
  return Math.floor(now / MS_PER_DAY) + 1;
}

/**
 * Checks the optional `sourceReadOn` of a source record: the ISO day someone read the public document
 * and checked the figures against it. Absent means nobody recorded a reading (never a guessed date); a
 * malformed or future date is rejected with the file and key named.
 * @example sourceReadOn({ sourceReadOn: "2026-12-01" }, "x.json bands[0].source", 20789) //=> "2026-12-01"
 */
export function sourceReadOn(
  record: { sourceReadOn?: unknown },
  where: string,
  latest: DayNumber = latestReadingDay()
): string | undefined {
  const value = record.sourceReadOn;
  if (value === undefined) return undefined;
  const fail = (problem: string) =>
    new DomainError("invalid-data", `${where}.sourceReadOn`, `${where}.sourceReadOn: ${problem}.`, {
      location: { file: where.split(" ")[0], key: `${where}.sourceReadOn` },
    });
  let day: DayNumber;
  try {
    if (typeof value !== "string") throw new Error("not text");
    day = isoToDay(value);
  } catch {
    throw fail(`${JSON.stringify(value)} is not a yyyy-mm-dd date`);
  }
  if (day > latest)
    throw fail(
      `${dayToIso(day)} is in the future: record the day the source was actually read, or leave it out`
    );
  return value as string;
}
