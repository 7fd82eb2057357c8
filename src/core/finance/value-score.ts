import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";

/**
 * The weighted mean of three 0–100 scores under GB/T 42748-2023's first-level heads (legal, technical,
 * economic value). Weights are normalised to sum 1; the default, equal thirds, is the product's own, not
 * the standard's (its annex weights are not shipped).
 * @example valueScore([80, 60, 40], [0.5, 0.2, 0.3]).toString() //=> "64"
 */
export function valueScore(
  scores: readonly [number, number, number],
  weights: readonly [number, number, number] = [1, 1, 1]
): Money {
  const names = ["legal", "technical", "economic"];
  scores.forEach((score, index) => {
    if (!(score >= 0 && score <= 100))
      throw new DomainError(
        "out-of-range",
        names[index],
        `${names[index]} ${score} is outside 0…100: give a score from 0 to 100.`,
        { key: "scoreRange", params: { value: score } }
      );
  });
  const weightNames = ["wLegal", "wTechnical", "wEconomic"];
  weights.forEach((weight, index) => {
    if (!(weight >= 0) || !Number.isFinite(weight))
      throw new DomainError(
        "out-of-range",
        weightNames[index],
        `${weightNames[index]} ${weight} is negative: give a weight of 0 or more.`,
        { key: "weightNegative", params: { value: weight } }
      );
  });
  const total = weights.reduce((sum, weight) => sum.plus(String(weight)), new Money(0));
  if (total.isZero())
    throw new DomainError(
      "out-of-range",
      "wLegal",
      "all weights are 0: give at least one weight above 0.",
      { key: "weightsZero" }
    );
  return scores
    .reduce(
      (sum, score, index) => sum.plus(new Money(String(score)).times(String(weights[index]))),
      new Money(0)
    )
    .dividedBy(total);
}
