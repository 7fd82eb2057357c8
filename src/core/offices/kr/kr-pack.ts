import { DayNumber, addYearsClamped, dayToIso } from "../../dates/civil";
import { DomainError, isDomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { krEntity } from "../entity";
import { FeeLine, OfficePack, OfficeRight } from "../office-pack";
import { SCHEDULE_MAY_CHANGE, mayChange } from "../schedule-flags";
import { KrFee, krAnnualFeeInForce, krTableName } from "./annual-fee";
import { noRuleInForceMessage } from "../../rules/dated-series";
import { KR_MAX_YEAR, krDueDate, krGraceEnd } from "./due-dates";
import { KR_DATA, KrData } from "./kr-data";
import { KR_KINDS, KrKind, krKind } from "./kind";
import { krLateFee } from "./surcharge";

const TERM_YEARS: Record<KrKind, number> = { patent: 20, utility: 10, design: 20 };

/**
 * Every fee of a KR right, ordered by due date: years 1-3 at registration (paid to register, no surcharge
 * period here), then the registration anniversaries while they fall inside the term (patent 20 years,
 * utility model 10, design 20, from filing), each with the end of the 추가납부 period as last day. Years
 * 1-3 are priced by the grant decision date (registration when it is not given), later years by the due
 * date standing in for the payment date. Utility models and designs: rows without amount, saying why.
 */
export function krSchedule(right: OfficeRight, data: KrData = KR_DATA): FeeLine[] {
  const kind = krKind(right.kind);
  krEntity(right.entity, "entity");
  if (right.grant === undefined)
    throw new DomainError(
      "invalid-date",
      "grantDate",
      "A KR right's fees count from its registration date (설정등록일): give it as the grant date."
    );
  const registration: DayNumber = right.grant;
  if (registration < right.filing)
    throw new DomainError(
      "date-order",
      "grantDate",
      `The registration date ${dayToIso(registration)} is before the filing date ${dayToIso(right.filing)}.`
    );
  const termEnd = addYearsClamped(right.filing, TERM_YEARS[kind]);
  const newest = data.patent[data.patent.length - 1].from;
  const lines: FeeLine[] = [];
  for (let year = 1; year <= KR_MAX_YEAR; year += 1) {
    const due = krDueDate(registration, year);
    if (year > 3 && due >= termEnd) break;
    const line = {
      year,
      due,
      lastDay: year <= 3 ? undefined : krGraceEnd(due, data.surcharge.graceMonths),
      currency: "KRW" as const,
      flags: mayChange(due, newest) ? [SCHEDULE_MAY_CHANGE] : [],
    };
    const missingLine = (reason: string): FeeLine => ({
      ...line,
      amount: undefined,
      confidence: "UNCONFIRMED",
      missing: reason,
    });
    if (kind !== "patent") {
      lines.push(missingLine(`No amount: ${data.missing[kind]}.`));
      continue;
    }
    const selector = year <= 3 ? (right.grantDecision ?? registration) : due;
    let fee: KrFee | undefined;
    try {
      fee = krAnnualFeeInForce(year, right.claims, selector, data);
    } catch (error) {
      // A year no band of the table holds.
      if (!isDomainError(error) || error.code !== "no-rule-in-force") throw error;
      lines.push(missingLine(error.message));
      continue;
    }
    // A day before the data starts: checked, not thrown (an exception per line is slow).
    if (!fee)
      lines.push(missingLine(noRuleInForceMessage(data.patent, selector, krTableName(year))));
    else lines.push({ ...line, amount: fee.amount, confidence: fee.confidence });
  }
  return lines;
}

/** The Korean Intellectual Property Office (MOIP, 지식재산처, since 2025-10-01): patents, in KRW. */
export const KR_PACK: OfficePack = {
  code: "KR",
  currency: "KRW",
  kinds: KR_KINDS,
  schedule: (right) => krSchedule(right),
  lateFee: (fee: Money, due: DayNumber, paid: DayNumber) => krLateFee(fee, due, paid),
};
