import { CodedMessage, ReasonKey, englishText } from "../i18n/issue-words-en";
import { Money } from "../money/money";
import { SubsidyRule } from "./programme";

/**
 * The two parts a rule can pay for an event: the case itself, and a first-time bonus on top.
 * @example const part: OffsetPart = "first-time-bonus";
 */
export type OffsetPart = "per-case" | "first-time-bonus";

/**
 * One rule's result for one event while the engine works on it: gross and applied amounts with the
 * reasons the applied amount is lower and the notes on what could not be checked. Steps (caps,
 * stacking, bonus, limits) lower `applied` and append reasons; nothing else changes.
 * @example const outcome: Outcome = { rule, part: "per-case", gross: new Money(2500), applied: new Money(2500), reasons: [], notes: [] };
 */
export interface Outcome {
  rule: SubsidyRule;
  part: OffsetPart;
  gross: Money;
  applied: Money;
  reasons: Reason[];
  notes: Reason[];
}

/**
 * Why an amount is lower, or what was not checked: a code of the i18n tables with its parameters, and its
 * English text (the run shows it in its language).
 * @example reason("r_yearCap", { cap: 5 }).message //=> "annual cap of 5 reached"
 */
export interface Reason extends CodedMessage {
  code: ReasonKey;
  params: Record<string, string | number>;
}

export function reason(
  code: ReasonKey,
  params: Record<string, string | number> = {},
  cause?: CodedMessage | readonly CodedMessage[]
): Reason {
  const coded = { code, params, message: "", ...(cause ? { cause } : {}) };
  return { ...coded, message: englishText(coded) };
}

/**
 * The amount 0, one Money for every outcome cut to nothing (most offsets of a large portfolio).
 * @example NOTHING.isZero() //=> true
 */
export const NOTHING = new Money(0);

/**
 * Lowers an outcome's applied amount to `applied` and records why.
 * @example cutTo(outcome, NOTHING, reason("r_yearCap", { cap: 5 }))
 */
export function cutTo(outcome: Outcome, applied: Money, why: Reason): void {
  // Money.max makes a new Decimal; NOTHING is already its own result, and Decimals are never changed.
  outcome.applied = applied === NOTHING ? NOTHING : Money.max(applied, 0);
  outcome.reasons.push(why);
}
