/**
 * One worksheet of the in-memory workbook: a sparse cell store plus the sheet-level state the add-in
 * touches (merges, column widths, row heights, frozen panes, visibility, charts).
 *
 * Cells live in a Map from row index to three parallel sparse arrays (values, formulas, own styles), so a
 * 150,000 × 12 block is 150,000 small row records, not 1.8 million cell objects.
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, rectsOverlap } from "./addresses";
import { CellStyle, DEFAULT_STYLE } from "./cell-style";
import { CellValue } from "./cell-input";

// Hot loops use these module-level aliases: looking up globals such as Math is very slow inside jest's
// vm sandbox (about 100× a local binding), and these loops run millions of times for large sheets.
const { min, max } = Math;
const UNBOUNDED = Number.POSITIVE_INFINITY;

/** Excel's default column width (8.43 characters of Calibri 11) and row height, in points. */
export const STANDARD_COLUMN_WIDTH = 48;
export const STANDARD_ROW_HEIGHT = 15;

/** One row's cells: parallel sparse arrays indexed by column. */
export interface RowCells {
  values: (CellValue | undefined)[];
  formulas: (string | undefined)[] | null;
  styles: (CellStyle | undefined)[] | null;
}

/** A chart as the fake records it: what it shows and where it sits. */
export interface ChartModel {
  readonly id: string;
  name: string;
  chartType: string;
  sourceAddress: string;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  /** Top-left and bottom-right cells from `setPosition`, or null before it is called. */
  position: { startCell: string; endCell: string | null } | null;
  top: number;
  left: number;
  height: number;
  width: number;
}

type GrowingRect = { -readonly [K in keyof Rect]: Rect[K] };

/** `rect` grown to hold the cells [left, right] of `row` (a new rectangle when `rect` is null). */
function withCell(rect: GrowingRect | null, row: number, left: number, right: number): GrowingRect {
  if (rect === null) return { top: row, left, bottom: row, right };
  if (row < rect.top) rect.top = row;
  if (row > rect.bottom) rect.bottom = row;
  if (left < rect.left) rect.left = left;
  if (right > rect.right) rect.right = right;
  return rect;
}

const emptyRow = (): RowCells => ({ values: [], formulas: null, styles: null });

export type SheetVisibilityValue = "Visible" | "Hidden" | "VeryHidden";

