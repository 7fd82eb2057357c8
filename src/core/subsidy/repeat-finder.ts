/** What makes a one-time event the same as another: its right, kind and office (a SubsidyEvent has them). */
interface OneTimeEvent {
  readonly rightId: string;
  readonly event: string;
  readonly jurisdiction: string;
}

/**
 * Finds one-time events stated again: the same kind, office and right id as an earlier one. An
 * open-addressing table of event numbers in one typed array, sized once: a Set of a hundred thousand
 * ids (grown step by step, one entry object per id) took 30-80 ms on the whole-run portfolio.
 * @example const finder = new RepeatFinder(events); finder.add(0); finder.add(1) //=> 0 when events[1] repeats events[0]
 */
export class RepeatFinder {
  /** 1 + the number of the event in each slot, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Events held: past `capacity` the table could fill up and a probe would never end. */
  private stored = 0;

  /** `events` may grow after, as long as no more than `capacity` of them are added. */
  constructor(
    private readonly events: readonly OneTimeEvent[],
    private readonly capacity: number = events.length
  ) {
    // At most half full, so a probe ends after a few slots.
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /**
   * Adds `events[index]`; the number of an earlier added event it repeats (that one stays), or -1.
   */
  add(index: number): number {
    const event = this.events[index];
    let slot = hashOf(event) & this.mask;
    for (;;) {
      const held = this.slots[slot];
      if (held === 0) {
        if (++this.stored > this.capacity)
          throw new Error("RepeatFinder: more events than its capacity");
        this.slots[slot] = index + 1;
        return -1;
      }
      const other = this.events[held - 1];
      if (
        other.rightId === event.rightId &&
        other.event === event.event &&
        other.jurisdiction === event.jurisdiction
      ) {
        return held - 1;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** A hash of the event's right id, kind and office (FNV-1a over their code units). */
function hashOf(event: OneTimeEvent): number {
  let hash = mix(0x811c9dc5, event.rightId);
  hash = mix(hash ^ 0x1f, event.event);
  hash = mix(hash ^ 0x2f, event.jurisdiction);
  // Spreads the low bits, which pick the slot.
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) ^ (hash >>> 13);
}

function mix(hash: number, text: string): number {
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
