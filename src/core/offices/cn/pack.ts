import { DayNumber, addMonthsClamped } from "../../dates/civil";
import { isDomainError } from "../../errors/domain-error";
import { roundToUnit } from "../../money/currency-units";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { cnEntity } from "../entity";
import { FeeLine, OfficePack, OfficeRight } from "../office-pack";
import { graceMonths } from "./deadlines";
import { lateFee, lateFeeBandOn } from "./late-fee";
import { RIGHT_KINDS, parseRightKind } from "./right-kind";
import { CN_RULES, CnRules } from "./rules";
import { annuitySchedule } from "./schedule";

/**
 * Every annual fee of a Chinese right, as the office interface lists fees: from the grant year (with a
 * grant date, the date of the notice to grant) or year 1, in CNY after the reduction the entity value
 * gives (0.85 or 85: pays 15%; 0.7 or 70: pays 30%). The grant-year fee is paid with the registration
 * formalities and has no grace period (实施细则 2023 Art. 60, 114); every later fee may be paid up to six
 * months after its formal due date with a surcharge (Art. 115). Dates are formal.
 * @example cnSchedule({ office: "CN", kind: "invention", filing: dayFromCivil(2018, 7, 9) })[3].amount?.toString() //=> "1200"
 */
export function cnSchedule(right: OfficeRight, rules: CnRules = CN_RULES): FeeLine[] {
  const kind = parseRightKind(right.kind || "invention");
  const reduction = cnEntity(right.entity, "entity");
  const rows = annuitySchedule(
    { kind, filing: right.filing, grant: right.grant, reduction },
    rules
  );
  return rows.map((row, index) => {
    const grantYearFee = right.grant !== undefined && index === 0;
    const schedule = valueInForce(rules.feeSchedules, row.due, "fee schedule");
    // The grade is the fee's own band's, as the data gives it.
    const band = schedule.bands[kind][row.year];
    const line: FeeLine = {
      year: row.year,
      due: row.due,
      lastDay: grantYearFee ? undefined : addMonthsClamped(row.due, graceMonths(rules, row.due)),
      amount: isDomainError(row.payable) ? undefined : roundToUnit(row.payable, "CNY"),
      currency: "CNY",
      confidence: band?.confidence ?? (schedule.verified ? "HIGH" : "LOW"),
      flags: [],
    };
    if (isDomainError(row.payable)) line.missing = row.payable.message;
    return line;
  });
}

/** CNIPA: inventions, utility models and designs, in CNY. */
export const CN_PACK: OfficePack = {
  code: "CN",
  currency: "CNY",
  kinds: RIGHT_KINDS,
  schedule: (right) => cnSchedule(right),
  // The surcharge is a share of the full annual fee by the month of payment (Art. 115).
  lateFee: (fee: Money, due: DayNumber, paid: DayNumber) =>
    lateFee(fee, lateFeeBandOn(due, paid).rate),
};
