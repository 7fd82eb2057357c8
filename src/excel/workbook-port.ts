import { OutputSheet } from "../core/report/output-model";
import { SourceGrid } from "../core/table/grid";
import { CellValue, OutputColumn } from "../core/table/table-schema";

/** A place a portfolio can be read from: an Excel table, or the region around the selection. */
export interface PortfolioSource {
  kind: "table" | "region";
  /** Table name, or the region's address. */
  name: string;
  sheet: string;
  address: string;
  rows: number;
}

/**
 * Rows of a block in Excel, reported after each request; a request holding several small blocks reports
 * each, and reports its first block with no rows written before it is sent.
 */
export interface WriteProgress {
  sheet: string;
  /** The block's place in the write, counting every sheet's blocks in order from 0. */
  block: number;
  rowsWritten: number;
  rowsTotal: number;
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  /**
   * Checked before every request until the new sheets are complete; when it returns true the run stops,
   * removes its new sheets and leaves the previous outputs as they were.
   */
  isCancelled?: () => boolean;
  /**
   * Awaited before every request until the new sheets are complete (before `isCancelled` is checked), so
   * the caller can let the browser paint and handle a Cancel click during a long write.
   */
  pause?: () => Promise<void>;
  /** Remove the sheets `inspectOutputs` listed as `adoptable` (the user agreed). */
  adopt?: boolean;
  /** Keep the outputs edited since they were written (they become the user's sheets); default true. */
  keepEdited?: boolean;
  /**
   * What `inspectOutputs` answered just before, for these outputs. When it found none of our outputs
   * (nothing to ask the user), the write starts from the workbook as the inspection read it instead of
   * reading it again: 3 round trips to Excel fewer on a first run. Otherwise it reads the workbook again.
   */
  inspected?: OutputsFound;
}

/** What the workbook holds of earlier runs, by visible sheet name, for the pane to ask about. */
export interface OutputsFound {
  /** Our outputs, unchanged: replaced once the new ones are complete. */
  replace: string[];
  /** Our outputs edited since they were written. */
  edited: string[];
  /** Outputs of an earlier version, recorded by name, whose header matches: replaced only if agreed. */
  adoptable: string[];
  /** Copies of an output sheet (the same mark twice): never removed. */
  copies: string[];
}

export interface WriteReport {
  /** "written": the new outputs replaced the previous ones; "cancelled" and "failed": nothing changed. */
  outcome: "written" | "cancelled" | "failed";
  /** Visible names of the sheets written, in order (empty unless written). */
  sheets: string[];
  rows: number;
  cancelled: boolean;
  /** Previous outputs removed (their names before removal). */
  removed: string[];
  /** Edited outputs kept as the user's sheets. */
  kept: string[];
  /** Cells whose text was cut to Excel's 32,767 characters (with a note in the cell). */
  cutCells: number;
  /** When failed: the error, and whether everything was put back as it was. */
  error?: string;
  /** False when a failure left new sheets that could not be removed (named here). */
  restored?: boolean;
  leftBehind?: string[];
}

/**
 * The workbook operations the task pane needs. OfficeWorkbook carries them out with Excel.run; the same
 * class runs over the in-memory Excel (test/excel-double) in tests and in the browser preview.
 */
export interface WorkbookPort {
  /**
   * The workbook's lists: its tables, and the list around the selection. With `firstRows`, that list's
   * first rows are read in the same requests, and the next readSource of it for at most that many rows,
   * made at once (the pane's column map), takes them without a request of its own.
   */
  listSources(firstRows?: number): Promise<PortfolioSource[]>;
  /**
   * What the pane shows when it opens: the settings it saved in the workbook (saveSettings) and the
   * workbook's lists (listSources, `firstRows` as there), in the list of lists' requests: each request
   * is a round trip to Excel, often 100 ms or more on the web.
   */
  loadPane(
    firstRows?: number
  ): Promise<{ settings: string | undefined; sources: PortfolioSource[] }>;
  /**
   * Reads a list's values in chunks of rows; `pause`, when given, is awaited between chunks so the pane can
   * repaint and notice Cancel while a long list is read. With `maxRows`, only the list's first rows
   * (the pane's column map needs its header and the rows just below, not 100,000 rows).
   */
  readSource(
    source: PortfolioSource,
    pause?: () => Promise<void>,
    maxRows?: number
  ): Promise<SourceGrid>;
  /**
   * readSource, and the tables named `tableNames` (compared without case) read too, undefined where the
   * workbook has none: a run reads its list and six other tables, each request a round trip to Excel, so
   * they share requests (the names looked for with the list, the small tables read together).
   */
  readSourceWithTables(
    source: PortfolioSource,
    tableNames: readonly string[],
    pause?: () => Promise<void>
  ): Promise<{ grid: SourceGrid; tables: (SourceGrid | undefined)[] }>;
  /** The outputs of earlier runs that writing `sheets` would replace, or would ask about. */
  inspectOutputs(sheets: OutputSheet[]): Promise<OutputsFound>;
  writeSheets(sheets: OutputSheet[], options?: WriteOptions): Promise<WriteReport>;
  /** Writes the sample portfolio to a new sheet as a table and selects it; never overwrites a sheet. */
  insertTable(
    preferredSheet: string,
    tableName: string,
    rows: CellValue[][],
    textColumns: number[]
  ): Promise<PortfolioSource>;
  /** The table named `tableName` (compared without case), or undefined when the workbook has none. */
  findTable(tableName: string): Promise<PortfolioSource | undefined>;
  /**
   * A table the user keeps (the subsidy programmes): when a table named `tableName` exists it is left
   * exactly as it is and selected (`created` false); otherwise a new sheet with a name no sheet has gets
   * the header and rows as a table of that name, each column in its format (text columns as text), and
   * is selected. Never overwrites a cell.
   */
  createTableOnce(
    preferredSheet: string,
    tableName: string,
    columns: OutputColumn[],
    rows: CellValue[][]
  ): Promise<{ source: PortfolioSource; created: boolean }>;
  goToCell(sheet: string, address: string): Promise<void>;
  saveSettings(json: string): Promise<void>;
}
