import { DayNumber, addYearsClamped } from "../../dates/civil";
import { valueInForce } from "../../rules/dated-series";
import { RIGHT_KINDS, RightKind } from "./right-kind";
import { CN_RULES, CnRules } from "./rules";

/** Built once: the hot path must not build a string per call. */
const TERM_RULE_NAME: Record<RightKind, string> = {
  invention: "term rule for invention filings",
  utility: "term rule for utility filings",
  design: "term rule for design filings",
};

/**
 * The term in years of a right filed on `filing` (Patent Law Art. 42: invention 20, utility model 10,
 * design 10, or 15 for designs filed on or after 2021-06-01, the date the 2020 amendment came into force).
 * @example termYears("design", dayFromCivil(2021, 6, 1)) //=> 15
 */
export function termYears(kind: RightKind, filing: DayNumber, rules: CnRules = CN_RULES): number {
  // Named property loads: V8 keeps them monomorphic, where rules.terms[kind] with three keys is not.
  const terms = rules.terms;
  const series =
    kind === "invention" ? terms.invention : kind === "utility" ? terms.utility : terms.design;
  // The newest rule in force on the filing date, looked up here rather than by the general valueInForce:
  // its loads see term rules only, so V8 keeps them monomorphic (a design filed before 2021-06-01, under
  // the older rule, took a third of a due date's time through the general lookup).
  for (let index = series.length - 1; index >= 0; index -= 1)
    if (filing >= series[index].from) return series[index].value.years;
  // Filed before the data starts: the general lookup's error.
  return valueInForce(series, filing, TERM_RULE_NAME[kind]).years;
}

/**
 * The last day of the term: the day before the anniversary that would start the year after the last one
 * (docs/offices/cn.md CN-E8: the last day of year 20 is the last day of an invention patent). Not shifted for holidays.
 * @example dayToIso(termEnd("invention", dayFromCivil(2018, 7, 9))) //=> "2038-07-08"
 */
export function termEnd(kind: RightKind, filing: DayNumber, rules: CnRules = CN_RULES): DayNumber {
  return addYearsClamped(filing, termYears(kind, filing, rules)) - 1;
}

/**
 * The longest term of any kind filed on `filing`: the bound for functions that take no kind, such as a due
 * date, which does not depend on the kind.
 * @example longestTermYears(dayFromCivil(2020, 1, 1)) //=> 20
 */
export function longestTermYears(filing: DayNumber, rules: CnRules = CN_RULES): number {
  return Math.max(...RIGHT_KINDS.map((kind) => termYears(kind, filing, rules)));
}
