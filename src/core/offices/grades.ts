import { Confidence } from "./office-pack";

const RANK: Record<Confidence, number> = { HIGH: 3, MED: 2, LOW: 1, UNCONFIRMED: 0 };

/**
 * The lower of two confidence grades: an amount is only as sure as the least sure figure or rule in it.
 * @example lowerGrade("HIGH", "MED") //=> "MED"
 */
export function lowerGrade(a: Confidence, b: Confidence): Confidence {
  return RANK[a] <= RANK[b] ? a : b;
}
