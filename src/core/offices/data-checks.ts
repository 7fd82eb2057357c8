import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { readingOf } from "../rules/source-read-on";
import { Confidence } from "./office-pack";

/**
 * Checks shared by the office data loaders. Each names the file and the key it rejects, so a malformed
 * office file (or a user's correction of one) fails when loaded, with a message that points at the entry.
 */
export function dataError(file: string, key: string, problem: string): DomainError {
  return new DomainError("invalid-data", key, `${file}: ${key} ${problem}.`);
}

export function asObject(value: unknown, file: string, key: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw dataError(file, key, "is not an object");
  return value as Record<string, unknown>;
}

export function asArray(value: unknown, file: string, key: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0)
    throw dataError(file, key, "is not a non-empty list");
  return value;
}

/** An amount written as a decimal string, 0 or more ("4300", "1340.50"); numbers are refused. */
export function asAmount(value: unknown, file: string, key: string): Money {
  if (typeof value !== "string" || !/^\d+(\.\d+)?$/.test(value))
    throw dataError(
      file,
      key,
      `is ${JSON.stringify(value)}, not an amount written as a string such as "4300"`
    );
  return new Money(value);
}

const GRADES: readonly Confidence[] = ["HIGH", "MED", "LOW", "UNCONFIRMED"];

/** A confidence grade: HIGH, MED, LOW or UNCONFIRMED. */
export function asConfidence(value: unknown, file: string, key: string): Confidence {
  if (typeof value !== "string" || !GRADES.includes(value as Confidence))
    throw dataError(file, key, `is ${JSON.stringify(value)}, not one of ${GRADES.join(", ")}`);
  return value as Confidence;
}

/** `verified` must be true exactly for HIGH figures. */
export function checkVerified(
  value: unknown,
  confidence: Confidence,
  file: string,
  key: string
): boolean {
  if (typeof value !== "boolean" || value !== (confidence === "HIGH"))
    throw dataError(
      file,
      key,
      `is ${JSON.stringify(value)}: it must be true for HIGH figures and false otherwise (here ${confidence})`
    );
  return value;
}

/**
 * What the bundles carry in place of an office file's source record: the build checked the record (a
 * title naming the public document) and left it out, as no cell or sheet shows it
 * (scripts/doc-free-data.cjs, SOURCES_MARKED).
 */
export const SOURCE_CHECKED_AT_BUILD = 1;

/**
 * Checks that a figure has its public source: a title, optionally an http(s) link, and how it was read
 * (rules/source-read-on.ts); or the build's mark that it had one (SOURCE_CHECKED_AT_BUILD). Nothing of it
 * is kept: the data file and docs/sources.md (written from it) cite it.
 */
export function checkSource(value: unknown, file: string, key: string): void {
  if (value === SOURCE_CHECKED_AT_BUILD) return;
  const source = asObject(value, file, key);
  if (typeof source.title !== "string" || source.title.trim() === "")
    throw dataError(file, `${key}.title`, "is missing: name the public document");
  if (
    source.url !== undefined &&
    (typeof source.url !== "string" || !/^https?:\/\//.test(source.url))
  )
    throw dataError(file, `${key}.url`, "is not an http(s) link");
  readingOf(source, `${file} ${key}`);
}

/** A whole-year band [first, last] with 1 ≤ first ≤ last. */
export function asYears(value: unknown, file: string, key: string): [number, number] {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((year) => Number.isInteger(year) && year >= 1) ||
    value[0] > value[1]
  )
    throw dataError(file, key, `is ${JSON.stringify(value)}, not a band of years such as [1, 3]`);
  return [value[0], value[1]];
}

/** Bands must follow each other without gap or overlap, from `first` to their end. */
export function checkContiguous(
  bands: readonly { years: [number, number] }[],
  first: number,
  file: string,
  key: string
): void {
  let next = first;
  bands.forEach((band, index) => {
    if (band.years[0] !== next)
      throw dataError(
        file,
        `${key}[${index}].years`,
        `starts at ${band.years[0]}, expected ${next}`
      );
    next = band.years[1] + 1;
  });
}
