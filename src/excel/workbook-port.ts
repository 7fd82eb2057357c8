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

export interface WriteProgress {
  sheet: string;
  rowsWritten: number;
  rowsTotal: number;
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  /** Checked between blocks; when it returns true the run stops and removes its incomplete sheets. */
  isCancelled?: () => boolean;
}

export interface WriteReport {
  /** Visible names of the sheets written, in order. */
  sheets: string[];
  rows: number;
  cancelled: boolean;
}

/**
 * The workbook operations the task pane needs. OfficeWorkbook carries them out with Excel.run; the same
 * class runs over the in-memory Excel (test/excel-double) in tests and in the browser preview.
 */
export interface WorkbookPort {
  listSources(): Promise<PortfolioSource[]>;
  readSource(source: PortfolioSource): Promise<SourceGrid>;
  /** Names of sheets from an earlier run that a new run would replace. */
  ownedSheetsToReplace(): Promise<string[]>;
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
  loadSettings(): Promise<string | undefined>;
  saveSettings(json: string): Promise<void>;
}
