import { OutputBlock, OutputSheet } from "../core/report/output-model";
import { NUMBER_FORMATS, safeCellValue } from "./number-formats";
import { PortfolioSource, WorkbookPort, WriteOptions, WriteReport } from "./workbook-port";
import { SourceGrid } from "../core/table/grid";
import { columnLetter } from "../core/table/a1";
import { rowsBelongingBelow } from "../core/table/list-extent";
import { CellValue, OutputColumn } from "../core/table/table-schema";

/** The part of the global `Excel` namespace we use; the in-memory Excel provides the same. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface WriterLimits {
  /** Target size of one request's values and formats, well under Excel on the web's 5 MB limit. */
  targetRequestBytes: number;
  /** Most rows in one write request, whatever their size. */
  maxRowsPerRequest: number;
  /** Most cells read in one request (reads past 5M cells may silently return null). */
  maxCellsPerRead: number;
}

export const DEFAULT_LIMITS: WriterLimits = {
  targetRequestBytes: 2 * 1024 * 1024,
  maxRowsPerRequest: 20_000,
  maxCellsPerRead: 200_000,
};

const OWNED_SHEETS_KEY = "ipCostPlanner.ownedSheets";
const SETTINGS_KEY = "ipCostPlanner.settings";
const PAYLOAD_TOO_LARGE = "RequestPayloadSizeLimitExceeded";

