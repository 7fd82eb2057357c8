/* Cells read from the workbook, and the problems found in them: the bottom of every table the add-in reads. */

/** A block of cells read from the workbook: the header row first, then one row per right. */
export interface SourceGrid {
  sheet: string;
  /** Sheet row number (1-based) of the header row. */
  top: number;
  /** Column index (0-based) of the first column. */
  left: number;
  values: unknown[][];
  /**
   * Office's valueTypes for the same cells, where known: "Error" marks cells such as #N/A. A row may be
   * missing (undefined) when none of its values could be an error (every error value is text starting
   * with "#"), so large tables are read without a type per cell.
   */
  valueTypes?: (string[] | undefined)[];
  /**
   * The merged areas among these cells, where the workbook says (Excel gives a merged area's value in its
   * top-left cell and blanks below): rows and columns counted from the grid's first cell, 0-based.
   */
  merged?: MergedArea[];
}

/** A merged area of a grid: its first row and column (0-based, from the grid's first cell) and size. */
export interface MergedArea {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** A problem with one cell (or row) of a table read from the workbook (portfolio, fee table, programmes), for the pane and the Issues sheet. */
export interface RowIssue {
  sheet: string;
  row: number;
  /** Column letter as Excel shows it ("C"), or "" for a problem with the whole row or table. */
  column: string;
  header: string;
  /** The message in the run's language (English until the run renders it: src/core/i18n/issue-text.ts). */
  message: string;
  /** The message's key in the i18n tables (src/core/i18n/issue-strings.ts) and its parameters, when it has one. */
  code?: string;
  params?: Record<string, string | number>;
  /** The problem the message wraps (rendered as its {problem}). */
  cause?: { code?: string; params?: Record<string, string | number>; message: string };
  /**
   * "error": the row (or programme row) is left out; "unsupported": a valid row we cannot project yet
   * (other offices, trademarks), still used for subsidies; "warning": the row is used, but part of it is
   * left out (e.g. its subsidy events), as the message says.
   */
  kind: "error" | "unsupported" | "warning";
}
