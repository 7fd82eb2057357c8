import { isBlank } from "./cell-readers";

/** Blank rows a list may hold in a run and still go on: a gap of more ends it (Excel's region ends at one). */
export const MAX_BLANK_GAP = 3;

/**
 * How many of the rows below a list still belong to it (`taken`): Excel's current region ends at the
 * first blank row, but people leave blank rows inside a ledger. The list goes on over up to
 * MAX_BLANK_GAP blank rows when rows with something in them follow; it ends before a longer gap, and
 * before the first row `isForeign` marks (another table's first row), so a table further down is never
 * swallowed. `ended` says whether it ended within `below`: when it did not, the rows under `below` may
 * still belong to it, and a reader that read `below` only in part reads on.
 * @example listExtentBelow([[""], ["CN2"], [""], [""], [""], [""], ["notes"]]).taken //=> 2
 * @example listExtentBelow([["CN2"], [""]]) //=> { taken: 1, ended: false }
 * @example listExtentBelow([["CN2"], [""], [""], [""], [""]]) //=> { taken: 1, ended: true }
 */
export function listExtentBelow(
  below: unknown[][],
  isForeign: (index: number) => boolean = () => false
): { taken: number; ended: boolean } {
  let taken = 0;
  let gap = 0;
  for (let index = 0; index < below.length; index++) {
    if (isForeign(index)) return { taken, ended: true };
    if ((below[index] ?? []).every((cell) => isBlank(cell))) {
      gap++;
      if (gap > MAX_BLANK_GAP) return { taken, ended: true };
      continue;
    }
    taken = index + 1;
    gap = 0;
  }
  return { taken, ended: false };
}
