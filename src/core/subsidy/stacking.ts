import { compareText } from "../table/compare-text";
import { NOTHING, Outcome, cutTo, reason } from "./outcome";

/**
 * Rules in one stacking group exclude each other for the same event: the one paying most after its own
 * caps wins; on equal pay, the larger gross (so a capped rule still names the right reason), then the
 * smaller rule id. The others are set to 0 with the reason (those already at 0 keep their own). Rules outside any group all pay (they stack).
 * Works in place on the outcomes of one event and returns them.
 * @example resolveStacking([euipo3000, otherForeign1000]) // the 1,000 rule gets 0: excluded by stacking group …
 */
export function resolveStacking(outcomes: Outcome[]): Outcome[] {
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    const group = outcome.rule.stackingGroup;
    if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), outcome]);
  }
  for (const [group, members] of groups) {
    if (members.length < 2) continue;
    const winner = [...members].sort(byPayThenId)[0];
    for (const member of members) {
      // A member already at 0 keeps its own reason (cap, period); only money it loses is explained here.
      if (member !== winner && member.applied.greaterThan(0)) {
        cutTo(member, NOTHING, reason("r_stacking", { group, winner: winner.rule.id }));
      }
    }
  }
  return outcomes;
}

function byPayThenId(a: Outcome, b: Outcome): number {
  return (
    b.applied.comparedTo(a.applied) ||
    b.gross.comparedTo(a.gross) ||
    compareText(a.rule.id, b.rule.id)
  );
}
