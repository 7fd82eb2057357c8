/**
 * Reading and writing a rectangle of a sheet with Excel's rules. Both the proxies (at sync) and the test
 * helpers on the model go through these, so a test's setup is stored exactly as the add-in's writes are.
 */
import { MAX_ROWS, Rect, rectColumns, rectRows } from "./addresses";
import { CellStyle, CellStylePatch, DEFAULT_STYLE, styleUpdater } from "./cell-style";
import { CellError, CellValue, parseInput } from "./cell-input";
import { officeError } from "./errors";
import { displayText } from "./number-format";
import { MemorySheet, RowCells, STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT } from "./sheet-model";

/** A value as `Range.values` returns it. */
export type ReadValue = number | string | boolean;

/** `Range.valueTypes` entries the fake produces. */
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

/** A written cell after JSON serialization (what Office.js actually sends): never undefined or NaN. */
type WireCell = string | number | boolean | null;

/** What a write did, for the metrics. */
export interface WriteOutcome {
  /** Cells that received a value, formula or format (null entries excluded). */
  readonly cells: number;
  /** NaN and ±Infinity entries: JSON turns them into null, so Excel leaves those cells unchanged. */
  readonly nonFinite: number;
}

// Aliases for the per-cell loops: global lookups are very slow inside jest's vm sandbox.
const finite = Number.isFinite;
const { max, round } = Math;

const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Hidden cells of merged areas read as blank; only the top-left cell shows the value. */
function isHiddenByMerge(sheet: MemorySheet, row: number, column: number): boolean {
  if (sheet.merges.length === 0) return false;
  const merge = sheet.mergeAt(row, column);
  return merge !== undefined && (merge.top !== row || merge.left !== column);
}

/** Excel reads at most 5 million cells per request (resource limits, all platforms). */
export const MAX_READ_CELLS = 5000000;

function readGrid<T>(
  sheet: MemorySheet,
  rect: Rect,
  cell: (row: number, column: number, cells: Readonly<RowCells> | undefined) => T,
  hidden: T
): T[][] {
  const count = rectRows(rect) * rectColumns(rect);
  if (count > MAX_READ_CELLS) {
    throw officeError(
      "RangeExceedsLimit",
      `Reading ${count} cells; Excel reads at most ${MAX_READ_CELLS} per request. Read the used range, in chunks.`
    );
  }
  const merges = sheet.mergesOverlapping(rect);
  const out: T[][] = new Array(rectRows(rect));
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: T[] = new Array(rectColumns(rect));
    const cells = sheet.cellsAt(r);
    for (let c = rect.left; c <= rect.right; c++) {
      line[c - rect.left] =
        merges.length > 0 && isHiddenByMerge(sheet, r, c) ? hidden : cell(r, c, cells);
    }
    out[r - rect.top] = line;
  }
  return out;
}

function readableValue(value: CellValue | undefined): ReadValue {
  if (value === undefined) return "";
  if (value instanceof CellError) return value.code;
  return value;
}

/** `Range.values`: numbers, strings, booleans; "" for empty cells; error cells as their code ("#N/A"). */
export function readValues(sheet: MemorySheet, rect: Rect): ReadValue[][] {
  return readGrid(sheet, rect, (_r, c, cells) => readableValue(cells?.values[c]), "");
}

/** `Range.formulas`: the formula where there is one, else the value. */
export function readFormulas(sheet: MemorySheet, rect: Rect): ReadValue[][] {
  return readGrid(
    sheet,
    rect,
    (r, c) => sheet.formula(r, c) ?? readableValue(sheet.value(r, c)),
    ""
  );
}

/** `Range.numberFormat`: "General" for unformatted cells. */
export function readNumberFormats(sheet: MemorySheet, rect: Rect): string[][] {
  return readGrid(
    sheet,
    rect,
    (r, c) => sheet.style(r, c).numberFormat,
    DEFAULT_STYLE.numberFormat
  );
}

