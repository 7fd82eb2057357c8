import { DayNumber } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { UsEntity } from "../entity";
import { Confidence, SourceRef } from "../office-pack";
import { US_DATA, UsData } from "./us-data";

/**
 * The fee of a petition to accept a delayed maintenance fee (37 CFR 1.378, fee 1.17(m)) filed on `filed`:
 * the lower tier within the threshold, the higher past it. No surcharge is added to the maintenance fee
 * on this route. A figure that is not in our data is a "figure-unconfirmed" error naming it.
 * @example usPetitionFee("small", true, isoToDay("2026-01-01")).amount.toString() //=> "904"
 */
export function usPetitionFee(
  entity: UsEntity,
  withinThreshold: boolean,
  filed: DayNumber,
  data: UsData = US_DATA
): { amount: Money; confidence: Confidence; source: SourceRef } {
  const petition = valueInForce(data.petition, filed, "USPTO petition-fee schedule");
  const figure = (withinThreshold ? petition.withinThreshold : petition.pastThreshold)[entity];
  if (figure.amount === undefined)
    throw new DomainError("figure-unconfirmed", "entity", `No amount: ${figure.missing}.`);
  return { amount: figure.amount, confidence: figure.confidence, source: petition.source };
}
