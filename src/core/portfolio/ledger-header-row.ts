import { fieldCount, UserColumnMap } from "./ledger-column-map";

/** How far down a ledger the header row is looked for: titles, notes and a date line fit in 20 rows. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The index of the header row within the first HEADER_SEARCH_ROWS rows: the row naming the most known
 * fields (the first such row on a tie), as long as it names at least two, so a title row ("2024年专利台账")
 * or a note above the list is never taken for the header. Undefined when no row qualifies: the caller
 * then reads the first row as the header and reports the missing columns.
 * @example findHeaderRow([["2024年专利台账"], [], ["序号", "申请号", "申请日", "类型"]]) //=> 2
 */
export function findHeaderRow(
  values: unknown[][],
  userMap: UserColumnMap = {}
): number | undefined {
  let best: number | undefined;
  let bestCount = 1;
  values.slice(0, HEADER_SEARCH_ROWS).forEach((cells, index) => {
    const count = fieldCount(cells ?? [], userMap);
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}