/** `Range.valueTypes`. A formula the fake has no result for reads as Empty. */
export function readValueTypes(sheet: MemorySheet, rect: Rect): ValueType[][] {
  return readGrid<ValueType>(
    sheet,
    rect,
    (_r, c, cells) => {
      const value = cells?.values[c];
      if (value === undefined) return "Empty";
      if (value instanceof CellError) return "Error";
      if (typeof value === "number") return "Double";
      if (typeof value === "boolean") return "Boolean";
      return "String";
    },
    "Empty"
  );
}

/** `Range.text`: the displayed text (see number-format.ts for how closely it follows Excel). */
export function readText(sheet: MemorySheet, rect: Rect, use1904: boolean): string[][] {
  return readGrid(
    sheet,
    rect,
    (r, c) => {
      const value = sheet.value(r, c);
      if (value === undefined) return "";
      if (value instanceof CellError) return value.code;
      return displayText(value, sheet.style(r, c).numberFormat, use1904);
    },
    ""
  );
}

/** One entry as JSON would carry it, or `invalid` for objects Excel rejects. */
function toWire(entry: unknown): WireCell | "invalid" | "nonFinite" {
  if (entry === null || entry === undefined || typeof entry === "function") return null;
  if (typeof entry === "number") return finite(entry) ? entry : "nonFinite";
  if (typeof entry === "string" || typeof entry === "boolean") return entry;
  if (entry instanceof Date) return Number.isNaN(entry.getTime()) ? null : entry.toJSON();
  return "invalid";
}

/**
 * Checks a written property against the range and returns an accessor for its entries. A 2-D array must
 * match the range exactly; a single non-array value applies to every cell (Office.js accepts this at run
 * time although the TypeScript types only allow arrays); null or undefined for the whole property is
 * rejected, as the Office documentation on null input says.
 */
function matrixAccessor(
  input: unknown,
  rect: Rect,
  property: string
): (row: number, column: number) => unknown {
  const rows = rectRows(rect);
  const columns = rectColumns(rect);
  if (input === null || input === undefined) {
    throw officeError("InvalidArgument", `${property} cannot be set to ${String(input)}.`);
  }
  if (!Array.isArray(input)) {
    if (typeof input === "object" && !(input instanceof Date)) {
      throw officeError("InvalidArgument", `${property} must be a 2-D array or a single value.`);
    }
    return () => input;
  }
  const shapeOk =
    input.length === rows &&
    input.every((line: unknown) => Array.isArray(line) && line.length === columns);
  if (!shapeOk) {
    const given = Array.isArray(input[0])
      ? `${input.length} × ${(input[0] as unknown[]).length}`
      : `${input.length} (not 2-D)`;
    throw officeError(
      "InvalidArgument",
      `${DIMENSION_MISMATCH} ${property}: the array is ${given}, the range is ${rows} × ${columns}.`
    );
  }
  return (row, column) => (input[row] as unknown[])[column];
}

/**
 * Converts every entry of a written property to its wire form first, so that an invalid entry anywhere
 * rejects the whole write before any cell changes.
 */
function wireGrid(
  input: unknown,
  rect: Rect,
  property: string
): { get: (row: number, column: number) => WireCell; nonFinite: number } {
  const entry = matrixAccessor(input, rect, property);
  const rows = rectRows(rect);
  const columns = rectColumns(rect);
  if (!Array.isArray(input)) {
    const wire = toWire(entry(0, 0));
    if (wire === "invalid")
      throw officeError("InvalidArgument", `${property} has an object entry.`);
    const single = wire === "nonFinite" ? null : wire;
    return { get: () => single, nonFinite: wire === "nonFinite" ? rows * columns : 0 };
  }
  let nonFinite = 0;
  let converted: WireCell[][] | null = null;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const raw = entry(r, c);
      const wire = toWire(raw);
      if (wire === "invalid") {
        throw officeError("InvalidArgument", `${property}[${r}][${c}] is an object or array.`);
      }
      if (wire === "nonFinite") nonFinite++;
      if (wire !== raw) {
        // Copy only when an entry changes (undefined, NaN, Date), to keep large numeric writes cheap.
        if (!converted) {
          converted = (input as unknown[][]).map((line) => line.slice() as WireCell[]);
        }
        converted[r][c] = wire === "nonFinite" ? null : wire;
      }
    }
  }
  const grid = (converted ?? input) as WireCell[][];
  return { get: (r, c) => grid[r][c], nonFinite };
}

