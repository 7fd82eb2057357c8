import { orderByTextInSteps } from "./order-by-text-in-steps";
import { countedSteps, mapSteps } from "./steps";

/** Items visited between two pauses of textOrderInSteps (a pass over 100,000 IDs is a few ms). */
export const TEXT_ORDER_STEP = 20_000;

/** Characters a position's table covers: ASCII, as IDs and application numbers are. */
const TABLE = 128;

/** Keys are whole numbers below 2^53, exact in a double. */
const KEY_LIMIT = 2 ** 53;

/** The widest digit of the radix sort: 14 bits, a table of 16,384 counts. */
const MAX_DIGIT_BITS = 14;

/**
 * Reorders `indexes` by `texts[index]` in UTF-16 code unit order (compareText's), equal texts keeping
 * their given order: the same order as orderByTextInSteps, found without comparing texts. Each text
 * becomes a number: the rank of its character at each position, among the characters found there, as
 * the digits of one number (a position where every text has the same character adds none, and a text
 * that ends before a position has a digit below every character there). The numbers are sorted by a
 * stable radix sort. Texts are then read once or twice each, not about 17 times as in a merge sort of
 * 100,000 of them, where each comparison loaded two texts from anywhere in memory (100-160 ms of a
 * whole run for 100,000 IDs, about 30 ms on their own). Texts whose numbers would not fit in 53 bits
 * share a number when they begin alike, and those are then ordered as text; a text with a character
 * outside ASCII sends the whole list to orderByTextInSteps. Yields the items visited so far about every
 * `perStep` items. The input is left as it was.
 * @example runSteps(textOrderInSteps([0, 1, 2], ["b", "a", "b"])) //=> [1, 0, 2]
 */
export function* textOrderInSteps(
  indexes: readonly number[],
  texts: readonly string[],
  perStep = TEXT_ORDER_STEP
): Generator<number, number[], void> {
  const n = indexes.length;
  const table = new PositionTable();
  let visited = yield* countedSteps(n, 0, perStep, (from, to) =>
    table.note(indexes, texts, from, to)
  );
  if (!table.ascii) {
    const before = visited;
    return yield* mapSteps(orderByTextInSteps(indexes, texts, perStep), (done) => before + done);
  }
  const plan = table.keyPlan();
  const keys = new Float64Array(n);
  visited = yield* countedSteps(n, visited, perStep, (from, to) =>
    keysInto(keys, plan, indexes, texts, from, to)
  );
  // Positions into `indexes`, in key order: a stable LSD radix sort, low digit first.
  let order: Int32Array = identity(n);
  let spare: Int32Array = new Int32Array(n);
  for (const digit of digitsOf(plan.largest, n)) {
    const counts = new Int32Array(digit.size + 1);
    visited = yield* countedSteps(n, visited, perStep, (from, to) =>
      countDigits(keys, digit, counts, from, to)
    );
    // A digit every key shares (most high digits of short keys) moves nothing.
    if (counts.some((count) => count === n)) continue;
    runningSums(counts);
    const [source, target] = [order, spare];
    visited = yield* countedSteps(n, visited, perStep, (from, to) =>
      scatter(keys, digit, counts, source, target, from, to)
    );
    [order, spare] = [target, source];
  }
  const sorted = picked(indexes, order);
  if (plan.exact) return sorted;
  // Texts that begin alike share a key: each such run is ordered as text (stable, so ties keep order).
  for (let start = 0; start < n;) {
    const end = sameKeyEnd(keys, order, start);
    if (end - start > 1) {
      const before = visited;
      const run = yield* mapSteps(
        orderByTextInSteps(sorted.slice(start, end), texts, perStep),
        (done) => before + done
      );
      for (let k = 0; k < run.length; k += 1) sorted[start + k] = run[k];
    }
    visited += end - start;
    start = end;
  }
  return sorted;
}

// The loops over every item are plain functions: V8 optimises a loop there, not inside a running generator.

/** 0, 1, … n - 1. */
function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  return order;
}

/** Each count becomes the sum of it and the counts before it: where each digit value's items start. */
function runningSums(counts: Int32Array): void {
  for (let d = 1; d < counts.length; d += 1) counts[d] += counts[d - 1];
}

/** indexes[order[0]], indexes[order[1]], … */
function picked(indexes: readonly number[], order: Int32Array): number[] {
  const items = new Array<number>(order.length);
  for (let k = 0; k < order.length; k += 1) items[k] = indexes[order[k]];
  return items;
}

/** Where the run of items with the key of order[start] ends. */
function sameKeyEnd(keys: Float64Array, order: Int32Array, start: number): number {
  const key = keys[order[start]];
  let end = start + 1;
  while (end < order.length && keys[order[end]] === key) end += 1;
  return end;
}

