/**
 * A1 addresses: parsing "Sheet1!A1:C3", "'My sheet'!B2", "A:C" and "2:5", and formatting rectangles back the
 * way Excel reports `Range.address` ("Projection!A1:K20", "'My sheet'!B2", "Sheet1!A:A").
 */
import { officeError } from "./errors";

/** Excel's grid since Excel 2007: 1,048,576 rows × 16,384 columns (A…XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based and inclusive at both ends. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** An address split into its optional sheet name and its rectangle. */
export interface ParsedAddress {
  readonly sheetName: string | null;
  readonly rect: Rect;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

/** True when the rectangle lies inside Excel's grid. */
export function rectInGrid(rect: Rect): boolean {
  return (
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom < MAX_ROWS &&
    rect.right < MAX_COLUMNS &&
    rect.top <= rect.bottom &&
    rect.left <= rect.right
  );
}

/**
 * Builds a rectangle from a start cell and a size, throwing InvalidArgument when it leaves the grid.
 *
 * @example
 * rectFromIndexes(0, 0, 2, 3) //=> { top: 0, left: 0, bottom: 1, right: 2 }  (A1:C2)
 */
export function rectFromIndexes(
  row: number,
  column: number,
  rowCount: number,
  columnCount: number
): Rect {
  const integers = [row, column, rowCount, columnCount].every((n) => Number.isInteger(n));
  const rect = {
    top: row,
    left: column,
    bottom: row + rowCount - 1,
    right: column + columnCount - 1,
  };
  if (!integers || rowCount < 1 || columnCount < 1 || !rectInGrid(rect)) {
    throw officeError(
      "InvalidArgument",
      `The range at row ${row}, column ${column} with ${rowCount} × ${columnCount} cells is outside the ` +
        `worksheet grid (${MAX_ROWS} rows × ${MAX_COLUMNS} columns).`
    );
  }
  return rect;
}

/**
 * The letters of a zero-based column index.
 *
 * @example
 * columnLetters(0) //=> "A"
 * columnLetters(16383) //=> "XFD"
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The zero-based index of column letters, or -1 when they are not letters.
 *
 * @example
 * columnIndex("AA") //=> 26
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/**
 * Formats a rectangle without a sheet name: "A1", "A1:C3", whole columns as "A:C", whole rows as "2:5".
 *
 * @example
 * formatRect({ top: 0, left: 0, bottom: 19, right: 10 }) //=> "A1:K20"
 */
export function formatRect(rect: Rect): string {
  const wholeColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const wholeRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) {
    return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  }
  if (wholeRows) return `${rect.top + 1}:${rect.bottom + 1}`;
  const first = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/** True when a name could be read as a cell reference (A1, XFD1048576) or an R1C1 reference. */
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnIndex(a1[1]) < MAX_COLUMNS) return true;
  return /^[Rr](\d*)[Cc](\d*)$/.test(name) || /^[RrCc]$/.test(name);
}

/**
 * A sheet name as it appears in a reference: quoted when it contains anything but letters, digits,
 * underscores and dots, starts with a digit, or could be read as a reference. Quotes inside are doubled.
 *
 * @example
 * quoteSheetName("Projection") //=> "Projection"
 * quoteSheetName("My sheet") //=> "'My sheet'"
 */
export function quoteSheetName(name: string): string {
  let plain = name.length > 0 && !looksLikeReference(name);
  for (let i = 0; plain && i < name.length; i++) {
    const code = name.charCodeAt(i);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
    const digit = code >= 48 && code <= 57;
    if (i === 0) plain = letter || code === 95;
    else plain = letter || digit || code === 95 || code === 46;
  }
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Formats a full address the way `Range.address` reports it.
 *
 * @example
 * formatAddress("My sheet", { top: 1, left: 1, bottom: 1, right: 1 }) //=> "'My sheet'!B2"
 */
export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function badAddress(address: string, why: string): Error {
  return officeError("InvalidArgument", `The address '${address}' is not valid: ${why}.`);
}

function parseCell(part: string, address: string): { row: number; column: number } {
  const match = CELL.exec(part);
  if (!match) throw badAddress(address, `'${part}' is not an A1 cell reference`);
  const column = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  if (column < 0 || column >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) {
    throw badAddress(address, `'${part}' is outside the grid (${MAX_ROWS} rows × XFD columns)`);
  }
  return { row, column };
}

function parseRectPart(text: string, address: string): Rect {
  const pieces = text.split(":");
  if (pieces.length > 2 || pieces.some((p) => p.length === 0)) {
    throw badAddress(address, "expected a cell, a cell range, a column range or a row range");
  }
  const [first, second = first] = pieces;
  if (COLUMN.test(first) && COLUMN.test(second) && pieces.length === 2) {
    const a = columnIndex(first.replace("$", ""));
    const b = columnIndex(second.replace("$", ""));
    if (a >= MAX_COLUMNS || b >= MAX_COLUMNS) throw badAddress(address, "column beyond XFD");
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  if (ROW.test(first) && ROW.test(second) && pieces.length === 2) {
    const a = Number(first.replace("$", "")) - 1;
    const b = Number(second.replace("$", "")) - 1;
    if (a < 0 || b < 0 || a >= MAX_ROWS || b >= MAX_ROWS) {
      throw badAddress(address, `row outside 1…${MAX_ROWS}`);
    }
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLUMNS - 1 };
  }
  const a = parseCell(first, address);
  const b = parseCell(second, address);
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.column, b.column),
    right: Math.max(a.column, b.column),
  };
}

/**
 * Parses an A1 address with an optional sheet prefix. Throws InvalidArgument (like Excel at sync) for
 * anything else, including cells beyond row 1,048,576 or column XFD.
 *
 * @example
 * parseAddress("'My sheet'!A1:C3")
 * //=> { sheetName: "My sheet", rect: { top: 0, left: 0, bottom: 2, right: 2 } }
 */
export function parseAddress(address: string): ParsedAddress {
  const text = address.trim();
  let sheetName: string | null = null;
  let rest = text;
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    for (; i < text.length; i++) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i++;
        } else break;
      } else name += text[i];
    }
    if (text[i] !== "'" || text[i + 1] !== "!") {
      throw badAddress(address, "a quoted sheet name must be followed by '!'");
    }
    sheetName = name;
    rest = text.slice(i + 2);
  } else {
    const bang = text.lastIndexOf("!");
    if (bang >= 0) {
      sheetName = text.slice(0, bang);
      rest = text.slice(bang + 1);
    }
  }
  if (sheetName !== null && sheetName.length === 0) throw badAddress(address, "empty sheet name");
  return { sheetName, rect: parseRectPart(rest, address) };
}
