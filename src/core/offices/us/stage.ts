import { DomainError } from "../../errors/domain-error";
import { UsStage } from "./us-data";

export const STAGE_HELP = "1, 2 or 3 (the stage), or 3.5, 7.5 or 11.5 (the years after grant)";

/**
 * The maintenance-fee stage from its number or its year: 1 or 3.5, 2 or 7.5, 3 or 11.5.
 * @example usStage(7.5) //=> 2
 */
export function usStage(value: number, field = "stage"): UsStage {
  if (value === 1 || value === 3.5) return 1;
  if (value === 2 || value === 7.5) return 2;
  if (value === 3 || value === 11.5) return 3;
  throw new DomainError(
    "year-outside-term",
    field,
    `${field} ${value} is not a maintenance-fee stage: give ${STAGE_HELP}.`,
    { key: "usStage", params: { value } }
  );
}

/** Years after grant at which the surcharge-free window of each stage opens (3, 7, 11). */
export function windowOpensYears(stage: UsStage): number {
  return 4 * stage - 1;
}
