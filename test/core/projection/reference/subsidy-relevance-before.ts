import { programmesFor } from "../../../../src/core/projection/apply-subsidies";
import { SubsidyEvent } from "../../../../src/core/subsidy/events";
import { Programme, SubsidyRule } from "../../../../src/core/subsidy/programme";
import { ruleMatches } from "../../../../src/core/subsidy/rule-match";

// subsidyRelevance before issue 14 kept its answers per applicant, kind, office and right type: each
// event was compared with its applicant's rules about its kind. Oracle of subsidy-relevance-equality.

export function subsidyRelevanceBefore(
  programmes: readonly Programme[],
  locations: ReadonlyMap<string, string>
): (event: SubsidyEvent) => boolean {
  const rulesOf = new Map<string, Map<string, SubsidyRule[]>>();
  return (event) => {
    let byTrigger = rulesOf.get(event.applicant);
    if (byTrigger === undefined) {
      byTrigger = new Map();
      for (const programme of programmesFor(locations.get(event.applicant), programmes)) {
        for (const rule of programme.rules) {
          const list = byTrigger.get(rule.trigger);
          if (list) list.push(rule);
          else byTrigger.set(rule.trigger, [rule]);
        }
      }
      rulesOf.set(event.applicant, byTrigger);
    }
    const rules = byTrigger.get(event.event);
    return rules !== undefined && rules.some((rule) => ruleMatches(rule, event));
  };
}
