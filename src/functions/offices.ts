/* Custom functions that take the office as an argument: one schedule and one surcharge for every office
 * the add-in covers, through the office packs (src/core/offices/registry.ts). Office-specific functions
 * with richer arguments live beside: functions.ts (CN), jp-kr-us.ts, europe.ts. */
import { serialFromDay } from "../core/dates/excel-serial";
import { DomainError } from "../core/errors/domain-error";
import { roundToUnit } from "../core/money/currency-units";
import { moneyFromCell } from "../core/money/money";
import { officePackNamed } from "../core/offices/registry";
import {
  isBlank,
  readDate,
  readNumber,
  readOptionalDate,
  single,
} from "../core/table/cell-readers";
import { readOptionalCount } from "../core/table/office-readers";
import { forCell, toCellError } from "./cell-errors";

function readText(value: unknown, field: string): string | undefined {
  const one = single(value, field);
  return one === null || one === undefined || isBlank(one) ? undefined : String(one).trim();
}

/**
 * Every fee of a patent at any office we cover, as a spilled table: fee year, due date, last day with surcharge, fee, currency.
 * @customfunction SCHEDULE SCHEDULE
 * @helpurl https://localhost:3000/help/en/SCHEDULE.html
 * @param office "CN", "JP", "US", "EP", "UP", "DE", "FR", "NL", "GB" or "KR" (also office and country names).
 * @param filingDate Filing date (for EP validations and UP: the European filing date).
 * @param [kind] The office's kind: CN "invention"/"utility"/"design"; JP and KR "patent"/"utility"/"design"; US "utility"/"design"/"plant".
 * @param [grantDate] CN notice to grant; JP and KR registration; US issue date; EP, UP and validations the mention of grant.
 * @param [claims] Number of claims, required where the fee depends on it (JP patents and utility models, KR).
 * @param [entity] Entity or size: JP "sme"/"small", US "small"/"micro", EP "micro"; for CN the reduction 0.85/85 or 0.7/70.
 * @returns One row per fee (US: per stage): year, due date, last day with surcharge (blank where none), fee in the office's currency, currency code.
 */
export function schedule(
  office: unknown,
  filingDate: unknown,
  kind?: unknown,
  grantDate?: unknown,
  claims?: unknown,
  entity?: unknown
): any[][] {
  return forCell(() => {
    const pack = officePackNamed(single(office, "office"), "office");
    const lines = pack.schedule({
      office: pack.code,
      kind: readText(kind, "kind") ?? pack.kinds[0],
      filing: readDate(filingDate, "filingDate"),
      grant: readOptionalDate(grantDate, "grantDate"),
      claims: readOptionalCount(claims, "claims", "a whole number of claims such as 10"),
      entity: readText(entity, "entity"),
    });
    // A right without maintenance fees (a US design or plant patent) costs 0: one row that says so.
    if (lines.length === 0) return [["no maintenance fees", "", "", 0, pack.currency]];
    // A fee no source confirms shows #N/A with the reason in its own cell; the other rows stand.
    return lines.map((line) => [
      line.year,
      serialFromDay(line.due),
      line.lastDay === undefined ? "" : serialFromDay(line.lastDay),
      line.amount === undefined
        ? (toCellError(
            new DomainError("figure-unconfirmed", "fee", line.missing ?? "No confirmed figure.")
          ) as unknown as number)
        : line.amount.toNumber(),
      line.currency,
    ]);
  });
}

/**
 * The surcharge an office charges for paying a fee late, in the office's currency.
 * @customfunction LATEFEE LATEFEE
 * @helpurl https://localhost:3000/help/en/LATEFEE.html
 * @param office "CN", "JP", "US", "EP", "UP", "DE", "FR", "NL", "GB" or "KR".
 * @param fee The amount the office computes the surcharge on (CN: the full annual fee; JP: the annual fee; EP, UP, NL, FR: the renewal fee; US, DE, GB, KR: see the help).
 * @param dueDate The formal due date of the fee.
 * @param paidDate The day it is paid.
 * @param [entity] US: "small" or "micro" (the surcharge depends on it).
 * @returns The surcharge, 0 when paid in time; #N/A when the payment is past the last day.
 */
export function lateFeeAnyOffice(
  office: unknown,
  fee: unknown,
  dueDate: unknown,
  paidDate: unknown,
  entity?: unknown
): number {
  return forCell(() => {
    const pack = officePackNamed(single(office, "office"), "office");
    const amount = readNumber(fee, "fee", "the fee the surcharge is computed on, 0 or more");
    if (amount < 0)
      throw new DomainError(
        "negative-amount",
        "fee",
        `fee ${amount} is negative: give 0 or more.`,
        {
          key: "feeNegative",
          params: { value: amount },
        }
      );
    const due = readDate(dueDate, "dueDate");
    const paid = readDate(paidDate, "paidDate");
    const surcharge = pack.lateFee(moneyFromCell(amount), due, paid, readText(entity, "entity"));
    return roundToUnit(surcharge, pack.currency).toNumber();
  });
}
