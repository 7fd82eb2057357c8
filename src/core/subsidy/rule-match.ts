import { SubsidyEvent } from "./events";
import { officeInGroup } from "./jurisdiction-group";
import { SubsidyRule } from "./programme";

/**
 * True when a rule is about this kind of event: same trigger, a right type it names (or "any"), an office
 * in one of its jurisdiction groups and, when the rule lists offices, one of those. Dates, status and
 * caps are not looked at here: a rule that matches but is not in force still shows up, with 0 and the
 * reason, so the user sees why a programme did not pay.
 * @example ruleMatches(szDomesticInventionGrant, { ...grant, jurisdiction: "CN", rightType: "invention" }) //=> true
 */
export function ruleMatches(rule: SubsidyRule, event: SubsidyEvent): boolean {
  return (
    rule.trigger === event.event &&
    (rule.rightTypes.includes("any") || rule.rightTypes.includes(event.rightType)) &&
    rule.jurisdictionGroups.some((group) => officeInGroup(event.jurisdiction, group)) &&
    (rule.offices === undefined || rule.offices.includes(event.jurisdiction))
  );
}
