import { DayNumber, addYearsClamped, dayToIso } from "../../dates/civil";
import { DomainError, isDomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { jpEntity } from "../entity";
import { FeeLine, OfficePack, OfficeRight } from "../office-pack";
import { SCHEDULE_MAY_CHANGE, mayChange } from "../schedule-flags";
import { noRuleInForceMessage } from "../../rules/dated-series";
import { JpFee, jpAnnualFeeInForce, jpTableName } from "./annual-fee";
import { JP_FIRST_ANNUAL_YEAR, JP_MAX_YEAR, jpGraceEnd, jpTermEnd } from "./due-dates";
import { JP_DATA, JpData, JpKind } from "./jp-data";
import { JP_KINDS, jpKind } from "./kind";
import { jpLateFee } from "./surcharge";

function registrationOf(right: OfficeRight): DayNumber {
  if (right.grant === undefined)
    throw new DomainError(
      "invalid-date",
      "grantDate",
      "A JP right's annual fees count from its registration date (設定登録日): give it as the grant date."
    );
  if (right.grant < right.filing)
    throw new DomainError(
      "date-order",
      "grantDate",
      `The registration date ${dayToIso(right.grant)} is before the filing date ${dayToIso(right.filing)}.`
    );
  return right.grant;
}

/** Due dates of every fee year: the years paid at registration (or filing), then the anniversaries. */
function dueDates(kind: JpKind, filing: DayNumber, registration: DayNumber): DayNumber[] {
  const first = JP_FIRST_ANNUAL_YEAR[kind];
  const upfront = kind === "utility" ? filing : registration;
  const dues: DayNumber[] = [];
  for (let year = 1; year < first; year += 1) dues.push(upfront);
  const end = jpTermEnd(kind, filing, registration);
  for (let year = first; year <= JP_MAX_YEAR[kind]; year += 1) {
    const due = addYearsClamped(registration, year - 1);
    if (due >= end) break;
    dues.push(due);
  }
  return dues;
}

/**
 * Every fee of a JP right from year 1, ordered by due date. Patent years 1-3 (paid together before
 * registration) and design year 1 are due on the registration date, utility model years 1-3 on the filing
 * date, all without a surcharge period; later years on the registration anniversaries, with the 追納
 * period as last day. Each fee is priced with the table in force on its due date (standing in for the
 * payment date); a year that no table of our data prices has no amount and says why.
 */
export function jpSchedule(right: OfficeRight, data: JpData = JP_DATA): FeeLine[] {
  const kind = jpKind(right.kind);
  const registration = registrationOf(right);
  const reduction = jpEntity(right.entity, "entity");
  const series = data.tables[kind];
  const newest = series[series.length - 1].from;
  const first = JP_FIRST_ANNUAL_YEAR[kind];
  return dueDates(kind, right.filing, registration).map((due, index) => {
    const year = index + 1;
    const flags = mayChange(due, newest) ? [SCHEDULE_MAY_CHANGE] : [];
    const lastDay = year < first ? undefined : jpGraceEnd(due, data.surcharge.graceMonths);
    const missing = (reason: string): FeeLine => ({
      year,
      due,
      lastDay,
      amount: undefined,
      currency: "JPY",
      confidence: "UNCONFIRMED",
      flags,
      missing: reason,
    });
    let fee: JpFee | undefined;
    try {
      fee = jpAnnualFeeInForce(
        {
          kind,
          year,
          claims: right.claims,
          reduction,
          payment: due,
          examRequest: right.examRequest,
        },
        data
      );
    } catch (error) {
      // A year no band of the table holds.
      if (!isDomainError(error) || error.code !== "no-rule-in-force") throw error;
      return missing(error.message);
    }
    // A due date before the data starts: checked, not thrown (many lines of an old right).
    if (!fee) return missing(noRuleInForceMessage(series, due, jpTableName(kind)));
    return {
      year,
      due,
      lastDay,
      amount: fee.amount,
      currency: "JPY",
      confidence: fee.confidence,
      flags,
    };
  });
}

/** The Japan Patent Office: patents, utility models and designs, in JPY. */
export const JP_PACK: OfficePack = {
  code: "JP",
  currency: "JPY",
  kinds: JP_KINDS,
  schedule: (right) => jpSchedule(right),
  lateFee: (fee: Money, due: DayNumber, paid: DayNumber) => jpLateFee(fee, due, paid),
};