/**
 * Writes `Range.values` or `Range.formulas`: null leaves a cell unchanged, "" clears it, everything else
 * goes through Excel's input rules (formulas, text format, apostrophe, numeric strings).
 */
export function writeContents(
  sheet: MemorySheet,
  rect: Rect,
  input: unknown,
  property: "values" | "formulas",
  use1904: boolean
): WriteOutcome {
  if (sheet.sink(rect)) return { cells: rectRows(rect) * rectColumns(rect), nonFinite: 0 };
  const grid = wireGrid(input, rect, property);
  let cells = 0;
  const rows = rectRows(rect);
  const columns = rectColumns(rect);
  const columnStyled = sheet.columnStyles.size > 0;
  const impliedFormats = new Map<string, (s: CellStyle | undefined) => CellStyle | undefined>();
  for (let r = 0; r < rows; r++) {
    const row = rect.top + r;
    let stored: RowCells | undefined;
    for (let c = 0; c < columns; c++) {
      const entry = grid.get(r, c);
      if (entry === null) continue;
      const column = rect.left + c;
      cells++;
      if (entry === "") {
        // Clearing never creates storage, so `getRange("A:A").values = ""` stays cheap.
        sheet.setContents(row, column, undefined, undefined);
        continue;
      }
      stored ??= sheet._rowForWrite(row);
      if (typeof entry !== "string") {
        // Numbers and booleans are stored as they are, whatever the cell's format (fast path).
        stored.values[column] = entry;
        if (stored.formulas !== null) stored.formulas[column] = undefined;
        continue;
      }
      const own = stored.styles !== null ? stored.styles[column] : undefined;
      const style =
        own ?? (columnStyled ? sheet.inheritedStyle(column) : undefined) ?? DEFAULT_STYLE;
      const parsed = parseInput(entry, style.numberFormat === "@", use1904);
      sheet.setContents(row, column, parsed.value, parsed.formula);
      if (parsed.impliedFormat && style.numberFormat === DEFAULT_STYLE.numberFormat) {
        let update = impliedFormats.get(parsed.impliedFormat);
        if (!update) {
          update = styleUpdater({ numberFormat: parsed.impliedFormat });
          impliedFormats.set(parsed.impliedFormat, update);
        }
        sheet.setOwnStyle(row, column, update(own ?? sheet.inheritedStyle(column)));
      }
    }
  }
  return { cells, nonFinite: grid.nonFinite };
}

/**
 * A format given as a 1 × 1 array for a larger range: Excel applies it to every cell, as a single value.
 * The Office documentation relies on this: "Excel JavaScript object model in Office Add-ins"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts) sets
 * `numberFormat = [["$0.00"]]` on E3:E6, and OfficeDev/office-js-docs-pr#5400 reports it on bounded ranges.
 * Values and formulas still need the range's shape.
 */
function broadcastFormat(input: unknown, rect: Rect): unknown {
  if (rectRows(rect) * rectColumns(rect) === 1 || !Array.isArray(input) || input.length !== 1)
    return input;
  const line: unknown = input[0];
  return Array.isArray(line) && line.length === 1 && typeof line[0] === "string" ? line[0] : input;
}

