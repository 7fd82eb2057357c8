import { DomainError } from "../errors/domain-error";

/**
 * The number of claims where a fee depends on it (JP patents and utility models, KR): required, never
 * defaulted, and a whole number from 1. `what` names the fee in the message.
 * @example checkClaims(10, "JPO patent fee") //=> 10
 */
export function checkClaims(claims: number | undefined, what: string, field = "claims"): number {
  if (claims === undefined)
    throw new DomainError(
      "claims-required",
      field,
      `${field} is missing: the ${what} depends on the number of claims, so give it (a whole number from 1).`
    );
  // A safe integer: past 2^53 a count is not exact, and a fee per claim of 1e308 claims is not a number.
  if (!Number.isSafeInteger(claims) || claims < 1)
    throw new DomainError(
      "invalid-number",
      field,
      `${field} ${claims} is not a number of claims: give a whole number from 1.`
    );
  return claims;
}
