import { addYearsClamped } from "../dates/civil";
import { Money, roundToFen, moneyPool } from "../money/money";
import { SubsidyOffset } from "../subsidy/offset";
import { convert } from "./currency";
import { fiscalYearOf } from "./fiscal-year";
import { ProjectionSettings } from "./settings";
import { runSteps } from "../table/steps";

/**
 * Where an offset stands against the budget: dated inside the projection horizon (it counts in its
 * fiscal year's line), before the as-of date (history: shown, not budgeted), after the horizon, or paid
 * in another currency than CNY (shown, never added to CNY fees).
 * @example const placement: OffsetPlacement = "horizon";
 */
export type OffsetPlacement = "horizon" | "before" | "after" | "other-currency";

/**
 * An offset as the report shows and adds it.
 * @example budgetOffsets([offset], settings)[0].placement //=> "before"
 */
export interface BudgetOffset {
  offset: SubsidyOffset;
  fiscalYear: number;
  placement: OffsetPlacement;
  /** The engine's gross amount rounded to the fen, in the offset's currency. */
  gross: Money;
  /** The applied amount rounded to the fen: what the Offsets sheet shows and the Summary adds up. */
  applied: Money;
  /** `applied` in the output currency at the user's rate (CNY offsets only; 0 for other currencies). */
  converted: Money;
}

/**
 * Places each offset against the projection: its fiscal year, and whether it counts in the budget. The
 * horizon is the projection's: from the as-of date for `horizonYears` years, end excluded, as for fees.
 * Amounts are rounded to the fen here, once (the engine keeps them exact), so that the Offsets sheet's
 * rows add up to the Summary's subsidy lines to the fen; the converted amount is converted from the
 * rounded one, as projection rows are.
 * @example budgetOffsets([sz2021UsGrant], asOf2026).map((b) => b.placement) //=> ["before"]
 */
export function budgetOffsets(
  offsets: readonly SubsidyOffset[],
  settings: ProjectionSettings
): BudgetOffset[] {
  return runSteps(budgetOffsetsInSteps(offsets, settings));
}

/** Engine amounts whose rounding is remembered while offsets are placed. */
const ROUNDED_KEPT = 10_000;

/** Offsets placed between two pauses of a run (tens of thousands in a large portfolio). */
export const OFFSETS_PER_STEP = 1_000;

/**
 * `budgetOffsets`, pausing after every `OFFSETS_PER_STEP` offsets (the value yielded: offsets placed so
 * far), so a run stays responsive while tens of thousands of offsets are rounded and converted.
 */
export function* budgetOffsetsInSteps(
  offsets: readonly SubsidyOffset[],
  settings: ProjectionSettings
): Generator<number, BudgetOffset[], void> {
  const horizonEnd = addYearsClamped(settings.asOf, settings.horizonYears);
  const placed: BudgetOffset[] = [];
  // Tens of thousands of offsets share a few hundred rounded amounts: each amount is one Money, converted
  // once (three Decimals per offset were about 15 MB at 100,000 rights). Decimals are immutable.
  const shared = moneyPool();
  const converted = new Map<Money, Money>();
  const convertedOf = (applied: Money): Money => {
    let value = converted.get(applied);
    if (value === undefined) converted.set(applied, (value = convert(applied, settings.currency)));
    return value;
  };
  // The engine shares its amounts too (a rule's amount, its 0): each is rounded once, not per offset.
  const rounded = new Map<Money, Money>();
  const roundedOf = (amount: Money): Money => {
    let value = rounded.get(amount);
    if (value === undefined) {
      value = shared(roundToFen(amount));
      // Amounts made per case (a share of a cost) are not kept beyond this.
      if (rounded.size < ROUNDED_KEPT) rounded.set(amount, value);
    }
    return value;
  };
  const zero = new Money(0);
  for (const offset of offsets) {
    if (placed.length > 0 && placed.length % OFFSETS_PER_STEP === 0) yield placed.length;
    const applied = roundedOf(offset.applied);
    const placement: OffsetPlacement =
      offset.currency !== "CNY"
        ? "other-currency"
        : offset.date < settings.asOf
          ? "before"
          : offset.date >= horizonEnd
            ? "after"
            : "horizon";
    placed.push({
      offset,
      fiscalYear: fiscalYearOf(offset.date, settings.fiscalYearStartMonth),
      placement,
      gross: roundedOf(offset.gross),
      applied,
      converted: offset.currency === "CNY" ? convertedOf(applied) : zero,
    });
  }
  return placed;
}
