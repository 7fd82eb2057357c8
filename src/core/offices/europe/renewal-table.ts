import { DayNumber } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { Dated, datedSeries } from "../../rules/dated-series";
import { readingOf } from "../../rules/source-read-on";
import { SOURCE_CHECKED_AT_BUILD } from "../data-checks";
import { Confidence } from "../office-pack";

/**
 * The shape of a European office's data file (src/data/offices/*-fees.json) and its validation. Each file
 * holds renewal-fee tables by effective date, every figure with its public source (checked, not kept:
 * data-checks.ts `checkSource`) and its confidence;
 * a figure nobody could confirm has no amount and says why (`missing`). The loaders of the packs call
 * `parseRenewalTables` and `parseDatedFigures` with their file name, so a malformed entry is rejected at
 * load time with the file and key named.
 */

/** One figure as the data holds it: an amount, or a reason why there is none. */
export interface Figure {
  /** Undefined when the figure is UNCONFIRMED; `missing` then says what is not known. */
  amount: Money | undefined;
  confidence: Confidence;
  /** True only for HIGH figures (official text seen, or two independent sources agree). */
  verified: boolean;
  missing?: string;
}

/** A renewal-fee table in force from its date: one figure per fee year. */
export interface RenewalTable {
  figures: ReadonlyMap<number, Figure>;
}

/** A change of schedule that is reported but whose amounts are unknown: prices carry a flag from `from`. */
export interface ReportedChange {
  from: DayNumber;
  note: string;
}

export interface RawSource {
  title?: unknown;
  url?: unknown;
}

export interface RawFigure {
  amount?: unknown;
  confidence?: unknown;
  verified?: unknown;
  source?: RawSource | typeof SOURCE_CHECKED_AT_BUILD;
  missing?: unknown;
}

export interface RawBand extends RawFigure {
  years?: unknown;
}

export interface RawTable extends RawFigure {
  from?: unknown;
  bands?: RawBand[];
}

export interface RawDatedFigure extends RawFigure {
  from?: unknown;
}

export interface RawReported {
  from?: unknown;
  note?: unknown;
  source?: RawSource | typeof SOURCE_CHECKED_AT_BUILD;
}

const CONFIDENCES: readonly string[] = ["HIGH", "MED", "LOW", "UNCONFIRMED"];

function invalid(where: string, message: string): DomainError {
  return new DomainError("invalid-data", where, `${where}: ${message}`);
}

/** Checks a source: a title and, where given, an https link; or the build's mark that it had them. */
export function checkSourceRecord(
  raw: RawSource | typeof SOURCE_CHECKED_AT_BUILD | undefined,
  where: string
): void {
  if (raw === SOURCE_CHECKED_AT_BUILD) return;
  if (!raw || typeof raw.title !== "string" || raw.title.trim() === "")
    throw invalid(
      `${where}.source`,
      "needs a title naming the public document (statute, fee notice or office page)."
    );
  if (raw.url !== undefined && (typeof raw.url !== "string" || !/^https:\/\/\S+$/.test(raw.url)))
    throw invalid(`${where}.source.url`, "must be an https link.");
  readingOf(raw as Record<string, unknown>, `${where}.source`);
}

/** The grade of a figure or table: confidence and verified (true exactly for HIGH); its source checked. */
export interface Grade {
  confidence: Confidence;
  verified: boolean;
}

/** A figure's or a table's grade; a band without its own grade takes its table's (`inherited`). */
export function parseGrade(raw: RawFigure, where: string, inherited?: Grade): Grade {
  const own = raw.confidence !== undefined;
  const confidence = own ? raw.confidence : inherited?.confidence;
  if (typeof confidence !== "string" || !CONFIDENCES.includes(confidence))
    throw invalid(`${where}.confidence`, `must be one of ${CONFIDENCES.join(", ")}.`);
  const verified = raw.verified ?? (own ? undefined : inherited?.verified);
  if (verified !== (confidence === "HIGH"))
    throw invalid(`${where}.verified`, "must be true for a HIGH figure and false otherwise.");
  // A band without a source of its own has its table's (a table's grade is only made with one).
  if (raw.source !== undefined || !inherited) checkSourceRecord(raw.source, where);
  return { confidence: confidence as Confidence, verified };
}

