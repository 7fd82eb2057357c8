/** FNV-1a, 32 bits: a few operations per character, spread well enough for row keys. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BAR = 124; // "|"

/**
 * The first row seen with each key `head|tail` (the two texts joined by a bar, as a template would
 * join them), for up to `capacity` rows: an open-addressing table of row numbers over a hash of the
 * key's characters, so the key text is never made (a Map of 100,000 made keys was about a third of
 * the ledger's reading). Two keys are the same when their joined texts are: "A|B" + "C" is "A" + "B|C".
 * @example
 * const firsts = new FirstRowByKey(3);
 * firsts.firstOr("CN", "2020101234567", 0) //=> undefined
 * firsts.firstOr("CN", "2020101234567", 2) //=> 0
 */
export class FirstRowByKey {
  /** Row + 1 of the first row with a key hashed to each slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly heads: string[] = [];
  private readonly tails: string[] = [];
  /** The rows recorded, in the order given: heads[k] and tails[k] are the key of rows[k]. */
  private readonly rows: number[] = [];

  constructor(capacity: number) {
    // At most half full: probes stay short.
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /**
   * The first row recorded with the key `head|tail`, or undefined after recording `row` as the first
   * with it. At most `capacity` rows are recorded.
   */
  firstOr(head: string, tail: string, row: number): number | undefined {
    let hash = FNV_OFFSET;
    for (let i = 0; i < head.length; i += 1) hash = Math.imul(hash ^ head.charCodeAt(i), FNV_PRIME);
    hash = Math.imul(hash ^ BAR, FNV_PRIME);
    for (let i = 0; i < tail.length; i += 1) hash = Math.imul(hash ^ tail.charCodeAt(i), FNV_PRIME);
    const { slots, mask, heads, tails, rows } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot];
      if (entry === 0) {
        if (rows.length * 2 >= slots.length)
          throw new Error("FirstRowByKey: more rows than its capacity");
        rows.push(row);
        heads.push(head);
        tails.push(tail);
        slots[slot] = rows.length;
        return undefined;
      }
      const k = entry - 1;
      if (sameKey(heads[k], tails[k], head, tail)) return rows[k];
    }
  }
}

/** True when `a|b` and `c|d` are the same text (the bar may be in either part). */
function sameKey(a: string, b: string, c: string, d: string): boolean {
  if (a === c) return b === d;
  return a.length + b.length === c.length + d.length && `${a}|${b}` === `${c}|${d}`;
}