/** A digit of a key: the power of two it starts at, and how many values it takes (a power of two). */
interface Digit {
  scale: number;
  size: number;
}

/**
 * The digits of keys up to `largest`, least significant first: as wide as the items are many (a list of
 * 50 items is not sorted with tables of 16,384 counts), at most 14 bits.
 */
function digitsOf(largest: number, items: number): Digit[] {
  const width = Math.min(MAX_DIGIT_BITS, Math.max(4, Math.ceil(Math.log2(items + 1))));
  const digits: Digit[] = [];
  for (let scale = 1; scale <= largest; scale *= 2 ** width)
    digits.push({ scale, size: 2 ** width });
  return digits;
}

/** Keys are whole numbers below 2^53: dividing by a power of two, flooring and the remainder are exact. */
function digitOf(key: number, digit: Digit): number {
  return Math.floor(key / digit.scale) % digit.size;
}

/** Counts keys per digit value (one slot after it, ready for the running sums). */
function countDigits(
  keys: Float64Array,
  digit: Digit,
  counts: Int32Array,
  from: number,
  to: number
): void {
  for (let i = from; i < to; i += 1) counts[digitOf(keys[i], digit) + 1] += 1;
}

/** Moves `source[from … to)` to their places in `target`, in order (stable). */
function scatter(
  keys: Float64Array,
  digit: Digit,
  starts: Int32Array,
  source: Int32Array,
  target: Int32Array,
  from: number,
  to: number
): void {
  for (let i = from; i < to; i += 1) {
    const at = source[i];
    target[starts[digitOf(keys[at], digit)]++] = at;
  }
}

/** How texts become keys: the positions that count, in order, and each one's ranks and base. */
interface KeyPlan {
  /** Positions with more than one symbol (a character, or the end of a text), first to last. */
  positions: Int32Array;
  /** How many symbols each of those positions has: the base of its digit. */
  bases: Float64Array;
  /** The digit of a character at a position: ranks[position * TABLE + code]. */
  ranks: Int32Array;
  /** Every text's key holds all of it: equal keys are equal texts. */
  exact: boolean;
  /** The largest key a text can have. */
  largest: number;
}

/** Which characters appear at each position of the texts, and whether all are ASCII. */
class PositionTable {
  ascii = true;
  shortest = Infinity;
  longest = 0;
  private seen = new Uint8Array(32 * TABLE);

  note(indexes: readonly number[], texts: readonly string[], from: number, to: number): void {
    if (!this.ascii) return;
    for (let i = from; i < to; i += 1) {
      const text = texts[indexes[i]];
      const length = text.length;
      if (length < this.shortest) this.shortest = length;
      if (length > this.longest) {
        this.longest = length;
        if (length * TABLE > this.seen.length) {
          const grown = new Uint8Array(Math.max(length, (this.seen.length / TABLE) * 2) * TABLE);
          grown.set(this.seen);
          this.seen = grown;
        }
      }
      const seen = this.seen;
      for (let p = 0; p < length; p += 1) {
        const code = text.charCodeAt(p);
        if (code >= TABLE) {
          this.ascii = false;
          return;
        }
        seen[p * TABLE + code] = 1;
      }
    }
  }

  /** The positions that tell texts apart, as many as fit in 53 bits from the first on. */
  keyPlan(): KeyPlan {
    const ranks = new Int32Array(Math.max(1, this.longest) * TABLE);
    const positions: number[] = [];
    const bases: number[] = [];
    let product = 1;
    let exact = true;
    for (let p = 0; p < this.longest; p += 1) {
      // Where some text has ended, the end is the smallest symbol (digit 0).
      let symbol = p < this.shortest ? 0 : 1;
      for (let code = 0; code < TABLE; code += 1) {
        if (this.seen[p * TABLE + code]) ranks[p * TABLE + code] = symbol++;
      }
      if (symbol < 2) continue;
      if (product * symbol > KEY_LIMIT) {
        exact = false;
        break;
      }
      product *= symbol;
      positions.push(p);
      bases.push(symbol);
    }
    return {
      positions: Int32Array.from(positions),
      bases: Float64Array.from(bases),
      ranks,
      exact,
      largest: product - 1,
    };
  }
}

/** Each text's key: its digits at the plan's positions, the first the most significant. */
function keysInto(
  keys: Float64Array,
  plan: KeyPlan,
  indexes: readonly number[],
  texts: readonly string[],
  from: number,
  to: number
): void {
  const { positions, bases, ranks } = plan;
  for (let i = from; i < to; i += 1) {
    const text = texts[indexes[i]];
    let key = 0;
    for (let d = 0; d < positions.length; d += 1) {
      const p = positions[d];
      key = key * bases[d] + (p < text.length ? ranks[p * TABLE + text.charCodeAt(p)] : 0);
    }
    keys[i] = key;
  }
}
