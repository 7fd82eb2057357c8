/** FNV-1a, 32 bits: a few operations per character, spread well enough for row keys. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BAR = 124; // "|"

/** The key of a row recorded before, `[head, tail]`: asked for only when a new key hashes the same. */
export type KeyOfRow = (row: number) => readonly [string, string];

/**
 * The first row seen with each key `head|tail` (the two texts joined by a bar, as a template would
 * join them), for up to `capacity` rows: an open-addressing table over a hash of the key's characters,
 * holding row numbers and hashes only (typed arrays), so no key text is made or kept per row (a Map of
 * 100,000 made keys was about a third of the ledger's reading). A recorded row's key is asked of
 * `keyOf` when a new key has the same hash. Two keys are the same when their joined texts are:
 * "A|B" + "C" is "A" + "B|C".
 * @example
 * const keys: [string, string][] = [["CN", "2020101234567"], ["CN", "2020101234567"]];
 * const firsts = new FirstRowByKey(2, (row) => keys[row]);
 * firsts.firstOr("CN", "2020101234567", 0) //=> undefined
 * firsts.firstOr("CN", "2020101234567", 1) //=> 0
 */
export class FirstRowByKey {
  /** Entry + 1 of the first row with a key hashed to each slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Each entry's row and the full hash of its key. */
  private readonly rows: Int32Array;
  private readonly hashes: Int32Array;
  private entries = 0;

  constructor(
    private readonly capacity: number,
    private readonly keyOf: KeyOfRow
  ) {
    // At most half full: probes stay short.
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.rows = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
  }

  /**
   * The first row recorded with the key `head|tail`, or undefined after recording `row` (a whole
   * number from 0 up, below 2^31) as the first with it. At most `capacity` rows are recorded.
   */
  firstOr(head: string, tail: string, row: number): number | undefined {
    let hash = FNV_OFFSET;
    for (let i = 0; i < head.length; i += 1) hash = Math.imul(hash ^ head.charCodeAt(i), FNV_PRIME);
    hash = Math.imul(hash ^ BAR, FNV_PRIME);
    for (let i = 0; i < tail.length; i += 1) hash = Math.imul(hash ^ tail.charCodeAt(i), FNV_PRIME);
    const { slots, mask, rows, hashes } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] - 1;
      if (entry < 0) {
        if (this.entries >= this.capacity)
          throw new Error("FirstRowByKey: more rows than its capacity");
        rows[this.entries] = row;
        hashes[this.entries] = hash;
        slots[slot] = this.entries += 1;
        return undefined;
      }
      if (hashes[entry] === hash) {
        const [firstHead, firstTail] = this.keyOf(rows[entry]);
        if (sameKey(firstHead, firstTail, head, tail)) return rows[entry];
      }
    }
  }
}

/** True when `a|b` and `c|d` are the same text (the bar may be in either part). */
function sameKey(a: string, b: string, c: string, d: string): boolean {
  if (a === c) return b === d;
  return a.length + b.length === c.length + d.length && `${a}|${b}` === `${c}|${d}`;
}
