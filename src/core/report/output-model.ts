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
  rows: CellValue[][];
  /** Make the block an Excel table with this name (tables are created after the values are written). */
  tableName?: string;
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
