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

/** How a source was read, as a source record may carry it beside its title and link. */
export interface Reading {
  sourceReadOn?: string;
  /** A named secondary source, where the primary document could not be read. */
  secondary?: string;
  /** A note on the reading, e.g. that a stored copy of the page was read. */
  note?: string;
}

/**
 * The reading fields of a source record, checked: `sourceReadOn` as above, `secondary` and `note` as
 * non-empty text when present. Every data loader passes its source records through this one check.
 * @example readingOf({ title: "T", sourceReadOn: "2026-12-01", note: "stored copy" }, "x.json a.source", 20789) //=> { sourceReadOn: "2026-12-01", note: "stored copy" }
 */
export function readingOf(
  record: Record<string, unknown>,
  where: string,
  latest: DayNumber = latestReadingDay()
): Reading {
  const reading: Reading = {};
  const readOn = sourceReadOn(record, where, latest);
  if (readOn !== undefined) reading.sourceReadOn = readOn;
  for (const key of ["secondary", "note"] as const) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== "string" || value.trim() === "")
      throw new DomainError("invalid-data", `${where}.${key}`, `${where}.${key}: is not a text.`, {
        location: { file: where.split(" ")[0], key: `${where}.${key}` },
      });
    reading[key] = value;
  }
  return reading;
}