/** Sheet names compare without case in Excel. */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function uniqueSheetName(preferred: string, taken: Set<string>): string {
  let name = preferred.slice(0, 31);
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${preferred.slice(0, 27)} (${n})`;
  return name;
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | undefined)?.code;
}

/**
 * The workbook operations of the task pane, carried out with Excel.run. Reads happen in chunks, writes in
 * blocks sized to stay well under the request limit, one context.sync() per block, with calculation
 * suspended; tables, charts and formats follow the values. Only sheets recorded as the add-in's own (in
 * the workbook settings) are ever replaced or deleted.
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(
    private readonly excel: ExcelHost,
    private readonly supports: (excelApiVersion: string) => boolean = () => true,
    private readonly limits: WriterLimits = DEFAULT_LIMITS
  ) {}

  async listSources(): Promise<PortfolioSource[]> {
    return this.excel.run(async (context) => {
      const owned = await this.readOwned(context);
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const found = tables.items.map((table) => {
        const range = table.getRange();
        range.load("address,rowCount,rowIndex,columnIndex,columnCount");
        table.worksheet.load("name");
        return { table, range };
      });
      const region = context.workbook.getSelectedRange().getSurroundingRegion();
      region.load("address,rowCount,rowIndex,columnIndex,columnCount");
      // The selection is always on the active worksheet.
      const regionSheet = context.workbook.worksheets.getActiveWorksheet();
      regionSheet.load("name");
      await context.sync();
      const sources: PortfolioSource[] = found
        .filter(({ table }) => !owned.some((name) => sameName(name, table.worksheet.name)))
        .map(({ table, range }) => ({
          kind: "table",
          name: table.name,
          sheet: table.worksheet.name,
          address: range.address,
          rows: range.rowCount - 1,
        }));
      const regionOwned = owned.some((name) => sameName(name, regionSheet.name));
      if (region.rowCount >= 2 && !regionOwned) {
        const rows =
          region.rowCount +
          (await this.rowsBelowRegion(
            context,
            region,
            found.filter(({ table }) => sameName(table.worksheet.name, regionSheet.name))
          ));
        const prefix = region.address.slice(0, region.address.lastIndexOf("!") + 1);
        const address =
          rows === region.rowCount
            ? region.address
            : `${prefix}${columnLetter(region.columnIndex)}${region.rowIndex + 1}:${columnLetter(
                region.columnIndex + region.columnCount - 1
              )}${region.rowIndex + rows}`;
        sources.push({
          kind: "region",
          name: address,
          sheet: regionSheet.name,
          address,
          rows: rows - 1,
        });
      }
      return sources;
    });
  }

  /**
   * Rows below the selection's region that still belong to the list: Excel's region ends at the first
   * blank row, a ledger often has blank rows inside (core/table/list-extent decides, and stops before a
   * table on the same sheet).
   */
  private async rowsBelowRegion(
    context: Excel.RequestContext,
    region: Excel.Range,
    tables: { range: Excel.Range }[]
  ): Promise<number> {
    const used = region.worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    await context.sync();
    const start = region.rowIndex + region.rowCount;
    if (used.isNullObject || used.rowIndex + used.rowCount <= start) return 0;
    const count = Math.min(
      used.rowIndex + used.rowCount - start,
      Math.max(1, Math.floor(this.limits.maxCellsPerRead / region.columnCount))
    );
    const below = region.worksheet.getRangeByIndexes(
      start,
      region.columnIndex,
      count,
      region.columnCount
    );
    below.load("values");
    await context.sync();
    const left = region.columnIndex;
    const right = left + region.columnCount - 1;
    const tableTops = new Set(
      tables
        .map(({ range }) => range)
        .filter(
          (range) => range.columnIndex <= right && range.columnIndex + range.columnCount - 1 >= left
        )
        .map((range) => range.rowIndex - start)
    );
    return rowsBelongingBelow(below.values, (index) => tableTops.has(index));
  }

  async readSource(source: PortfolioSource): Promise<SourceGrid> {
    return this.excel.run(async (context) => {
      const whole =
        source.kind === "table"
          ? context.workbook.tables.getItem(source.name).getRange()
          : context.workbook.worksheets
              .getItem(source.sheet)
              .getRange(source.address.replace(/^.*!/, ""));
      whole.load("rowIndex,columnIndex,rowCount,columnCount");
      whole.worksheet.load("name");
      await context.sync();
      const sheet = whole.worksheet;
      const rowsPerRead = Math.max(1, Math.floor(this.limits.maxCellsPerRead / whole.columnCount));
      const values: unknown[][] = [];
      const valueTypes: string[][] = [];
      for (let offset = 0; offset < whole.rowCount; offset += rowsPerRead) {
        const count = Math.min(rowsPerRead, whole.rowCount - offset);
        const part = sheet.getRangeByIndexes(
          whole.rowIndex + offset,
          whole.columnIndex,
          count,
          whole.columnCount
        );
        part.load("values,valueTypes");
        // One sync per chunk is the point: a single read of a large table can exceed the response limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        values.push(...part.values);
        valueTypes.push(...(part.valueTypes as string[][]));
      }
      return {
        sheet: sheet.name,
        top: whole.rowIndex + 1,
        left: whole.columnIndex,
        values,
        valueTypes,
      };
    });
  }

  async ownedSheetsToReplace(): Promise<string[]> {
    return this.excel.run(async (context) => {
      const owned = await this.readOwned(context);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return owned.filter((name) => sheets.items.some((sheet) => sameName(sheet.name, name)));
    });
  }

  async writeSheets(outputs: OutputSheet[], options: WriteOptions = {}): Promise<WriteReport> {
    return this.excel.run(async (context) => {
      const owned = await this.readOwned(context);
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      // Replace the add-in's own sheets from the last run (the pane asked first); never any other sheet.
      const taken = new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase()));
      for (const name of owned) {
        if (!taken.has(name.toLowerCase())) continue;
        worksheets.getItem(name).delete();
        taken.delete(name.toLowerCase());
      }
      const names = outputs.map((output) => {
        const name = uniqueSheetName(output.name, taken);
        taken.add(name.toLowerCase());
        worksheets.add(name);
        return name;
      });
      // Recorded before any value is written, so even an interrupted run leaves only sheets marked as ours.
      this.writeOwned(context, names);
      await context.sync();
      if (this.supports("1.9")) context.application.suspendScreenUpdatingUntilNextSync();

      let rows = 0;
      for (let index = 0; index < outputs.length; index += 1) {
        const sheet = worksheets.getItem(names[index]);
        for (const block of outputs[index].blocks) {
          const completed = await this.writeBlock(context, sheet, names[index], block, options);
          if (!completed) return this.cancel(context, names, rows);
          rows += block.rows.length;
        }
      }
      for (let index = 0; index < outputs.length; index += 1) {
        this.finishSheet(worksheets.getItem(names[index]), outputs[index]);
      }
      worksheets.getItem(names[0]).activate();
      await context.sync();
      return { sheets: names, rows, cancelled: false };
    });
  }

  /** Rows per request for a block: its estimated bytes per row against the request target. */
  rowsPerRequest(block: OutputBlock): number {
    const sample =
      block.rows.length <= 200
        ? block.rows
        : block.rows.filter((_, i) => i % Math.ceil(block.rows.length / 200) === 0);
    const formatBytes = block.columns.reduce(
      (sum, c) => sum + (c.format === "general" ? 0 : NUMBER_FORMATS[c.format].length + 5),
      0
    );
    const valueBytes = sample.length ? JSON.stringify(sample).length / sample.length : 64;
    const perRow = Math.max(1, valueBytes + formatBytes);
    return Math.max(
      1,
      Math.min(this.limits.maxRowsPerRequest, Math.floor(this.limits.targetRequestBytes / perRow))
    );
  }

  private async writeBlock(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    sheetName: string,
    block: OutputBlock,
    options: WriteOptions
  ): Promise<boolean> {
    const width = block.columns.length;
    if (block.title) {
      const title = sheet.getRangeByIndexes(block.top - 1, 0, 1, 1);
      title.numberFormat = [["@"]];
      title.values = [[block.title]];
      title.format.font.bold = true;
    }
    const all: CellValue[][] = [block.columns.map((c) => c.header), ...block.rows];
    let chunk = this.rowsPerRequest(block);
    for (let start = 0; start < all.length;) {
      if (options.isCancelled?.()) return false;
      const part = all.slice(start, start + chunk);
      block.columns.forEach((column, c) => {
        if (column.format === "general") return;
        const format = NUMBER_FORMATS[column.format];
        sheet.getRangeByIndexes(block.top + start, c, part.length, 1).numberFormat = part.map(
          () => [format]
        );
      });
      sheet.getRangeByIndexes(block.top + start, 0, part.length, width).values = part.map((row) =>
        row.map((value, c) => safeCellValue(value, block.columns[c].format))
      ) as unknown[][] as (string | number | boolean)[][];
      if (this.supports("1.6")) context.application.suspendApiCalculationUntilNextSync();
      try {
        // One sync per block keeps every request under the size limit (see rowsPerRequest).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        // Excel on the web refused the request as too large: halve the block and try again.
        if (errorCode(error) === PAYLOAD_TOO_LARGE && chunk > 1) {
          chunk = Math.ceil(chunk / 2);
          continue;
        }
        throw error;
      }
      start += part.length;
      options.onProgress?.({
        sheet: sheetName,
        rowsWritten: Math.min(start, all.length) - 1,
        rowsTotal: block.rows.length,
      });
    }
    return true;
  }

  private finishSheet(sheet: Excel.Worksheet, output: OutputSheet): void {
    for (const block of output.blocks) {
      const height = block.rows.length + 1;
      const width = block.columns.length;
      if (block.tableName) {
        const table = sheet.tables.add(sheet.getRangeByIndexes(block.top, 0, height, width), true);
        table.name = block.tableName;
      } else {
        sheet.getRangeByIndexes(block.top, 0, 1, width).format.font.bold = true;
      }
    }
    for (const spec of output.charts) {
      const block = output.blocks[spec.block];
      const first = Math.min(...spec.columns);
      const source = sheet.getRangeByIndexes(
        block.top,
        first,
        spec.rowCount + 1,
        Math.max(...spec.columns) - first + 1
      );
      const chart = sheet.charts.add("ColumnClustered", source, "Columns");
      chart.title.text = spec.title;
      chart.setPosition(
        sheet.getRangeByIndexes(spec.anchorRow, spec.anchorColumn, 1, 1),
        sheet.getRangeByIndexes(spec.anchorRow + 15, spec.anchorColumn + 7, 1, 1)
      );
    }
    if (output.freezeHeaderRows) sheet.freezePanes.freezeRows(output.freezeHeaderRows);
    // Autofit on the first rows only: fitting a 100,000-row column is slow and the widths are the same.
    const width = Math.max(...output.blocks.map((b) => b.columns.length));
    const height = Math.min(500, Math.max(...output.blocks.map((b) => b.top + b.rows.length + 1)));
    sheet.getRangeByIndexes(0, 0, height, width).format.autofitColumns();
  }

  private async cancel(
    context: Excel.RequestContext,
    names: string[],
    rows: number
  ): Promise<WriteReport> {
    for (const name of names) context.workbook.worksheets.getItem(name).delete();
    this.writeOwned(context, []);
    await context.sync();
    return { sheets: [], rows, cancelled: true };
  }

  async insertTable(
    preferredSheet: string,
    tableName: string,
    rows: CellValue[][],
    textColumns: number[]
  ): Promise<PortfolioSource> {
    return this.excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const name = uniqueSheetName(
        preferredSheet,
        new Set(worksheets.items.map((s) => s.name.toLowerCase()))
      );
      const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
      let uniqueTable = tableName;
      for (let n = 2; tableNames.has(uniqueTable.toLowerCase()); n += 1)
        uniqueTable = `${tableName}${n}`;
      const sheet = worksheets.add(name);
      for (const column of textColumns) {
        sheet.getRangeByIndexes(0, column, rows.length, 1).numberFormat = rows.map(() => ["@"]);
      }
      const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
      range.values = rows.map((row) => row.map((value) => safeCellValue(value, "general"))) as (
        string | number | boolean
      )[][];
      const table = sheet.tables.add(range, true);
      table.name = uniqueTable;
      range.format.autofitColumns();
      sheet.activate();
      sheet.getRange("A2").select();
      range.load("address");
      await context.sync();
      return {
        kind: "table",
        name: uniqueTable,
        sheet: name,
        address: range.address,
        rows: rows.length - 1,
      };
    });
  }

  async findTable(tableName: string): Promise<PortfolioSource | undefined> {
    return this.excel.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const table = tables.items.find((item) => sameName(item.name, tableName));
      if (!table) return undefined;
      const range = table.getRange();
      range.load("address,rowCount");
      table.worksheet.load("name");
      await context.sync();
      return {
        kind: "table",
        name: table.name,
        sheet: table.worksheet.name,
        address: range.address,
        rows: range.rowCount - 1,
      };
    });
  }

  async createTableOnce(
    preferredSheet: string,
    tableName: string,
    columns: OutputColumn[],
    rows: CellValue[][]
  ): Promise<{ source: PortfolioSource; created: boolean }> {
    const existing = await this.findTable(tableName);
    if (existing) {
      await this.excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(existing.sheet);
        sheet.activate();
        context.workbook.tables.getItem(existing.name).getRange().getCell(1, 0).select();
        await context.sync();
      });
      return { source: existing, created: false };
    }
    const source = await this.excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName(
        preferredSheet,
        new Set(worksheets.items.map((s) => s.name.toLowerCase()))
      );
      const sheet = worksheets.add(name);
      const all: CellValue[][] = [columns.map((column) => column.header), ...rows];
      columns.forEach((column, c) => {
        if (column.format === "general") return;
        // The header row stays text; the body gets the column's format before any value arrives.
        const format = NUMBER_FORMATS[column.format];
        sheet.getRangeByIndexes(0, c, all.length, 1).numberFormat = all.map((_, r) => [
          r === 0 ? "@" : format,
        ]);
      });
      const range = sheet.getRangeByIndexes(0, 0, all.length, columns.length);
      range.values = all.map((row) =>
        row.map((value, c) => safeCellValue(value, columns[c].format))
      ) as (string | number | boolean)[][];
      const table = sheet.tables.add(range, true);
      table.name = tableName;
      range.format.autofitColumns();
      // Long texts (sources, conditions) would make columns screens wide: keep them readable instead.
      columns.forEach((_, c) => {
        const longest = Math.max(...all.map((row) => String(row[c] ?? "").length));
        if (longest > 60) sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = 240;
      });
      sheet.activate();
      sheet.getRangeByIndexes(1, 0, 1, 1).select();
      range.load("address");
      await context.sync();
      return {
        kind: "table" as const,
        name: tableName,
        sheet: name,
        address: range.address,
        rows: rows.length,
      };
    });
    return { source, created: true };
  }

  async goToCell(sheet: string, address: string): Promise<void> {
    await this.excel.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(address).select();
      await context.sync();
    });
  }

  async loadSettings(): Promise<string | undefined> {
    return this.excel.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load("value");
      await context.sync();
      return item.isNullObject ? undefined : String(item.value);
    });
  }

  async saveSettings(json: string): Promise<void> {
    await this.excel.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, json);
      await context.sync();
    });
  }

  private async readOwned(context: Excel.RequestContext): Promise<string[]> {
    const item = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_KEY);
    item.load("value");
    await context.sync();
    if (item.isNullObject) return [];
    try {
      const parsed: unknown = JSON.parse(String(item.value));
      return Array.isArray(parsed)
        ? parsed.filter((name): name is string => typeof name === "string")
        : [];
    } catch {
      return [];
    }
  }

  private writeOwned(context: Excel.RequestContext, names: string[]): void {
    context.workbook.settings.add(OWNED_SHEETS_KEY, JSON.stringify(names));
  }
}
