import { MergedArea } from "../core/table/grid";

/** Column letters to a 0-based index: "A" → 0, "AA" → 26. */
function columnIndexOf(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** The cells of an A1 address, 0-based. */
export interface Cells {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/**
 * The cells an A1 address names ("B3:C5", "$B$3", with or without its sheet: "Sheet1!B3:C5"), 0-based;
 * undefined when it does not parse.
 * @example cellsOf("'My sheet'!B3:C5") //=> { row: 2, column: 1, rowCount: 3, columnCount: 2 }
 */
export function cellsOf(address: string): Cells | undefined {
  const [first, last = first] = address.slice(address.lastIndexOf("!") + 1).split(":");
  const a = CELL.exec(first);
  const b = CELL.exec(last);
  if (!a || !b) return undefined;
  const rowA = Number(a[2]) - 1;
  const rowB = Number(b[2]) - 1;
  const colA = columnIndexOf(a[1]);
  const colB = columnIndexOf(b[1]);
  return {
    row: Math.min(rowA, rowB),
    column: Math.min(colA, colB),
    rowCount: Math.abs(rowB - rowA) + 1,
    columnCount: Math.abs(colB - colA) + 1,
  };
}

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
    const cells = cellsOf(match[1]);
    if (!cells) continue;
    areas.push({ ...cells, row: cells.row - top, column: cells.column - left });
  }
  return areas;
}