export class MemorySheet {
  name: string;
  /** Changes when the workbook is reopened (`MemoryWorkbookModel.reopen`), as Excel's ids do. */
  id: string;
  /** Worksheet custom properties (ExcelApi 1.12): saved with the file, keys compared without case. */
  readonly customProperties = new Map<string, { key: string; value: string }>();
  visibility: SheetVisibilityValue = "Visible";
  tabColor = "";
  showGridlines = true;
  frozenRows = 0;
  frozenColumns = 0;
  /** The selection Excel remembers for the sheet, as an address without the sheet name. */
  selection = "A1";
  /** Set when the sheet is deleted; proxies that still point at it fail with ItemNotFound. */
  deleted = false;
  readonly merges: Rect[] = [];
  readonly charts: ChartModel[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Formatting applied to whole columns (for example `getRange("B:B").numberFormat = "@"`). */
  readonly columnStyles = new Map<number, CellStyle>();
  private readonly rows = new Map<number, RowCells>();
  /**
   * The stored cells' bounds over the whole sheet, values and formulas only and with own styles too,
   * grown as cells are added, or null once a cell was removed (the next used range scans every row and
   * keeps the result). Kept so that a used range is not a scan of every row after each write: 30-130 ms
   * for the 495,000-row projection in the preview, in one task (bench figure 9).
   */
  private kept: { values: GrowingRect | null; all: GrowingRect | null } | null = {
    values: null,
    all: null,
  };
  /** The row last handed out by `_rowForWrite`, whose new cells `kept` may not hold yet (-1: none). */
  private lentRow = -1;
  /**
   * A counting sink (benchmarks only): cells written are discarded, only the rows and width they reached
   * are kept (for the used range), so a benchmark's heap holds the add-in's memory, not Excel's.
   */
  private sinkRows: { top: number; bottom: number; scratch: RowCells; right: number } | null = null;

  constructor(name: string, id: string, sink = false) {
    this.name = name;
    this.id = id;
    if (sink)
      this.sinkRows = { top: UNBOUNDED, bottom: -UNBOUNDED, scratch: emptyRow(), right: -1 };
  }

  /**
   * @internal On a counting sink, records that `rect` was written (its cells are discarded) and returns
   * true; false on an ordinary sheet.
   */
  sink(rect: Rect): boolean {
    const sink = this.sinkRows;
    if (sink === null) return false;
    sink.top = min(sink.top, rect.top);
    sink.bottom = max(sink.bottom, rect.bottom);
    sink.right = max(sink.right, rect.right);
    return true;
  }

  private row(index: number): RowCells {
    // The caller may write into the row it gets.
    const sink = this.sinkRows;
    if (sink !== null) {
      if (index < sink.top) sink.top = index;
      if (index > sink.bottom) sink.bottom = index;
      return sink.scratch;
    }
    let cells = this.rows.get(index);
    if (!cells) {
      cells = { values: [], formulas: null, styles: null };
      this.rows.set(index, cells);
    }
    return cells;
  }

  /**
   * @internal A row's storage for bulk writers (created when missing), to add cells to: undefined is an
   * empty slot, and a cell is emptied through `setContents` or `clearContents`, never in the arrays. The
   * cells added are taken into the kept bounds at the next used range or the next row handed out.
   */
  _rowForWrite(index: number): RowCells {
    if (index !== this.lentRow) {
      this.foldLentRow();
      this.lentRow = index;
    }
    return this.row(index);
  }

  /** Adds a cell given a value or formula (`values`), or an own style, to the kept bounds. */
  private grow(row: number, column: number, values: boolean): void {
    const kept = this.kept;
    if (kept === null || this.sinkRows !== null) return;
    kept.all = withCell(kept.all, row, column, column);
    if (values) kept.values = withCell(kept.values, row, column, column);
  }

  /** Takes the cells of the row last handed out for writing into the kept bounds. */
  private foldLentRow(): void {
    const kept = this.kept;
    const cells = this.lentRow < 0 ? undefined : this.rows.get(this.lentRow);
    if (kept === null || cells === undefined) return;
    const values = this.rowBounds(cells, 0, MAX_COLUMNS - 1, false);
    if (values) kept.values = withCell(kept.values, this.lentRow, values[0], values[1]);
    const all = this.rowBounds(cells, 0, MAX_COLUMNS - 1, true);
    if (all) kept.all = withCell(kept.all, this.lentRow, all[0], all[1]);
  }

  /** True when any cell of the row within [left, right] has a value or formula. */
  rowHasContent(row: number, left: number, right: number): boolean {
    const cells = this.rows.get(row);
    if (!cells) return false;
    const { values, formulas } = cells;
    const stop = min(right, max(values.length, formulas?.length ?? 0) - 1);
    for (let c = left; c <= stop; c++) {
      if (values[c] !== undefined || (formulas !== null && formulas[c] !== undefined)) return true;
    }
    return false;
  }

  /** First and last stored columns of a row within [left, right], or null when there are none. */
  private rowBounds(
    cells: RowCells,
    left: number,
    right: number,
    includeStyles: boolean
  ): [number, number] | null {
    const { values, formulas } = cells;
    const styles = includeStyles ? cells.styles : null;
    const used = (c: number) =>
      values[c] !== undefined ||
      (formulas !== null && formulas[c] !== undefined) ||
      (styles !== null && styles[c] !== undefined);
    const longest = max(values.length, formulas?.length ?? 0, styles?.length ?? 0);
    const stop = min(right, longest - 1);
    let first = left;
    while (first <= stop && !used(first)) first++;
    if (first > stop) return null;
    let last = stop;
    while (last > first && !used(last)) last--;
    return [first, last];
  }

  value(row: number, column: number): CellValue | undefined {
    return this.rows.get(row)?.values[column];
  }

  /** A row's stored cells, for reading a whole row with one look-up (a read of 100,000 rows). */
  cellsAt(row: number): Readonly<RowCells> | undefined {
    return this.rows.get(row);
  }

  formula(row: number, column: number): string | undefined {
    return this.rows.get(row)?.formulas?.[column] ?? undefined;
  }

  /** The cell's own style, without the column style. */
  ownStyle(row: number, column: number): CellStyle | undefined {
    return this.rows.get(row)?.styles?.[column] ?? undefined;
  }

  /** The style the cell shows: its own, else its column's, else the default. */
  style(row: number, column: number): CellStyle {
    return this.ownStyle(row, column) ?? this.columnStyles.get(column) ?? DEFAULT_STYLE;
  }

  /** The style a cell inherits when it has none of its own. */
  inheritedStyle(column: number): CellStyle | undefined {
    return this.columnStyles.get(column);
  }

  /** Sets (or, with undefined for both, empties) a cell's contents. */
  setContents(
    row: number,
    column: number,
    value: CellValue | undefined,
    formula: string | undefined
  ): void {
    if (value === undefined && formula === undefined) {
      const cells = this.rows.get(row);
      if (!cells) return;
      if (cells.values[column] !== undefined || cells.formulas?.[column] !== undefined)
        this.kept = null;
      cells.values[column] = undefined;
      if (cells.formulas) cells.formulas[column] = undefined;
      return;
    }
    const cells = this.row(row);
    cells.values[column] = value;
    if (formula !== undefined) {
      if (!cells.formulas) cells.formulas = [];
      cells.formulas[column] = formula;
    } else if (cells.formulas) {
      cells.formulas[column] = undefined;
    }
    this.grow(row, column, true);
  }

  setOwnStyle(row: number, column: number, style: CellStyle | undefined): void {
    if (style === undefined) {
      const cells = this.rows.get(row);
      if (cells?.styles && cells.styles[column] !== undefined) {
        this.kept = null;
        cells.styles[column] = undefined;
      }
      return;
    }
    const cells = this.row(row);
    if (!cells.styles) cells.styles = [];
    cells.styles[column] = style;
    this.grow(row, column, false);
  }

  /** True when the cell has neither a value nor a formula. */
  isBlank(row: number, column: number): boolean {
    const cells = this.rows.get(row);
    if (!cells) return true;
    return cells.values[column] === undefined && cells.formulas?.[column] === undefined;
  }

  /** Row indexes that have any stored cell inside the rectangle's rows, ascending. */
  storedRowsWithin(rect: Rect): number[] {
    const result: number[] = [];
    const height = rect.bottom - rect.top + 1;
    if (height <= this.rows.size) {
      for (let r = rect.top; r <= rect.bottom; r++) if (this.rows.has(r)) result.push(r);
      return result;
    }
    for (const r of this.rows.keys()) if (r >= rect.top && r <= rect.bottom) result.push(r);
    return result.sort((a, b) => a - b);
  }

  /** Empties values and formulas inside the rectangle. */
  clearContents(rect: Rect): void {
    for (const r of this.storedRowsWithin(rect)) {
      this.kept = null;
      const cells = this.rows.get(r) as RowCells;
      const stop = min(rect.right, cells.values.length - 1);
      for (let c = rect.left; c <= stop; c++) cells.values[c] = undefined;
      if (cells.formulas) {
        const end = min(rect.right, cells.formulas.length - 1);
        for (let c = rect.left; c <= end; c++) cells.formulas[c] = undefined;
      }
      this.dropRowIfEmpty(r);
    }
  }

  /** Removes own styles inside the rectangle (and column styles for whole columns). */
  clearFormats(rect: Rect): void {
    if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) {
      for (let c = rect.left; c <= rect.right; c++) this.columnStyles.delete(c);
    }
    for (const r of this.storedRowsWithin(rect)) {
      this.kept = null;
      const cells = this.rows.get(r) as RowCells;
      if (cells.styles) {
        const end = min(rect.right, cells.styles.length - 1);
        for (let c = rect.left; c <= end; c++) cells.styles[c] = undefined;
      }
      this.dropRowIfEmpty(r);
    }
    for (let i = this.merges.length - 1; i >= 0; i--) {
      if (rectsOverlap(this.merges[i], rect)) this.merges.splice(i, 1);
    }
  }

