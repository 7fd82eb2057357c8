import { DayNumber, addYearsClamped, isoToDay } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { UsEntity } from "../entity";
import { Confidence } from "../office-pack";
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
): { amount: Money; confidence: Confidence } {
  const petition = valueInForce(data.petition, filed, "USPTO petition-fee schedule");
  const figure = (withinThreshold ? petition.withinThreshold : petition.pastThreshold)[entity];
  if (figure.amount === undefined)
    throw new DomainError("figure-unconfirmed", "entity", `No amount: ${figure.missing}.`);
  return { amount: figure.amount, confidence: figure.confidence };
}

/** Petitions filed after this day use the 1-year threshold (final rule of 2026-06-24, 91 FR 37826). */
const ONE_YEAR_THRESHOLD_AFTER = isoToDay("2026-08-13");

/**
 * The last day a petition under 37 CFR 1.378 filed on `filed` is within the threshold for the lower fee:
 * 2 years after the patent expired, 1 year for petitions filed after 2026-08-13. The patent expires at the
 * end of the grace period (37 CFR 1.362(g)): `expiry` is that last day. Expired 2025-03-14: a petition
 * filed 2026-08-13 is within until 2027-03-14; one filed 2026-08-14 only until 2026-03-14 (so past it).
 * @example usPetitionThreshold(isoToDay("2025-03-14"), isoToDay("2026-08-13")) //=> isoToDay("2027-03-14")
 */
export function usPetitionThreshold(expiry: DayNumber, filed: DayNumber): DayNumber {
  return addYearsClamped(expiry, filed > ONE_YEAR_THRESHOLD_AFTER ? 1 : 2);
}