/** Writes `Range.numberFormat`: null leaves a cell unchanged, "" resets it to General. */
export function writeNumberFormats(sheet: MemorySheet, rect: Rect, written: unknown): WriteOutcome {
  if (sheet.sink(rect)) return { cells: rectRows(rect) * rectColumns(rect), nonFinite: 0 };
  const input = broadcastFormat(written, rect);
  const grid = wireGrid(input, rect, "numberFormat");
  if (!Array.isArray(input) && grid.get(0, 0) !== null && isWholeColumns(rect)) {
    const format = String(grid.get(0, 0));
    applyStyle(sheet, rect, { numberFormat: format === "" ? "General" : format });
    return { cells: rectRows(rect) * rectColumns(rect), nonFinite: 0 };
  }
  if (!Array.isArray(input) && typeof grid.get(0, 0) === "string")
    return broadcastNumberFormat(sheet, rect, grid.get(0, 0) as string);
  const updaters = new Map<string, (s: CellStyle | undefined) => CellStyle | undefined>();
  let cells = 0;
  for (let r = 0; r < rectRows(rect); r++) {
    for (let c = 0; c < rectColumns(rect); c++) {
      const entry = grid.get(r, c);
      if (entry === null) continue;
      if (typeof entry !== "string") {
        throw officeError("InvalidArgument", `numberFormat[${r}][${c}] must be a string.`);
      }
      const format = entry === "" ? "General" : entry;
      let update = updaters.get(format);
      if (!update) {
        update = styleUpdater({ numberFormat: format });
        updaters.set(format, update);
      }
      const row = rect.top + r;
      const column = rect.left + c;
      sheet.setOwnStyle(
        row,
        column,
        update(sheet.ownStyle(row, column) ?? sheet.inheritedStyle(column))
      );
      cells++;
    }
  }
  return { cells, nonFinite: grid.nonFinite };
}

/**
 * One number format for every cell of a bounded range (what the writer sends with each request): the
 * same cells and styles as the cell-by-cell path, with each row's storage reached once rather than three
 * times per cell (this was a sixth of the write's time in the preview, bench figure 9).
 */
function broadcastNumberFormat(sheet: MemorySheet, rect: Rect, entry: string): WriteOutcome {
  const update = styleUpdater({ numberFormat: entry === "" ? "General" : entry });
  const columnStyled = sheet.columnStyles.size > 0;
  for (let row = rect.top; row <= rect.bottom; row++) {
    let stored: RowCells | undefined;
    for (let column = rect.left; column <= rect.right; column++) {
      const own = stored ? (stored.styles?.[column] ?? undefined) : sheet.ownStyle(row, column);
      const next = update(own ?? (columnStyled ? sheet.inheritedStyle(column) : undefined));
      if (next === undefined) {
        // The default style: the cell keeps no style of its own (as setOwnStyle does).
        sheet.setOwnStyle(row, column, undefined);
        continue;
      }
      stored ??= sheet._rowForWrite(row);
      (stored.styles ??= [])[column] = next;
    }
  }
  return { cells: rectRows(rect) * rectColumns(rect), nonFinite: 0 };
}

function isWholeColumns(rect: Rect): boolean {
  return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
}

/**
 * Applies a formatting change to every cell of a rectangle. Whole columns are formatted as columns (as
 * Excel does), so `getRange("A:A").format.font.bold = true` does not create a million cells.
 */
export function applyStyle(sheet: MemorySheet, rect: Rect, patch: CellStylePatch): void {
  const update = styleUpdater(patch);
  if (isWholeColumns(rect)) {
    for (let c = rect.left; c <= rect.right; c++) {
      const next = update(sheet.columnStyles.get(c));
      if (next) sheet.columnStyles.set(c, next);
      else sheet.columnStyles.delete(c);
    }
    for (const r of sheet.storedRowsWithin(rect)) {
      for (let c = rect.left; c <= rect.right; c++) {
        const own = sheet.ownStyle(r, c);
        if (own) sheet.setOwnStyle(r, c, update(own));
      }
    }
    return;
  }
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      sheet.setOwnStyle(r, c, update(sheet.ownStyle(r, c) ?? sheet.inheritedStyle(c)));
    }
  }
}

/**
 * A formatting property over a rectangle: its value when every cell agrees, else null (as Office.js
 * reports mixed formatting).
 */
