/**
 * Excel tables (ListObjects) in the in-memory workbook: creation with Excel's header rules, naming,
 * overlap checks and row insertion.
 */
import { MAX_COLUMNS, Rect, columnIndex, rectsOverlap } from "./addresses";
import { officeError } from "./errors";
import { readValues } from "./range-ops";
import { MemorySheet } from "./sheet-model";

/** A table as the model stores it. `rect` includes the header row when `showHeaders` is true. */
export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheet: MemorySheet;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

/** The table style Excel gives a new table. */
export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

/**
 * Checks a table name against Excel's rules: starts with a letter, "_" or "\", then letters, digits, "."
 * and "_"; no spaces; at most 255 characters; not something that reads as a cell reference.
 */
export function validateTableName(name: unknown): string {
  const text = typeof name === "string" ? name : "";
  const shapeOk = /^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\\\u0080-\uFFFF]*$/.test(text);
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
  const reference =
    (a1 !== null && columnIndex(a1[1]) < MAX_COLUMNS) ||
    /^[RrCc]$/.test(text) ||
    /^[Rr]\d*[Cc]\d*$/.test(text);
  if (!shapeOk || text.length > 255 || reference) {
    throw officeError("InvalidArgument", `'${String(name)}' is not a valid table name.`);
  }
  return text;
}

/** The host of the tables: the workbook model implements it. */
export interface TableHost {
  readonly tables: TableModel[];
  nextTableId(): string;
  /** Numbers for default names ("Table1", "Table2"…); never reused within a workbook session. */
  nextTableNumber(): number;
}

export function findTable(host: TableHost, name: string): TableModel | undefined {
  const wanted = name.toLowerCase();
  return host.tables.find((t) => t.name.toLowerCase() === wanted);
}

function headerText(value: string | number | boolean, index: number): string {
  if (value === "") return `Column${index + 1}`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * Header texts as Excel makes them: blanks become "Column<n>", non-text values become their text, and a
 * repeated header gets a number ("Amount", "Amount2").
 */
function normalizeHeaders(values: (string | number | boolean)[]): string[] {
  const used = new Set<string>();
  return values.map((value, i) => {
    let text = headerText(value, i);
    if (used.has(text.toLowerCase())) {
      let n = 2;
      while (used.has(`${text}${n}`.toLowerCase())) n++;
      text = `${text}${n}`;
    }
    used.add(text.toLowerCase());
    return text;
  });
}

/**
 * Creates a table over `rect`. With headers, the first row holds them; without, Excel writes a generated
 * header row and shifts the data down one row (as `TableCollection.add` documents). A one-row table with
 * headers gets one empty data row. Fails when the table would overlap another table or a merged area.
 */
export function createTable(
  host: TableHost,
  sheet: MemorySheet,
  rect: Rect,
  hasHeaders: boolean
): TableModel {
  for (const other of host.tables) {
    if (other.sheet === sheet && rectsOverlap(other.rect, rect)) {
      throw officeError("InvalidArgument", `A table can't overlap another table (${other.name}).`);
    }
  }
  if (sheet.mergesOverlapping(rect).length > 0) {
    throw officeError("MergedRangeConflict", "A table can't overlap merged cells.");
  }
  let tableRect = rect;
  if (!hasHeaders) {
    if (!shiftTableColumns(host, sheet, rect.top, rect.left, rect.right, 1)) {
      throw officeError(
        "InvalidOperation",
        "Shifting the data down for the header row would leave the grid."
      );
    }
    tableRect = { ...rect, bottom: rect.bottom + 1 };
    const blanks = new Array<string>(rect.right - rect.left + 1).fill("");
    normalizeHeaders(blanks).forEach((text, i) =>
      sheet.setContents(rect.top, rect.left + i, text, undefined)
    );
  } else {
    const headerRect = { ...rect, bottom: rect.top };
    const current = readValues(sheet, headerRect)[0];
    normalizeHeaders(current).forEach((text, i) => {
      const column = rect.left + i;
      if (current[i] !== text || typeof sheet.value(rect.top, column) !== "string") {
        sheet.setContents(rect.top, column, text, undefined);
      }
    });
    if (rect.top === rect.bottom) tableRect = { ...rect, bottom: rect.bottom + 1 };
  }
  let number = host.nextTableNumber();
  while (findTable(host, `Table${number}`)) number = host.nextTableNumber();
  const table: TableModel = {
    id: host.nextTableId(),
    name: `Table${number}`,
    sheet,
    rect: tableRect,
    showHeaders: true,
    showTotals: false,
    style: DEFAULT_TABLE_STYLE,
  };
  host.tables.push(table);
  return table;
}

/**
 * Shifts cells in columns [left, right] from `fromRow` down by `count`, refusing (false) when another
 * table or a merged area in those columns would be cut by the shift.
 */
function shiftTableColumns(
  host: TableHost,
  sheet: MemorySheet,
  fromRow: number,
  left: number,
  right: number,
  count: number,
  growing?: TableModel
): boolean {
  const band: Rect = {
    top: fromRow,
    left,
    bottom: sheet.usedRect(false)?.bottom ?? fromRow,
    right,
  };
  const blocked =
    host.tables.some((t) => t !== growing && t.sheet === sheet && rectsOverlap(t.rect, band)) ||
    sheet.mergesOverlapping(band).length > 0;
  if (blocked) {
    throw officeError(
      "InvalidOperation",
      "This operation would shift cells of another table or merged area; the fake does not move those."
    );
  }
  return sheet.shiftDown(fromRow, left, right, count);
}

/**
 * `table.rows.add(index, values)`: inserts rows into the data body at `index` (or at the end), shifting
 * the cells below down inside the table's columns, and grows the table.
 */
export function insertTableRows(
  host: TableHost,
  table: TableModel,
  index: number | null,
  count: number
): Rect {
  const bodyTop = table.rect.top + (table.showHeaders ? 1 : 0);
  const bodyRows = table.rect.bottom - bodyTop + 1;
  const at = index === null ? bodyRows : index;
  if (!Number.isInteger(at) || at < 0 || at > bodyRows || count < 1) {
    throw officeError(
      "InvalidArgument",
      `Row index ${String(index)} is outside the table ${table.name}.`
    );
  }
  const insertRow = bodyTop + at;
  const { left, right } = table.rect;
  if (!shiftTableColumns(host, table.sheet, insertRow, left, right, count, table)) {
    throw officeError(
      "InvalidOperation",
      "Adding rows would push data past the last row of the grid."
    );
  }
  table.rect = { ...table.rect, bottom: table.rect.bottom + count };
  return {
    top: insertRow,
    bottom: insertRow + count - 1,
    left: table.rect.left,
    right: table.rect.right,
  };
}
