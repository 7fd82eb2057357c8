import { DayNumber, isoToDay } from "../dates/civil";
import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";

/**
 * Small validators for the finance data files (src/data/finance/*.json) and a user's rows: each names the
 * file and key it rejects, e.g. "src/data/finance/programmes.json: programmes[2].interest.share".
 */
export type Where = string;

export function reject(where: Where, problem: string): never {
  throw new DomainError("invalid-data", where, `${where}: ${problem}.`);
}

export function objectAt(value: unknown, where: Where): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    reject(where, "expected an object");
  return value as Record<string, unknown>;
}

export function arrayAt(value: unknown, where: Where): unknown[] {
  if (!Array.isArray(value)) reject(where, "expected a list");
  return value as unknown[];
}

/** Rejects keys the schema does not know, so a typo ("perYearCaps") fails loudly. */
export function onlyKeys(
  record: Record<string, unknown>,
  allowed: readonly string[],
  where: Where
) {
  for (const key of Object.keys(record))
    if (!allowed.includes(key)) reject(`${where}.${key}`, "unknown key");
}

export function textAt(record: Record<string, unknown>, key: string, where: Where): string {
  const value = record[key];
  if (typeof value !== "string" || value.trim() === "") reject(`${where}.${key}`, "expected text");
  return (value as string).trim();
}

export function optionalTextAt(
  record: Record<string, unknown>,
  key: string,
  where: Where
): string | undefined {
  return record[key] === undefined ? undefined : textAt(record, key, where);
}

/** A decimal written as a string ("0.0345"), at least 0; `max` bounds it when given. */
export function decimalAt(
  record: Record<string, unknown>,
  key: string,
  where: Where,
  max?: number
): Money {
  const value = record[key];
  if (typeof value !== "string" || !/^\d+(\.\d+)?$/.test(value))
    reject(`${where}.${key}`, 'expected a decimal as a string, e.g. "0.5"');
  const amount = new Money(value as string);
  if (max !== undefined && amount.greaterThan(max))
    reject(`${where}.${key}`, `${value} is above ${max}`);
  return amount;
}

export function optionalDecimalAt(
  record: Record<string, unknown>,
  key: string,
  where: Where,
  max?: number
): Money | undefined {
  return record[key] === undefined ? undefined : decimalAt(record, key, where, max);
}

/** An ISO date, or null where the source does not state it. */
export function dateOrNullAt(
  record: Record<string, unknown>,
  key: string,
  where: Where
): DayNumber | null {
  const value = record[key];
  if (value === null) return null;
  if (typeof value !== "string") reject(`${where}.${key}`, "expected an ISO date or null");
  try {
    return isoToDay(value as string);
  } catch (error) {
    return reject(`${where}.${key}`, (error as Error).message);
  }
}

export function oneOfAt<T extends string>(
  record: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
  where: Where
): T {
  const value = record[key];
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value))
    reject(`${where}.${key}`, `expected one of ${allowed.join(", ")}`);
  return value as T;
}

export type Confidence = "HIGH" | "MED" | "LOW";
export const CONFIDENCES: readonly Confidence[] = ["HIGH", "MED", "LOW"];

/** confidence and verified together: verified is allowed only for HIGH. */
export function gradeAt(
  record: Record<string, unknown>,
  where: Where
): { confidence: Confidence; verified: boolean } {
  const confidence = oneOfAt(record, "confidence", CONFIDENCES, where);
  const verified = record.verified;
  if (typeof verified !== "boolean") reject(`${where}.verified`, "expected true or false");
  if (verified && confidence !== "HIGH")
    reject(`${where}.verified`, `only a HIGH item may be verified (this one is ${confidence})`);
  return { confidence, verified: verified as boolean };
}