export function uniformStyle<T>(
  sheet: MemorySheet,
  rect: Rect,
  pick: (style: CellStyle) => T
): T | null {
  let seen = false;
  let result: T | null = null;
  const consider = (style: CellStyle): boolean => {
    const value = pick(style);
    if (!seen) {
      seen = true;
      result = value;
      return true;
    }
    return value === result;
  };
  const storedRows = sheet.storedRowsWithin(rect);
  // Rows without stored cells show their column styles; look at those once.
  if (storedRows.length < rectRows(rect)) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (!consider(sheet.inheritedStyle(c) ?? DEFAULT_STYLE)) return null;
    }
  }
  for (const r of storedRows) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (!consider(sheet.style(r, c))) return null;
    }
  }
  return result;
}

/** `format.columnWidth` over a range's columns: the shared width or null. */
export function readColumnWidth(sheet: MemorySheet, rect: Rect): number | null {
  const first = sheet.columnWidths.get(rect.left) ?? STANDARD_COLUMN_WIDTH;
  for (let c = rect.left + 1; c <= rect.right; c++) {
    if ((sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH) !== first) return null;
  }
  return first;
}

/** `format.rowHeight` over a range's rows: the shared height or null. */
export function readRowHeight(sheet: MemorySheet, rect: Rect): number | null {
  if (sheet.rowHeights.size === 0) return STANDARD_ROW_HEIGHT;
  const first = sheet.rowHeights.get(rect.top) ?? STANDARD_ROW_HEIGHT;
  for (let r = rect.top + 1; r <= rect.bottom; r++) {
    if ((sheet.rowHeights.get(r) ?? STANDARD_ROW_HEIGHT) !== first) return null;
  }
  return first;
}

/** Sets a width (points) on every column of the range. Excel allows 0 (hidden) to 255 characters. */
export function writeColumnWidth(sheet: MemorySheet, rect: Rect, width: unknown): void {
  if (typeof width !== "number" || !Number.isFinite(width) || width < 0 || width > 1790) {
    throw officeError("InvalidArgument", `columnWidth ${String(width)} is not a width in points.`);
  }
  for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, width);
}

/**
 * Approximates AutoFit: each column becomes wide enough for its longest displayed text in the range, at
 * about 7 pixels per character plus 5 pixels of padding (Calibri 11), in points. Columns with no text in
 * the range keep their width.
 */
export function autofitColumns(sheet: MemorySheet, rect: Rect, use1904: boolean): void {
  const longest = new Map<number, number>();
  for (const r of sheet.storedRowsWithin(rect)) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (isHiddenByMerge(sheet, r, c)) continue;
      const value = sheet.value(r, c);
      if (value === undefined) continue;
      const text =
        value instanceof CellError
          ? value.code
          : displayText(value, sheet.style(r, c).numberFormat, use1904);
      longest.set(c, max(longest.get(c) ?? 0, text.length));
    }
  }
  for (const [column, characters] of longest) {
    const pixels = characters * 7 + 5;
    sheet.columnWidths.set(column, round(pixels * 0.75 * 100) / 100);
  }
}

/**
 * Merges a rectangle (or each of its rows, with `across`). Like Excel, only the top-left value of each new
 * merged area is kept, and merged areas it overlaps are replaced.
 */
export function mergeCells(sheet: MemorySheet, rect: Rect, across: boolean): void {
  const areas: Rect[] = across
    ? Array.from({ length: rectRows(rect) }, (_, i) => ({
        top: rect.top + i,
        bottom: rect.top + i,
        left: rect.left,
        right: rect.right,
      }))
    : [rect];
  unmergeCells(sheet, rect);
  for (const area of areas) {
    if (area.top === area.bottom && area.left === area.right) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        if (r !== area.top || c !== area.left) sheet.setContents(r, c, undefined, undefined);
      }
    }
    sheet.merges.push(area);
  }
}

/** Removes merged areas overlapping a rectangle. */
function unmergeCells(sheet: MemorySheet, rect: Rect): void {
  const keep = sheet.merges.filter((merge) => !sheet.mergesOverlapping(rect).includes(merge));
  sheet.merges.splice(0, sheet.merges.length, ...keep);
}
