import { Reason } from "./outcome";

// Per rule (or limit) and slot: a rule's data does not change during a run, so neither do these texts.
const reasons = new WeakMap<object, Map<string, Reason>>();

/**
 * One Reason per rule and slot, made the first time it is asked for: the reasons a rule's data alone
 * decides ("programme starts on 2021-01-01", "annual cap of 5 reached") were rendered afresh for each
 * of tens of thousands of offsets that share a few of them. Reasons are never changed once made, so
 * offsets may share one. `slot` must name everything the reason depends on besides the rule.
 * @example sharedReason(rule, "starts", () => reason("r_starts", { date: "2021-01-01" })) === sharedReason(rule, "starts", () => reason("r_starts", { date: "2021-01-01" })) //=> true
 */
export function sharedReason(owner: object, slot: string, make: () => Reason): Reason {
  let slots = reasons.get(owner);
  if (slots === undefined) reasons.set(owner, (slots = new Map()));
  let shared = slots.get(slot);
  if (shared === undefined) slots.set(slot, (shared = make()));
  return shared;
}
