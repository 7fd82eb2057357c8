import { Money, roundToFen } from "../money/money";
import { BudgetOffset, OffsetPlacement } from "./budget-offsets";
import { fiscalYearLabel, fiscalYearOf } from "./fiscal-year";
import { compareText } from "./project";
import { Payments } from "./payments";
import { ProjectionSettings } from "./settings";
import { addYearsClamped } from "../dates/civil";
import { runSteps } from "../table/steps";

/**
 * The Summary's line for rights without an owner; the report shows it in the user's language.
 * @example NO_OWNER //=> "(no owner)"
 */
export const NO_OWNER = "(no owner)";
/**
 * One line of the Summary: fees, subsidies and the net cost, in CNY and in the output currency.
 * `net` is `payable − subsidies` exactly (both already rounded to the fen), `netConverted` the same in
 * the output currency; per-owner lines carry no subsidies (those are paid per applicant).
 * @example summarize(rows, settings, offsets).byFiscalYear[0].net.toString() //=> "2380" (3,380 − 1,000)
 */
export interface SummaryLine {
  label: string;
  payments: number;
  payable: Money;
  converted: Money;
  /** Offsets counted in this line (CNY, dated inside the horizon). */
  offsets: number;
  subsidies: Money;
  subsidiesConverted: Money;
  net: Money;
  netConverted: Money;
}

/**
 * The offsets of one placement (history, horizon, after the horizon): how many and how much.
 * @example summarize(rows, settings, offsets).offsets.before.applied.toString() //=> "40000"
 */
export interface OffsetTotal {
  offsets: number;
  applied: Money;
  converted: Money;
}

export interface ProjectionSummary {
  byFiscalYear: SummaryLine[];
  byOwner: SummaryLine[];
  total: SummaryLine;
  /** Every offset by where it stands; `all` adds the three CNY placements (other currencies: a count). */
  offsets: Record<OffsetPlacement | "all", OffsetTotal>;
}

/** Payments of one fiscal year and owner with the same payable and converted amounts (`pair`). */
interface Group {
  fiscalYear: SummaryLine;
  owner: SummaryLine;
  pair: number;
  payments: number;
}

/** A payable (or an offset's applied) amount and its converted amount, which payments or offsets share. */
interface AmountPair {
  payable: Money;
  converted: Money;
}

/** Groups (fiscal year, owner, amounts) tallied, then line amounts settled, between two pauses. */
export const GROUPS_PER_STEP = 10_000;

/** Subsidy offsets counted, and their counts added, between two pauses. */
export const OFFSETS_PER_STEP = 10_000;

/** Offsets of one placement (and fiscal year, in the horizon) with the same amounts (`pair`), and how many. */
interface OffsetTally {
  placement: OffsetPlacement;
  fiscalYear: number;
  pair: number;
  offsets: number;
}

/**
 * One rounding rule for money on sheets: every amount a sheet shows is rounded once, to the fen (or the
 * output currency's smallest unit, already done by `convert`), and every total is the sum of the amounts
 * shown, so a payable of 461.5037 adds 461.50 to its lines, never its fraction of a fen. Hundreds of
 * thousands of payments share few fiscal years, owners and amounts: the groups' counts are tallied per
 * line and amount, then each line adds each of its amounts once, times its count (exact sums, so in any
 * order): a Decimal multiplication and addition per line and amount, not per group and line.
 */
function* settle(
  groups: readonly Group[],
  pairs: readonly AmountPair[],
  total: SummaryLine,
  paused: number
): Generator<number, void, void> {
  const countsOf = new Map<SummaryLine, Map<number, number>>();
  const tally = (line: SummaryLine, pair: number, payments: number): void => {
    let counts = countsOf.get(line);
    if (!counts) countsOf.set(line, (counts = new Map()));
    counts.set(pair, (counts.get(pair) ?? 0) + payments);
  };
  for (let index = 0; index < groups.length; index += 1) {
    if (index > 0 && index % GROUPS_PER_STEP === 0) yield paused;
    const { fiscalYear, owner, pair, payments } = groups[index];
    tally(fiscalYear, pair, payments);
    tally(owner, pair, payments);
    tally(total, pair, payments);
  }
  const rounded: (Money | undefined)[] = [];
  let added = 0;
  for (const [line, counts] of countsOf) {
    for (const [pair, payments] of counts) {
      // Many lines and amounts: settled in steps like the groups.
      if (added > 0 && added % GROUPS_PER_STEP === 0) yield paused;
      added += 1;
      const payable = (rounded[pair] ??= roundToFen(pairs[pair].payable));
      line.payments += payments;
      line.payable = line.payable.plus(payable.times(payments));
      line.converted = line.converted.plus(pairs[pair].converted.times(payments));
    }
  }
}

