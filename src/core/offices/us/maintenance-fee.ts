import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { indexInForce, noRuleInForce } from "../../rules/dated-series";
import { UsEntity } from "../entity";
import { Confidence } from "../office-pack";
import { US_DATA, UsData, UsSchedule, UsStage } from "./us-data";

export interface UsFee {
  amount: Money;
  confidence: Confidence;
  /** The start of the schedule used. */
  scheduleFrom: DayNumber;
}

/** What the USPTO schedules are called in messages (the `what` of a "no-rule-in-force" error). */
export const US_SCHEDULE_NAME = "USPTO maintenance-fee schedule";

/** The fee schedule in force on `payment` (the USPTO prices by payment date) and its start. */
export function usScheduleOn(
  payment: DayNumber,
  data: UsData = US_DATA
): { schedule: UsSchedule; from: DayNumber } {
  const index = indexInForce(data.maintenance, payment);
  if (index < 0) throw noRuleInForce(data.maintenance, payment, US_SCHEDULE_NAME);
  return { schedule: data.maintenance[index].value, from: data.maintenance[index].from };
}

/**
 * The maintenance fee of a stage for an entity size, in USD, from the schedule in force on the payment
 * date; the published small and micro amounts, never computed.
 * @example usMaintenanceFee(1, "micro", isoToDay("2025-01-10")).amount.toString() //=> "400"
 */
export function usMaintenanceFee(
  stage: UsStage,
  entity: UsEntity,
  payment: DayNumber,
  data: UsData = US_DATA
): UsFee {
  const { schedule, from } = usScheduleOn(payment, data);
  return {
    amount: schedule.stages[stage][entity],
    confidence: schedule.confidence,
    scheduleFrom: from,
  };
}

/**
 * The grace-period surcharge (37 CFR 1.20(h)), fixed by entity size, in force on the payment date.
 * @example usSurcharge("large", isoToDay("2026-10-01")).toString() //=> "540"
 */
export function usSurcharge(entity: UsEntity, payment: DayNumber, data: UsData = US_DATA): Money {
  return usScheduleOn(payment, data).schedule.surcharge[entity];
}
