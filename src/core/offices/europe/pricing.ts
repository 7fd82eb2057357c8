import { DayNumber } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { Dated, indexInForce, noRuleInForce, noRuleInForceMessage } from "../../rules/dated-series";
import { Confidence } from "../office-pack";
import { RenewalTable, ReportedChange } from "./renewal-table";

/** A validated data file of one European office, as its loader returns it. */
export interface RenewalData {
  /** The data file's name, for messages. */
  file: string;
  /** What the tables price, in words: "EPO renewal-fee table". */
  what: string;
  renewal: Dated<RenewalTable>[];
  reported: Dated<ReportedChange>[];
}

/** A renewal fee priced on a day, with its grade and the flags it carries. */
export interface PricedFee {
  amount: Money | undefined;
  confidence: Confidence;
  flags: string[];
  notes: string[];
  missing?: string;
}

/** The flag of an amount priced with the latest table although a newer schedule is reported. */
export const NEWER_SCHEDULE_REPORTED = "newer-schedule-reported";

/** Euro cents and pence: half away from zero, once, at the end of each fee's computation. */
export function roundCents(amount: Money): Money {
  return amount.toDecimalPlaces(2, Money.ROUND_HALF_UP);
}

/**
 * The fee of `year` from the table in force on `day` (the payment date, or the due date where the office
 * selects by it). A day before the data starts throws "no-rule-in-force"; a figure without an amount is
 * returned with `missing` set. From the day a newer schedule is reported (and the table in force is older
 * than it), the amount carries the flag "newer-schedule-reported".
 */
export function priceRenewal(data: RenewalData, year: number, day: DayNumber): PricedFee {
  const index = indexInForce(data.renewal, day);
  if (index < 0) throw noRuleInForce(data.renewal, day, data.what);
  const { value: table, from: tableFrom } = data.renewal[index];
  const figure = table.figures.get(year);
  if (!figure)
    throw new DomainError("year-outside-term", "year", `${data.what}: no fee for year ${year}.`);
  const flags: string[] = [];
  const notes: string[] = [];
  // The newest schedule reported by `day` and after the table's start (no array per fee line).
  const reportedIndex = indexInForce(data.reported, day);
  const reported =
    reportedIndex >= 0 && data.reported[reportedIndex].from > tableFrom
      ? data.reported[reportedIndex]
      : undefined;
  if (reported && figure.amount !== undefined) {
    flags.push(NEWER_SCHEDULE_REPORTED);
    notes.push(reported.value.note);
  }
  return {
    amount: figure.amount,
    confidence: figure.confidence,
    flags,
    notes,
    ...(figure.missing === undefined ? {} : { missing: figure.missing }),
  };
}

/**
 * Like `priceRenewal`, for a schedule line: a day before the data starts gives a line without amount and
 * the reason, never an exception, so one old year does not hide the rest of a right's schedule.
 */
export function priceRenewalForSchedule(
  data: RenewalData,
  year: number,
  day: DayNumber
): PricedFee {
  // Checked, not thrown: an exception per line of an old right is slow.
  if (indexInForce(data.renewal, day) >= 0) return priceRenewal(data, year, day);
  return {
    amount: undefined,
    confidence: "UNCONFIRMED",
    flags: [],
    notes: [],
    missing: `${noRuleInForceMessage(data.renewal, day, data.what)} Enter the table that applied then in the workbook fee table.`,
  };
}

/** The amount of a priced fee, or the "#N/A" error that names what is missing. */
export function requireAmount(fee: PricedFee, field: string): Money {
  if (fee.amount === undefined)
    throw new DomainError(
      "figure-unconfirmed",
      field,
      `No amount: ${fee.missing ?? "not in our data"}.`
    );
  return fee.amount;
}

/** The year, a whole number from `first` to `last`, or an error that says which years the office charges. */
export function checkYear(year: number, first: number, last: number, office: string): number {
  if (!Number.isInteger(year) || year < first || year > last) {
    throw new DomainError(
      "year-outside-term",
      "year",
      `year ${year} has no ${office} renewal fee: give a whole year from ${first} to ${last}.`,
      { key: "renewalYear", params: { year, office, first, last } }
    );
  }
  return year;
}
