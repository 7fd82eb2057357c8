/**
 * A stable sort that yields while it works, so a long list can be sorted between a browser's repaints:
 * runs of `runLength` items sorted by Array.prototype.sort (stable), then merged pairwise (left first on
 * ties, so stable too). Yields the items placed so far (a count that grows past the list's length, one
 * list's worth per merge pass) about every `perStep` items. The input is left as it was.
 * @example
 * const sorting = sortInSteps([3, 1, 2], (a, b) => a - b);
 * let step = sorting.next();
 * while (!step.done) step = sorting.next();
 * step.value //=> [1, 2, 3]
 */
export function* sortInSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  perStep = 10_000,
  runLength = 1000
): Generator<number, T[], void> {
  const n = items.length;
  let from: T[] = [];
  let work = 0;
  let nextYield = perStep;
  for (let start = 0; start < n; start += runLength) {
    const run = items.slice(start, start + runLength).sort(compare);
    for (const item of run) from.push(item);
    work += run.length;
    if (work >= nextYield && work < n) {
      nextYield = work + perStep;
      yield work;
    }
  }
  let to: T[] = new Array<T>(n);
  for (let width = runLength; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const middle = Math.min(left + width, n);
      const end = Math.min(left + 2 * width, n);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < end) to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
      while (i < middle) to[k++] = from[i++];
      while (j < end) to[k++] = from[j++];
      work += end - left;
      if (work >= nextYield) {
        nextYield = work + perStep;
        yield work;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
