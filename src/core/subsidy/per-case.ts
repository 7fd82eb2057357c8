import { DayNumber } from "../dates/civil";
import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { BUILT_IN_PROGRAMME_FIGURES } from "./built-in-figures";
import { caseAmount } from "./case-amount";
import { costBaseWords } from "./format";
import { SubsidyEvent, parseEventKind, parseEventRightType } from "./events";
import { canonicalOffice } from "../offices/office-names";
import { isInForce } from "./period";
import { Programme, findProgramme } from "./programme";
import { ruleMatches } from "./rule-match";

/**
 * Optional inputs of `perCaseAmount`.
 * @example perCaseAmount("SZ-INS-2024", "premium-paid", "CN", day, { costBase: new Money(30000) }).toString() //=> "15000"
 */
export interface PerCaseOptions {
  /** Kind of right, as a subsidy right type or a patent kind in any accepted language; default invention,
   * or trademark for a registration. */
  rightType?: string;
  /** The cost a percent rule takes its share of (premium, annuity, filing costs …), in the programme's currency. */
  costBase?: Money;
  /** Units per case, e.g. countries designated in a Madrid registration; default 1. */
  units?: number;
  /** Programmes to look the id up in; default the built-in ones (their figures: no texts are read). */
  programmes?: readonly Programme[];
  /** Let draft rows pay (default: a draft pays 0). */
  includeDrafts?: boolean;
}

/**
 * What programme `programmeId` pays for ONE event on `date`, as the IP.SUBSIDY custom function shows it:
 * the matching applicant rules in force, each cut to its per-case cap; in a stacking group only the
 * largest counts; no yearly caps, first-time bonus or limits (those depend on the rest of the
 * portfolio: use `applyProgrammes`). 0 when no rule of the programme is in force on `date` or none
 * matches, or when a ban covers the case (a limit with rate 0, such as CNIPA's end of filing-stage subsidies). A DomainError for an unknown programme, event kind, office or right type, and for a percent
 * rule without a cost base.
 * @example perCaseAmount("SZ-2021", "grant", "US", isoToDay("2021-05-01")).toString() //=> "40000"
 * @example perCaseAmount("SZ-2021", "grant", "CN", isoToDay("2021-05-01")).toString() //=> "2500"
 * @example perCaseAmount("SZ-2021", "publication", "PCT", isoToDay("2021-05-01")).toString() //=> "10000"
 * @example perCaseAmount("SZ-2021", "grant", "US", isoToDay("2022-05-01")).toString() //=> "0"
 * @example perCaseAmount("SZ-2021", "registration", "EM", isoToDay("2021-05-01")).toString() //=> "3000"
 * @example perCaseAmount("SZ-2021", "publication", "PCT", isoToDay("2021-09-30")).toString() //=> "0"
 */
export function perCaseAmount(
  programmeId: string,
  event: string,
  jurisdiction: string,
  date: DayNumber,
  options: PerCaseOptions = {}
): Money {
  const programme = findProgramme(programmeId, options.programmes ?? BUILT_IN_PROGRAMME_FIGURES);
  if (!Number.isInteger(date)) {
    throw new DomainError("invalid-date", "date", `date ${String(date)} is not a day number.`);
  }
  const eventKind = parseEventKind(event);
  const oneCase: SubsidyEvent = {
    rightId: "one case",
    applicant: "one applicant",
    event: eventKind,
    jurisdiction: canonicalOffice(jurisdiction),
    // A registration is a trademark's event (patents are granted): price it as a trademark by default.
    rightType: parseEventRightType(
      options.rightType ?? (eventKind === "registration" ? "trademark" : "invention")
    ),
    date,
    costBase: options.costBase,
    units: options.units,
  };
  const best = new Map<string, Money>();
  let total = new Money(0);
  for (const rule of programme.rules) {
    if (rule.role !== "pays" || rule.beneficiary !== "applicant") continue;
    if (!ruleMatches(rule, oneCase) || !isInForce(rule, date)) continue;
    if (rule.status === "draft" && !options.includeDrafts) continue;
    if (rule.amountType === "percent" && options.costBase === undefined) {
      throw new DomainError(
        "invalid-number",
        "costBase",
        `${rule.id} pays a share of the ${costBaseWords(rule.costBase)}: give that amount as costBase.`
      );
    }
    const amount = caseAmount(rule, oneCase).capped;
    if (rule.stackingGroup === undefined) total = total.plus(amount);
    else best.set(rule.stackingGroup, Money.max(best.get(rule.stackingGroup) ?? 0, amount));
  }
  for (const amount of best.values()) total = total.plus(amount);
  if (!total.isZero() && banned(oneCase, programme, options)) return new Money(0);
  return total;
}

/**
 * True when a ban (a limit row with rate 0) of any programme covers this case: CNIPA ended filing-stage
 * patent subsidies on 2021-06-30 (国知发保字〔2021〕1号), so a PCT publication from 2021-07-01 earns 0.
 */
function banned(oneCase: SubsidyEvent, programme: Programme, options: PerCaseOptions): boolean {
  for (const other of options.programmes ?? BUILT_IN_PROGRAMME_FIGURES) {
    for (const rule of other.rules) {
      if (rule.role !== "limit" || rule.rate === undefined || !rule.rate.isZero()) continue;
      if (rule.status === "draft" && !options.includeDrafts) continue;
      if (!ruleMatches(rule, oneCase) || !isInForce(rule, oneCase.date)) continue;
      const covers =
        rule.scope === "programme"
          ? rule.programme === programme.id
          : programme.rules.some((r) => r.currency === rule.currency);
      if (covers) return true;
    }
  }
  return false;
}
