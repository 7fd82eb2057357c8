import { MergedArea } from "../core/table/grid";

/** Column letters to a 0-based index: "A" → 0, "AA" → 26. */
function columnIndexOf(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * The merged areas Excel lists in `RangeAreas.address` ("Sheet1!A2:A4, 'My, sheet'!C5:D5"), relative to
 * the grid whose first cell is at (`top`, `left`), 0-based. An area that does not parse is left out: it is
 * then read as Excel gives it (its value in the first row only).
 * @example mergedAreasOf("Sheet1!B3:B5", 1, 0) //=> [{ row: 1, column: 1, rowCount: 3, columnCount: 1 }]
 */
export function mergedAreasOf(address: string, top: number, left: number): MergedArea[] {
  const areas: MergedArea[] = [];
  // Each area is sheet!cells; a quoted sheet name may hold commas and "!", so take the part after the last "!".
  for (const match of address.matchAll(/(?:'(?:[^']|'')*'|[^,'!\s][^,'!]*)!([$A-Za-z0-9:]+)/g)) {
    const [first, last = first] = match[1].split(":");
    const a = CELL.exec(first);
    const b = CELL.exec(last);
    if (!a || !b) continue;
    const rowA = Number(a[2]) - 1;
    const rowB = Number(b[2]) - 1;
    const colA = columnIndexOf(a[1]);
    const colB = columnIndexOf(b[1]);
    areas.push({
      row: Math.min(rowA, rowB) - top,
      column: Math.min(colA, colB) - left,
      rowCount: Math.abs(rowB - rowA) + 1,
      columnCount: Math.abs(colB - colA) + 1,
    });
  }
  return areas;
}