/**
 * A figure: an amount as a decimal string (never a number, so no binary fraction creeps in) with its
 * grade; or, for an UNCONFIRMED figure, no amount and a `missing` reason.
 */
export function parseFigure(raw: RawFigure, where: string, inherited?: Grade): Figure {
  const { confidence, verified } = parseGrade(raw, where, inherited);
  if (confidence === "UNCONFIRMED") {
    if (raw.amount !== undefined && raw.amount !== null)
      throw invalid(`${where}.amount`, "an UNCONFIRMED figure ships no amount.");
    if (typeof raw.missing !== "string" || raw.missing.trim() === "")
      throw invalid(`${where}.missing`, "an UNCONFIRMED figure must say what is missing.");
    return { amount: undefined, confidence, verified: false, missing: raw.missing };
  }
  if (typeof raw.amount !== "string" || !/^\d+(\.\d{1,2})?$/.test(raw.amount))
    throw invalid(`${where}.amount`, 'must be a decimal text such as "690" or "407.50".');
  return { amount: new Money(raw.amount), confidence, verified };
}

function parseYears(raw: unknown, where: string): [number, number] {
  const match = typeof raw === "string" ? /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(raw) : null;
  if (!match)
    throw invalid(`${where}.years`, 'must be a year such as "3" or a range such as "10-20".');
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (last < first) throw invalid(`${where}.years`, `${raw as string} runs backwards.`);
  return [first, last];
}

/**
 * Renewal tables by effective date. Every table must give each fee year from `firstYear` to `lastYear`
 * exactly once (an amount or a reason it is missing).
 */
export function parseRenewalTables(
  raw: unknown,
  where: string,
  firstYear: number,
  lastYear: number
): Dated<RenewalTable>[] {
  if (!Array.isArray(raw)) throw invalid(where, "must be a list of tables.");
  return datedSeries(
    raw as RawTable[],
    (table) => String(table.from),
    (table, index) => {
      const at = `${where}[${index}]`;
      const grade = parseGrade(table, at);
      if (!Array.isArray(table.bands)) throw invalid(`${at}.bands`, "must be a list of bands.");
      const figures = new Map<number, Figure>();
      table.bands.forEach((band, bandIndex) => {
        const bandAt = `${at}.bands[${bandIndex}]`;
        const [first, last] = parseYears(band.years, bandAt);
        const figure = parseFigure(band, bandAt, grade);
        for (let year = first; year <= last; year += 1) {
          if (year < firstYear || year > lastYear)
            throw invalid(`${bandAt}.years`, `year ${year} is outside ${firstYear}-${lastYear}.`);
          if (figures.has(year)) throw invalid(`${bandAt}.years`, `year ${year} is given twice.`);
          figures.set(year, figure);
        }
      });
      for (let year = firstYear; year <= lastYear; year += 1)
        if (!figures.has(year)) throw invalid(`${at}.bands`, `year ${year} is missing.`);
      return { figures };
    },
    where
  );
}

/** A single figure by effective date, e.g. a surcharge rate or a flat late fee. */
export function parseDatedFigures(raw: unknown, where: string): Dated<Figure>[] {
  if (!Array.isArray(raw)) throw invalid(where, "must be a list of dated figures.");
  return datedSeries(
    raw as RawDatedFigure[],
    (entry) => String(entry.from),
    (entry, index) => parseFigure(entry, `${where}[${index}]`),
    where
  );
}

/** Changes reported without amounts (optional in a file: absent means none). */
export function parseReported(raw: unknown, where: string): Dated<ReportedChange>[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw invalid(where, "must be a list.");
  if (raw.length === 0) return [];
  return datedSeries(
    raw as RawReported[],
    (entry) => String(entry.from),
    (entry, index) => {
      const at = `${where}[${index}]`;
      if (typeof entry.note !== "string" || entry.note.trim() === "")
        throw invalid(`${at}.note`, "must say what is reported.");
      checkSourceRecord(entry.source, at);
      return { from: 0, note: entry.note };
    },
    where
  ).map(({ from, value }) => ({ from, value: { ...value, from } }));
}