function withNet(line: SummaryLine): SummaryLine {
  return {
    ...line,
    net: line.payable.minus(line.subsidies),
    netConverted: line.converted.minus(line.subsidiesConverted),
  };
}

const emptyLine = (label: string): SummaryLine => ({
  label,
  payments: 0,
  payable: new Money(0),
  converted: new Money(0),
  offsets: 0,
  subsidies: new Money(0),
  subsidiesConverted: new Money(0),
  net: new Money(0),
  netConverted: new Money(0),
});

const emptyTotal = (): OffsetTotal => ({
  offsets: 0,
  applied: new Money(0),
  converted: new Money(0),
});

/**
 * Totals per fiscal year (every fiscal year the horizon touches, empty ones included, so the chart has no
 * gaps) and per owner (largest first). Converted totals are sums of the converted rows, so the Summary
 * adds up to the Projection sheet to the last yen. Subsidy offsets dated inside the horizon (CNY only)
 * are subtracted in their fiscal year's line and the total: net = fees − subsidies, exactly; offsets
 * before the as-of date or after the horizon are only counted in `offsets`.
 * @example summarize(rows, settings, offsets).total.net.equals(total.payable.minus(total.subsidies)) //=> true
 */
export function summarize(
  rows: Payments,
  settings: ProjectionSettings,
  offsets: readonly BudgetOffset[] = []
): ProjectionSummary {
  return runSteps(summarizeInSteps(rows, settings, offsets));
}

/** The smallest and largest value of a column ([65535, 0] when empty); a plain loop, optimised. */
function span(column: Uint16Array): [number, number] {
  let first = 0xffff;
  let last = 0;
  for (let index = 0; index < column.length; index += 1) {
    const value = column[index];
    if (value < first) first = value;
    if (value > last) last = value;
  }
  return [first, last];
}

/** Payments counted between two pauses of a run (a few tens of milliseconds of work). */
export const PAYMENTS_PER_STEP = 10_000;

/**
 * `summarize`, pausing after every `PAYMENTS_PER_STEP` payments (the value yielded: payments counted so
 * far), then every `GROUPS_PER_STEP` groups settled and every `OFFSETS_PER_STEP` offsets added (yielding
 * every payment), so a run stays responsive while a large projection is summed up.
 */
