/** Rows ordered by moving them one by one before the merging starts: short runs sort fastest that way. */
const INSERTION_RUN = 16;

/**
 * Reorders `indexes` by `texts[index]` in UTF-16 code unit order (the order of compareText), equal texts
 * keeping their given order: a stable bottom-up merge sort with the comparison written out, not called
 * through a comparator (sortInSteps with `(a, b) => compareText(texts[a], texts[b])` spent most of its
 * time in the calls: about 150 ms of the Deadlines list at 100,000 rights). Yields the items placed so
 * far (a count that grows past the list's length, one list's worth per pass) about every `perStep`
 * items, so a long list is ordered between a browser's repaints. The input is left as it was.
 * @example
 * const ordering = orderByTextInSteps([0, 1, 2], ["b", "a", "b"]);
 * let step = ordering.next();
 * while (!step.done) step = ordering.next();
 * step.value //=> [1, 0, 2]
 */
export function* orderByTextInSteps(
  indexes: readonly number[],
  texts: readonly string[],
  perStep = 20_000
): Generator<number, number[], void> {
  const n = indexes.length;
  let from = indexes.slice();
  let work = 0;
  let nextYield = perStep;
  // The loops are plain functions: V8 optimises a loop there, not inside a running generator.
  for (let start = 0; start < n; start += INSERTION_RUN) {
    const end = Math.min(start + INSERTION_RUN, n);
    insertionSort(from, texts, start, end);
    work += end - start;
    if (work >= nextYield && work < n) {
      nextYield = work + perStep;
      yield work;
    }
  }
  let to: number[] = new Array<number>(n);
  for (let width = INSERTION_RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      work += merge(from, to, texts, left, width, n);
      if (work >= nextYield) {
        nextYield = work + perStep;
        yield work;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Orders items `start` to `end` (excluded) in place: an item moves left past strictly greater texts only. */
function insertionSort(items: number[], texts: readonly string[], start: number, end: number) {
  for (let i = start + 1; i < end; i += 1) {
    const item = items[i];
    const text = texts[item];
    let j = i;
    while (j > start && text < texts[items[j - 1]]) {
      items[j] = items[j - 1];
      j -= 1;
    }
    items[j] = item;
  }
}

/**
 * Merges the ordered runs `from[left … left + width)` and the one after it into `to`; returns the items
 * placed. The right item goes first only when its text is strictly smaller: ties keep the left one first.
 */
function merge(
  from: number[],
  to: number[],
  texts: readonly string[],
  left: number,
  width: number,
  n: number
): number {
  const middle = Math.min(left + width, n);
  const end = Math.min(left + 2 * width, n);
  let i = left;
  let j = middle;
  let k = left;
  while (i < middle && j < end) to[k++] = texts[from[j]] < texts[from[i]] ? from[j++] : from[i++];
  while (i < middle) to[k++] = from[i++];
  while (j < end) to[k++] = from[j++];
  return end - left;
}
