/**
 * What the add-in writes, described as data: sheets made of blocks (a header row and rows of values) with
 * a format per column, optional Excel tables and charts. Pure and Office-free, so the layout is unit-tested
 * and the writer in src/excel only has to carry it out.
 */
import type { CellValue, ColumnFormat, OutputColumn } from "../table/table-schema";

export type { CellValue, ColumnFormat, OutputColumn };

export interface OutputBlock {
  /** 0-based sheet row of the block's header row. */
  top: number;
  /** Optional title written in the row above the header. */
  title?: string;
  columns: OutputColumn[];
  /**
   * Every row. A block with a `source` makes them all when this is read (and keeps them): code that
   * may meet a large block reads `blockRowCount` and `blockRowAt` instead.
   */
  rows: CellValue[][];
  /** Make the block an Excel table with this name (tables are created after the values are written). */
  tableName?: string;
  /** Rows made one at a time when asked, so hundreds of thousands of them are not all held at once. */
  source?: RowSource;
}

/**
 * The rows of a large block (the Projection's), made when written: `rowAt(i)` makes row i afresh.
 * @example const source: RowSource = { count: 1, rowAt: () => ["CN1"] };
 */
export interface RowSource {
  count: number;
  rowAt(index: number): CellValue[];
  /**
   * True when every text the rows hold is at most EXCEL_MAX_CELL_TEXT characters and in a "text"
   * column (which Excel never takes for a formula): the writer then writes the rows as they are made,
   * without looking at each of a million cells.
   */
  checked?: boolean;
  /**
   * Writes row `index` into `row`, an array of an earlier request the writer reuses once Excel has it
   * (a million rows then make a request's worth of arrays, not a million): the same cells as `rowAt`.
   */
  fill?(index: number, row: CellValue[]): void;
}

/**
 * A block whose rows come from `source`; reading its `rows` makes them all, once.
 * @example blockRowCount(sourcedBlock({ top: 0, columns }, source)) //=> source.count
 */
export function sourcedBlock(
  block: Omit<OutputBlock, "rows" | "source">,
  source: RowSource
): OutputBlock {
  let made: CellValue[][] | undefined;
  const sourced: OutputBlock = { ...block, source, rows: [] };
  // A property, not a getter in the literal: compiled spreads (Object.assign) would call the getter.
  Object.defineProperty(sourced, "rows", {
    enumerable: true,
    get(): CellValue[][] {
      if (made === undefined)
        made = Array.from({ length: source.count }, (_, i) => source.rowAt(i));
      return made;
    },
  });
  return sourced;
}

/**
 * A block of one row per item, made when written (a RowSource over `items`), so a sheet of a row per
 * right or offset is not held as rows besides the items.
 * @example blockRowAt(mappedBlock({ top: 0, columns }, [{ id: "CN1" }], (x) => [x.id]), 0) //=> ["CN1"]
 */
export function mappedBlock<T>(
  block: Omit<OutputBlock, "rows" | "source">,
  items: readonly T[],
  rowOf: (item: T) => CellValue[]
): OutputBlock {
  return sourcedBlock(block, { count: items.length, rowAt: (index) => rowOf(items[index]) });
}

/**
 * The rows of a block, without making a sourced block's rows.
 * @example blockRowCount({ top: 0, columns: [], rows: [[1], [2]] }) //=> 2
 */
export function blockRowCount(block: OutputBlock): number {
  return block.source ? block.source.count : block.rows.length;
}

/**
 * Row `index` of a block (0 is the first row under the header), made afresh for a sourced block.
 * @example blockRowAt({ top: 0, columns: [], rows: [[1], [2]] }, 1) //=> [2]
 */
export function blockRowAt(block: OutputBlock, index: number): CellValue[] {
  return block.source ? block.source.rowAt(index) : block.rows[index];
}

export interface ChartSpec {
  title: string;
  /** The block whose columns feed the chart: the first listed column gives the categories. */
  block: number;
  columns: number[];
  /** How many data rows (after the header) the chart shows. */
  rowCount: number;
  /** 0-based anchor (top-left) of the chart on the sheet. */
  anchorRow: number;
  anchorColumn: number;
}

export interface OutputSheet {
  /** The role of the sheet; its visible name is chosen by the writer (see owned-sheets). */
  role: "projection" | "summary" | "deadlines" | "issues" | "offsets" | "finance";
  /** The preferred visible name. */
  name: string;
  blocks: OutputBlock[];
  charts: ChartSpec[];
  freezeHeaderRows?: number;
}

/** Excel's sheet size: 1,048,576 rows. Output sheets keep a margin for their header and notes. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const MAX_DATA_ROWS_PER_SHEET = 1_000_000;
