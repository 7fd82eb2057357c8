import { DayNumber, addYearsClamped, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { usEntity } from "../entity";
import { FeeLine, OfficePack, OfficeRight } from "../office-pack";
import { SCHEDULE_MAY_CHANGE, mayChange } from "../schedule-flags";
import { usDueDate, usGraceEnd, usWindowOpens } from "./due-dates";
import { US_KINDS, usKind } from "./kind";
import { US_SCHEDULE_NAME, usMaintenanceFee } from "./maintenance-fee";
import { indexInForce, noRuleInForceMessage } from "../../rules/dated-series";
import { usLateFee } from "./surcharge";
import { US_DATA, UsData, UsStage } from "./us-data";

const STAGES: readonly UsStage[] = [1, 2, 3];

/**
 * The maintenance fees of a US patent, one line per stage with the stage number as its year: due the
 * last day without surcharge (grant + 3½, 7½, 11½ years), last day the end of the grace period (grant +
 * 4, 8, 12 years), priced with the schedule in force on the due date for the right's entity size. A stage
 * whose window opens on or after the end of the 20-year term (from filing, without adjustment) is not
 * payable. Design and plant patents have no maintenance fees (35 U.S.C. 41(b)): an empty schedule.
 */
export function usSchedule(right: OfficeRight, data: UsData = US_DATA): FeeLine[] {
  const kind = usKind(right.kind);
  const entity = usEntity(right.entity, "entity");
  if (kind !== "utility") return [];
  if (right.grant === undefined)
    throw new DomainError(
      "invalid-date",
      "grantDate",
      "US maintenance fees count from the issue (grant) date: give it as the grant date."
    );
  const grant: DayNumber = right.grant;
  if (grant < right.filing)
    throw new DomainError(
      "date-order",
      "grantDate",
      `The issue date ${dayToIso(grant)} is before the filing date ${dayToIso(right.filing)}.`
    );
  const termEnd = addYearsClamped(right.filing, 20);
  const newest = data.maintenance[data.maintenance.length - 1].from;
  return STAGES.filter((stage) => usWindowOpens(grant, stage) < termEnd).map((stage) => {
    const due = usDueDate(grant, stage);
    const line = {
      year: stage,
      due,
      lastDay: usGraceEnd(grant, stage),
      currency: "USD" as const,
      flags: mayChange(due, newest) ? [SCHEDULE_MAY_CHANGE] : [],
    };
    // A due date before the data starts: checked, not thrown (an exception per line is slow).
    if (indexInForce(data.maintenance, due) < 0)
      return {
        ...line,
        amount: undefined,
        confidence: "UNCONFIRMED" as const,
        missing: noRuleInForceMessage(data.maintenance, due, US_SCHEDULE_NAME),
      };
    const fee = usMaintenanceFee(stage, entity, due, data);
    return { ...line, amount: fee.amount, confidence: fee.confidence };
  });
}

/** The United States Patent and Trademark Office: maintenance fees of utility patents, in USD. */
export const US_PACK: OfficePack = {
  code: "US",
  currency: "USD",
  kinds: US_KINDS,
  schedule: (right) => usSchedule(right),
  lateFee: (_fee: Money, due: DayNumber, paid: DayNumber, entity?: string) =>
    usLateFee(usEntity(entity, "entity"), due, paid),
};