  private dropRowIfEmpty(row: number): void {
    const cells = this.rows.get(row);
    if (!cells) return;
    if (!this.rowBounds(cells, 0, MAX_COLUMNS - 1, true)) this.rows.delete(row);
  }

  /**
   * The used rectangle: cells with a value or formula, plus (unless `valuesOnly`) cells with their own
   * formatting and merged areas. Null for a blank sheet.
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let top = UNBOUNDED;
    let bottom = -UNBOUNDED;
    let left = UNBOUNDED;
    let right = -UNBOUNDED;
    const bounds = within ?? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
    let stored: Rect | null = null;
    if (within) stored = this.scanBounds(bounds, valuesOnly);
    else {
      this.foldLentRow();
      this.kept ??= {
        values: this.scanBounds(bounds, true),
        all: this.scanBounds(bounds, false),
      };
      stored = valuesOnly ? this.kept.values : this.kept.all;
    }
    if (stored) ({ top, bottom, left, right } = stored);
    const sink = this.sinkRows;
    if (sink !== null && sink.top <= min(sink.bottom, bounds.bottom) && sink.bottom >= bounds.top) {
      const width = max(
        sink.right + 1,
        sink.scratch.values.length,
        sink.scratch.styles?.length ?? 0
      );
      top = min(top, max(sink.top, bounds.top));
      bottom = max(bottom, min(sink.bottom, bounds.bottom));
      left = min(left, bounds.left);
      right = max(right, min(width - 1, bounds.right));
    }
    if (!valuesOnly) {
      for (const merge of this.merges) {
        if (!rectsOverlap(merge, bounds)) continue;
        top = min(top, max(merge.top, bounds.top));
        bottom = max(bottom, min(merge.bottom, bounds.bottom));
        left = min(left, max(merge.left, bounds.left));
        right = max(right, min(merge.right, bounds.right));
      }
    }
    return top === UNBOUNDED ? null : { top, left, bottom, right };
  }

  /** The stored cells' bounds within `bounds`, by a scan of every row. */
  private scanBounds(bounds: Rect, valuesOnly: boolean): GrowingRect | null {
    let top = UNBOUNDED;
    let bottom = -UNBOUNDED;
    let left = UNBOUNDED;
    let right = -UNBOUNDED;
    for (const [r, cells] of this.rows) {
      if (r < bounds.top || r > bounds.bottom) continue;
      const found = this.rowBounds(cells, bounds.left, bounds.right, !valuesOnly);
      if (!found) continue;
      top = min(top, r);
      bottom = max(bottom, r);
      left = min(left, found[0]);
      right = max(right, found[1]);
    }
    return top === UNBOUNDED ? null : { top, left, bottom, right };
  }

