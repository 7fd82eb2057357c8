import { DayNumber } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { CN_RULES, CnRules } from "./rules";

export const REDUCTION_HELP =
  "a fraction from 0 up to (not including) 1 such as 0.85 or 0.7, or the percentages 85 and 70";

/**
 * The reduction as a fraction. Users type 0.85, 0.7 or the statutory percentages 85 and 70 (专利收费减缴办法:
 * one qualifying owner pays 15%, several pay 30%). Anything else outside [0, 1) is an error, because 85
 * meant as "85%" and 0.85 are the only readings we can be sure of.
 * @example parseReduction(85).toString() //=> "0.85"
 */
export function parseReduction(
  value: number,
  field = "reduction",
  rules: CnRules = CN_RULES
): Money {
  if (Number.isFinite(value) && value >= 0 && value < 1) return new Money(String(value));
  // The statutory rates typed as percentages (85, 70), from the data.
  const percent = rules.statutoryReductions.find((rate) => rate.times(100).equals(value));
  if (percent) return percent;
  throw new DomainError(
    "invalid-reduction",
    field,
    `${field} ${value} is not a fee reduction: give ${REDUCTION_HELP}.`,
    { key: "reductionInvalid", params: { value } }
  );
}

/** Payables are shared per (fee, reduction): a portfolio has few distinct ones, and millions of rows. */
const payables = new WeakMap<Money, Map<string, Money>>();
/** A reduction's value as text, made once per instance: rights share their reduction's Money. */
const reductionKeys = new WeakMap<Money, string>();

/**
 * What is paid after a reduction: fee × (1 − reduction). "85%" is the reduction, not the share paid:
 * 900 → 135, not 765 (docs/offices/cn.md).
 * @example payableAfterReduction(new Money(900), new Money("0.85")).toString() //=> "135"
 */
export function payableAfterReduction(fee: Money, reduction: Money): Money {
  let byReduction = payables.get(fee);
  if (!byReduction) payables.set(fee, (byReduction = new Map()));
  let key = reductionKeys.get(reduction);
  if (key === undefined) reductionKeys.set(reduction, (key = reduction.toString()));
  let payable = byReduction.get(key);
  if (!payable) byReduction.set(key, (payable = fee.times(new Money(1).minus(reduction))));
  return payable;
}

/**
 * How many annuity years, starting with the grant year, a reduction covers for a fee due on `dueDay`:
 * 6 under 财税〔2016〕78号 (from 2016-09-01), 10 from 2018-08-01 (财税〔2018〕37号). Before 2016-09-01 the
 * data has no rule, which is an error rather than a guess.
 * @example reductionWindowYears(dayFromCivil(2019, 1, 1)) //=> 10
 */
export function reductionWindowYears(dueDay: DayNumber, rules: CnRules = CN_RULES): number {
  return valueInForce(rules.reductionWindowYears, dueDay, "fee-reduction rule");
}

/** True when annuity year `year` lies in the reduction window that starts with `grantYear`. */
export function isYearReduced(
  year: number,
  grantYear: number,
  dueDay: DayNumber,
  rules: CnRules = CN_RULES
): boolean {
  return year >= grantYear && year < grantYear + reductionWindowYears(dueDay, rules);
}
