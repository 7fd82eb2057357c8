import { SubsidyEvent } from "./events";
import { SubsidyRule } from "./programme";
import { ruleMatches } from "./rule-match";

/**
 * The rules one kind of event (its trigger, office and right type) matches, worked out once: which rules
 * match depends on those three fields only (see ruleMatches), and a portfolio's tens of thousands of
 * events come in a handful of kinds.
 * @example const rules: EventRules = { pays: [szGrant], limits: [cnipaLimit], bonus: true, stacking: false };
 */
export interface EventRules {
  /** The pays rules that match, in the order given. */
  pays: readonly SubsidyRule[];
  /** The limit rules that match, in the order given. */
  limits: readonly SubsidyRule[];
  /** True when some matching pays rule has a first-time bonus. */
  bonus: boolean;
  /** True when two matching pays rules share a stacking group (else stacking changes nothing). */
  stacking: boolean;
}

/**
 * A lookup of the rules each event matches, `ruleMatches` asked once per trigger, office and right type.
 * @example eventRules([szGrant], [cnipaLimit])(cnGrant).pays //=> [szGrant]
 */
export function eventRules(
  pays: readonly SubsidyRule[],
  limits: readonly SubsidyRule[]
): (event: SubsidyEvent) => EventRules {
  // Nested maps (trigger, office, right type): no key text is made per event.
  const known = new Map<string, Map<string, Map<string, EventRules>>>();
  return (event) => {
    let offices = known.get(event.event);
    if (offices === undefined) known.set(event.event, (offices = new Map()));
    let types = offices.get(event.jurisdiction);
    if (types === undefined) offices.set(event.jurisdiction, (types = new Map()));
    let rules = types.get(event.rightType);
    if (rules === undefined) types.set(event.rightType, (rules = rulesOf(event, pays, limits)));
    return rules;
  };
}

function rulesOf(
  event: SubsidyEvent,
  pays: readonly SubsidyRule[],
  limits: readonly SubsidyRule[]
): EventRules {
  const matching = pays.filter((rule) => ruleMatches(rule, event));
  const groups = matching.flatMap((rule) =>
    rule.stackingGroup === undefined ? [] : [rule.stackingGroup]
  );
  return {
    pays: matching,
    limits: limits.filter((rule) => ruleMatches(rule, event)),
    bonus: matching.some((rule) => rule.firstTimeBonus !== undefined),
    stacking: new Set(groups).size < groups.length,
  };
}