  /** True when any cell in the rectangle has a value or formula. */
  private anyFilled(top: number, left: number, bottom: number, right: number): boolean {
    const t = max(0, top);
    const b = min(MAX_ROWS - 1, bottom);
    const l = max(0, left);
    const rr = min(MAX_COLUMNS - 1, right);
    if (t > b || l > rr) return false;
    for (let r = t; r <= b; r++) if (this.rowHasContent(r, l, rr)) return true;
    return false;
  }

  /**
   * Excel's current region (Ctrl+A, `Range.getSurroundingRegion`): starting from one cell, grow the
   * rectangle while the row above or below, or the column left or right — including the diagonal corner
   * cells — holds a value, so the region ends at blank rows and columns or the sheet edge.
   */
  surroundingRegion(row: number, column: number): Rect {
    let top = row;
    let bottom = row;
    let left = column;
    let right = column;
    // Each direction grows as far as it can before the others are re-checked, so a tall block costs a
    // few scans of its height rather than one per row.
    let grew = true;
    while (grew) {
      grew = false;
      while (top > 0 && this.anyFilled(top - 1, left - 1, top - 1, right + 1)) {
        top--;
        grew = true;
      }
      while (bottom < MAX_ROWS - 1 && this.anyFilled(bottom + 1, left - 1, bottom + 1, right + 1)) {
        bottom++;
        grew = true;
      }
      while (left > 0 && this.anyFilled(top - 1, left - 1, bottom + 1, left - 1)) {
        left--;
        grew = true;
      }
      while (right < MAX_COLUMNS - 1 && this.anyFilled(top - 1, right + 1, bottom + 1, right + 1)) {
        right++;
        grew = true;
      }
    }
    return { top, left, bottom, right };
  }

  /** The merged area containing a cell, if any. */
  mergeAt(row: number, column: number): Rect | undefined {
    for (const merge of this.merges) {
      if (
        row >= merge.top &&
        row <= merge.bottom &&
        column >= merge.left &&
        column <= merge.right
      ) {
        return merge;
      }
    }
    return undefined;
  }

  /** Merged areas overlapping a rectangle. */
  mergesOverlapping(rect: Rect): Rect[] {
    return this.merges.filter((merge) => rectsOverlap(merge, rect));
  }

  /**
   * Moves every stored cell in columns [left, right] at or below `fromRow` down by `count` rows (Excel's
   * "insert cells, shift down" inside a table's columns). Returns false when data would fall off the grid.
   */
  shiftDown(fromRow: number, left: number, right: number, count: number): boolean {
    const band = { top: fromRow, bottom: MAX_ROWS - 1, left, right };
    const affected = this.storedRowsWithin(band);
    const lastUsed = affected.length ? affected[affected.length - 1] : -1;
    if (lastUsed + count >= MAX_ROWS) return false;
    for (let i = affected.length - 1; i >= 0; i--) {
      const r = affected[i];
      for (let c = left; c <= right; c++) {
        const value = this.value(r, c);
        const formula = this.formula(r, c);
        const style = this.ownStyle(r, c);
        this.setContents(r + count, c, value, formula);
        this.setOwnStyle(r + count, c, style);
        this.setContents(r, c, undefined, undefined);
        this.setOwnStyle(r, c, undefined);
      }
      this.dropRowIfEmpty(r);
    }
    return true;
  }
}