export function* summarizeInSteps(
  rows: Payments,
  settings: ProjectionSettings,
  offsets: readonly BudgetOffset[] = []
): Generator<number, ProjectionSummary, void> {
  const start = settings.fiscalYearStartMonth;
  const firstFy = fiscalYearOf(settings.asOf, start);
  const lastFy = fiscalYearOf(addYearsClamped(settings.asOf, settings.horizonYears) - 1, start);
  const byFy = new Map<number, SummaryLine>();
  for (let fy = firstFy; fy <= lastFy; fy += 1) byFy.set(fy, emptyLine(fiscalYearLabel(fy, start)));
  const lineOf = (fy: number): SummaryLine => {
    let line = byFy.get(fy);
    if (!line) byFy.set(fy, (line = emptyLine(fiscalYearLabel(fy, start))));
    return line;
  };
  const byOwner = new Map<string, SummaryLine>();
  const total = emptyLine("Total");
  const groups: Group[] = [];
  // Payments are counted per (fiscal year, owner, payable and converted amount) on numbers: each right's
  // owner and each amounts entry's pair of amounts is numbered once, so a million payments are a million
  // look-ups of one number, not four nested maps each.
  const { rights, amounts } = rows;
  const ownerNumbers = new Map<string, number>();
  const ownerNames: string[] = [];
  const ownerOfRight = new Int32Array(rights.length);
  for (let r = 0; r < rights.length; r += 1) {
    const owner = rights[r].owner || NO_OWNER;
    let number = ownerNumbers.get(owner);
    if (number === undefined) {
      ownerNumbers.set(owner, (number = ownerNames.length));
      ownerNames.push(owner);
    }
    ownerOfRight[r] = number;
  }
  const pairNumbers = new Map<Money, Map<Money, number>>();
  const pairs: AmountPair[] = [];
  /** The number of a pair of amounts (instances), numbered as first seen; offsets use it too. */
  const pairOf = (payable: Money, converted: Money): number => {
    let byConverted = pairNumbers.get(payable);
    if (!byConverted) pairNumbers.set(payable, (byConverted = new Map()));
    let number = byConverted.get(converted);
    if (number === undefined) {
      byConverted.set(converted, (number = pairs.length));
      pairs.push({ payable, converted });
    }
    return number;
  };
  const pairOfAmounts = new Int32Array(amounts.length);
  for (let a = 0; a < amounts.length; a += 1)
    pairOfAmounts[a] = pairOf(amounts[a].payable, amounts[a].converted);
  // Keys stay small integers (V8 keeps them unboxed): fiscal years as offsets from the first.
  const [firstYear, lastYear] = span(rows.fiscalYear);
  const years = Math.max(1, lastYear - firstYear + 1);
  const groupOf = new Map<number, Group>();
  // A step of payments at a time, by a plain function: V8 optimises a loop there, not inside a running
  // generator.
  const count = (from: number, to: number): void => {
    for (let index = from; index < to; index += 1) countPayment(index);
  };
  const countPayment = (index: number): void => {
    const fiscalYear = rows.fiscalYear[index];
    const owner = ownerOfRight[rows.right[index]];
    const pair = pairOfAmounts[rows.amount[index]];
    const key = (owner * pairs.length + pair) * years + (fiscalYear - firstYear);
    let group = groupOf.get(key);
    if (!group) {
      const name = ownerNames[owner];
      let ownerLine = byOwner.get(name);
      if (!ownerLine) byOwner.set(name, (ownerLine = emptyLine(name)));
      group = {
        fiscalYear: lineOf(fiscalYear),
        owner: ownerLine,
        pair,
        payments: 0,
      };
      groupOf.set(key, group);
      groups.push(group);
    }
    group.payments += 1;
  };
  for (let from = 0; from < rows.length; from += PAYMENTS_PER_STEP) {
    if (from > 0) yield from;
    count(from, Math.min(rows.length, from + PAYMENTS_PER_STEP));
  }
  yield* settle(groups, pairs, total, rows.length);
  const placed: ProjectionSummary["offsets"] = {
    horizon: emptyTotal(),
    before: emptyTotal(),
    after: emptyTotal(),
    "other-currency": emptyTotal(),
    all: emptyTotal(),
  };
  // Offsets share few amounts (one per programme and rule): counted per amounts (numbered as the
  // payments' are), placement and fiscal year, then each count is added once, times its amounts (exact
  // sums, so in any order).
  const tallies = new Map<number, Map<string, OffsetTally>>();
  for (let index = 0; index < offsets.length; index += 1) {
    // 84,000 offsets of a few Decimal sums each were, at once, a task of 300 ms in the pane.
    if (index > 0 && index % OFFSETS_PER_STEP === 0) yield rows.length;
    const { applied, converted, placement, fiscalYear } = offsets[index];
    const pair = pairOf(applied, converted);
    let byPlace = tallies.get(pair);
    if (!byPlace) tallies.set(pair, (byPlace = new Map()));
    const key = placement === "horizon" ? `${placement} ${fiscalYear}` : placement;
    const tally = byPlace.get(key);
    if (tally) tally.offsets += 1;
    else byPlace.set(key, { placement, fiscalYear, pair, offsets: 1 });
  }
  let added = 0;
  for (const byPlace of tallies.values())
    for (const tally of byPlace.values()) {
      if (added > 0 && added % OFFSETS_PER_STEP === 0) yield rows.length;
      added += 1;
      const applied = roundToFen(pairs[tally.pair].payable).times(tally.offsets);
      const converted = pairs[tally.pair].converted.times(tally.offsets);
      const counted = [placed[tally.placement]];
      if (tally.placement !== "other-currency") counted.push(placed.all);
      for (const sum of counted) {
        sum.offsets += tally.offsets;
        sum.applied = sum.applied.plus(applied);
        sum.converted = sum.converted.plus(converted);
      }
      if (tally.placement !== "horizon") continue;
      for (const line of [lineOf(tally.fiscalYear), total]) {
        line.offsets += tally.offsets;
        line.subsidies = line.subsidies.plus(applied);
        line.subsidiesConverted = line.subsidiesConverted.plus(converted);
      }
    }
  // Amounts in another currency cannot be added to CNY: only their number is reported.
  placed["other-currency"].applied = new Money(0);
  placed["other-currency"].converted = new Money(0);
  return {
    byFiscalYear: [...byFy.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => withNet(line)),
    byOwner: [...byOwner.values()]
      .map(withNet)
      .sort((a, b) => b.payable.comparedTo(a.payable) || compareText(a.label, b.label)),
    total: withNet(total),
    offsets: placed,
  };
}
