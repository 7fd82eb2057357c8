import {
  blockRowCount,
  EXCEL_MAX_ROWS,
  OutputBlock,
  OutputSheet,
} from "../core/report/output-model";
import { cellsOf, mergedAreasOf } from "./merged-areas";
import { NUMBER_FORMATS, safeCellValue } from "./number-formats";
import {
  OutputsFound,
  PortfolioSource,
  WorkbookPort,
  WriteOptions,
  WriteReport,
} from "./workbook-port";
import { SourceGrid } from "../core/table/grid";
import { columnLetter } from "../core/table/a1";
import { listExtentBelow, MAX_BLANK_GAP } from "../core/table/list-extent";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "../core/portfolio/ledger-header-row";
import { fieldCount } from "../core/portfolio/ledger-column-map";
import { CellValue, OutputColumn } from "../core/table/table-schema";
import {
  BlockAt,
  BlockPlan,
  FINGERPRINT_MAX_CELLS,
  Inventory,
  MARK_KEY,
  SheetFacts,
  SheetPlan,
  WritePlan,
  classify,
  finalSheetNames,
  fingerprint,
  formatMark,
  formatSteps,
  parseMark,
  planWrite,
  recordedNamesFrom,
  fitsOneRequest,
  requestGroups,
  rowsPerRequest,
  runId,
  tableRenames,
  uniqueSheetName,
} from "./write-plan";

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

/** Names of outputs recorded by earlier versions, and where worksheet custom properties are missing. */
const RECORDED_SHEETS_KEY = "ipCostPlanner.ownedSheets";
const SETTINGS_KEY = "ipCostPlanner.settings";
const REQUEST_TOO_LARGE = "RequestPayloadSizeLimitExceeded";
const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";
/** Worksheet custom properties, the mark saved with each output sheet. */
const MARKS_API = "1.12";
/** Range.getMergedAreasOrNullObject (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member-1). */
const MERGED_AREAS_API = "1.13";

/** Sheet names compare without case in Excel. */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | undefined)?.code;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Trailing empty cells of a first row read from a sheet are not part of its header. */
function rowTexts(row: readonly unknown[] | undefined): string[] {
  const texts = (row ?? []).map((v) => (v === null || v === undefined ? "" : String(v)));
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  return texts;
}

class Cancelled extends Error {}

/**
 * The workbook operations of the task pane, carried out with Excel.run. Reads happen in chunks that halve
 * when Excel refuses a response as too large; writes follow a pure plan (write-plan.ts): new sheets under
 * temporary names, values in requests sized under the limit (halved and retried when refused), then, only
 * once everything was written, the previous outputs are removed and the new sheets take their names.
 * Only sheets carrying our mark (or, where marks are missing, recorded outputs whose header matches and
 * which the user agreed to) are ever removed; a cancel or a failure removes the new sheets instead.
 */
/** Cells a new sheet will hold: each block's title, header and rows, as wide as the block. */
function plannedCells(sheet: SheetPlan): number {
  return sheet.blocks.reduce(
    (sum, block) => sum + (block.dataRows + 1 + (block.title === undefined ? 0 : 1)) * block.width,
    0
  );
}

/** The first request's loads about the workbook (OfficeWorkbook.queueWorkbookLists). */
interface WorkbookLists {
  worksheets: Excel.WorksheetCollection;
  recordedItem: Excel.Setting;
  tables: Excel.TableCollection;
}

/** The marks' request's loads (OfficeWorkbook.queueMarks); `queued` when there is anything to send. */
interface QueuedMarks {
  recordedNames: string[];
  marks: Excel.WorksheetCustomProperty[];
  firstRows: (Excel.Range | undefined)[];
  usedRanges: Excel.Range[] | undefined;
  queued: boolean;
}

/** The tables named `tableNames` among the loaded `tables` (names compared without case), in that order. */
function tablesNamed(
  tables: Excel.TableCollection,
  tableNames: readonly string[]
): (Excel.Table | undefined)[] {
  return tableNames.map((tableName) => tables.items.find((item) => sameName(item.name, tableName)));
}

/**
 * The values of `part` (`rows` rows) in a request of their own, or undefined when Excel refuses the
 * response as too large and there is more than one row to read again in halves; any other failure is
 * thrown.
 */
async function valuesUnlessTooLarge(
  context: Excel.RequestContext,
  part: Excel.Range,
  rows: number
): Promise<unknown[][] | undefined> {
  part.load("values");
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === RESPONSE_TOO_LARGE && rows > 1) return undefined;
    throw error;
  }
  return part.values;
}

/** A rectangle of a sheet to read, its loads queued (OfficeWorkbook.queueRectangle). */
interface Rectangle {
  range: Excel.Range;
  merged?: Excel.RangeAreas;
}

/** A read rectangle as the core takes it: where it is, its values and types, its merged areas. */
function gridOf(
  { range, merged }: Rectangle,
  values: unknown[][],
  valueTypes: (string[] | undefined)[]
): SourceGrid {
  return gridAt(
    range.worksheet.name,
    range.rowIndex,
    range.columnIndex,
    values,
    valueTypes,
    merged
  );
}

/** gridOf for cells read at (`top`, `left`), 0-based, of `sheet`: merged areas starting below them left out. */
function gridAt(
  sheet: string,
  top: number,
  left: number,
  values: unknown[][],
  valueTypes: (string[] | undefined)[],
  merged: Excel.RangeAreas | undefined
): SourceGrid {
  const areas =
    merged && !merged.isNullObject
      ? mergedAreasOf(merged.address, top, left).filter((area) => area.row < values.length)
      : [];
  return {
    sheet,
    top: top + 1,
    left,
    values,
    valueTypes,
    ...(areas.length > 0 ? { merged: areas } : {}),
  };
}

/** The rows below the selection's region read by the list of lists (OfficeWorkbook.queueRowsBelow). */
interface RowsBelow {
  range: Excel.Range;
  rows: number;
}

/** The first rows of the list around the selection, queued with the list of lists (queueFirstRows). */
interface FirstRowsQueued {
  /** The region's first rows (at most `rows`); the rows below it come from the read of those. */
  top: Excel.Range;
  /** Merged areas over every row the first rows may take. */
  merged: Excel.RangeAreas | undefined;
  rows: number;
}

/** What the list of lists read of a list's first rows, for the next readSource of that list. */
interface ListedRows {
  sheet: string;
  /** The list's cells as listed, without the sheet ("A1:K30"). */
  cells: string;
  grid: SourceGrid;
  /** True when the grid holds every row of the list. */
  whole: boolean;
  /** When they were read (this.now()). */
  at: number;
}

/**
 * How long after the list of lists its first rows serve readSource: the pane reads the chosen list's
 * column map at once; a read later than this asks Excel again (the user may have edited the list).
 */
const LISTED_ROWS_MS = 2_000;

/** What a write's finishing request reads back for its last request (OfficeWorkbook.writeSheets). */
interface Finishing {
  /** The tables on the sheets the write removes (lowercase names). */
  removedTables: () => Set<string>;
  /** Every sheet's and table's name as that request found them. */
  sheetNames: () => string[];
  tableNames: () => string[];
}

export class OfficeWorkbook implements WorkbookPort {
  /**
   * What inspectOutputs read, by the answer it gave: a write told that answer (WriteOptions.inspected)
   * starts from it when it found nothing to ask about, instead of reading the workbook again.
   */
  private readonly inspected = new WeakMap<OutputsFound, Inventory>();
  /**
   * The workbook as this object last saw it whole (listing the lists, without outputs of ours) or left
   * it (its last write), for the next inspection's one-request look (lookAgain checks every fact of it,
   * so a workbook changed since costs only that request).
   */
  private lastLook: Inventory | undefined;
  /**
   * The workbook as a run's first read request confirmed lastLook in passing (readSourceWithTables): the
   * run's inspection starts from it without a request of its own. Only the next inspection uses it; any
   * other read, write or insertion by this object drops it.
   */
  private lookedWithRead: Inventory | undefined;
  /**
   * The first rows of the list around the selection, read with the list of lists when asked to (the
   * pane's column map): the next readSource of that list, within LISTED_ROWS_MS, takes them without a
   * request. Only that next readSource; any other read, write or insertion by this object drops them.
   */
  private listedRows: ListedRows | undefined;

  constructor(
    private readonly excel: ExcelHost,
    private readonly supports: (excelApiVersion: string) => boolean = () => true,
    private readonly limits: WriterLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now
  ) {}

  private get marks(): boolean {
    return this.supports(MARKS_API);
  }

  async listSources(firstRows?: number): Promise<PortfolioSource[]> {
    return (await this.list(false, firstRows)).sources;
  }

  async loadPane(
    firstRows?: number
  ): Promise<{ settings: string | undefined; sources: PortfolioSource[] }> {
    return this.list(true, firstRows);
  }

  /**
   * The workbook's lists; with `withSettings`, also the pane's saved settings, in the first request; with
   * `firstRows`, the first rows of the list around the selection in the second (listedRows).
   */
  private async list(
    withSettings: boolean,
    firstRows?: number
  ): Promise<{ settings: string | undefined; sources: PortfolioSource[] }> {
    this.lookedWithRead = undefined;
    this.listedRows = undefined;
    return this.excel.run(async (context) => {
      // Two requests (each a round trip to Excel): what the workbook holds, with the selection's region
      // and the used range of its sheet; then the marks, the tables' ranges, the rows below the region,
      // its first 20 rows (where its header would be) and, asked for, the list's first rows. A list that
      // goes on past the rows read (blank rows inside a long list, above or below) takes more.
      const queueFirst = (withSelection: boolean) => {
        const saved = withSettings
          ? context.workbook.settings.getItemOrNullObject(SETTINGS_KEY)
          : undefined;
        saved?.load("value");
        const region = withSelection
          ? context.workbook.getSelectedRange().getSurroundingRegion()
          : undefined;
        region?.load("address,rowCount,rowIndex,columnIndex,columnCount");
        // The selection is always on the active worksheet.
        const regionSheet = context.workbook.worksheets.getActiveWorksheet();
        regionSheet.load("name");
        const used = regionSheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount");
        // The active sheet's own mark: a result sheet's region is no list, and the rows below it are
        // not read.
        const activeMark = this.marks
          ? regionSheet.customProperties.getItemOrNullObject(MARK_KEY)
          : undefined;
        activeMark?.load("value");
        return {
          saved,
          region,
          regionSheet,
          used,
          activeMark,
          lists: this.queueWorkbookLists(context),
        };
      };
      let first = queueFirst(true);
      try {
        await context.sync();
      } catch (error) {
        // Several ranges selected (Ctrl+click): getSelectedRange fails the request ("If there are
        // multiple ranges selected, this method will throw an error"). The lists without the selection's
        // region; any other failure fails this request too, and is thrown.
        first = queueFirst(false);
        try {
          await context.sync();
        } catch {
          throw error;
        }
      }
      const { saved, region: selected, regionSheet, used, activeMark, lists } = first;
      const queueSecond = (withFirstRows: boolean, belowRowsAtMost: number) => {
        const queued = this.queueMarks(lists, false);
        const activeIsOutput = activeMark
          ? !activeMark.isNullObject && parseMark(activeMark.value) !== undefined
          : queued.recordedNames.some((name) => sameName(name, regionSheet.name));
        const found = lists.tables.items.map((table) => {
          const range = table.getRange();
          range.load("address,rowCount,rowIndex,columnIndex,columnCount");
          table.worksheet.load("name");
          return { table, range };
        });
        // No region without a single selected range: only the tables are lists then.
        const listRegion =
          selected && selected.rowCount >= 2 && !activeIsOutput ? selected : undefined;
        // The region's first rows, when asked for, keep their cells out of the rows below's share.
        const topCells =
          withFirstRows && listRegion && firstRows
            ? Math.min(firstRows, listRegion.rowCount) * listRegion.columnCount
            : 0;
        const below =
          listRegion && this.queueRowsBelow(listRegion, used, belowRowsAtMost, topCells);
        const top = topCells > 0 ? this.queueFirstRows(listRegion!, below, firstRows!) : undefined;
        // The region's first rows where its header would be, unless the first rows hold them.
        const headRows = listRegion ? Math.min(HEADER_SEARCH_ROWS, listRegion.rowCount) : 0;
        const head =
          listRegion && !(top && Math.min(firstRows!, listRegion.rowCount) >= headRows)
            ? listRegion.worksheet.getRangeByIndexes(
                listRegion.rowIndex,
                listRegion.columnIndex,
                headRows,
                listRegion.columnCount
              )
            : undefined;
        head?.load("values");
        return { queued, found, listRegion, below, top, head };
      };
      let second = queueSecond(true, Infinity);
      for (;;) {
        try {
          // Each try with less in it (see below).
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          break;
        } catch (error) {
          // A response Excel finds too large (long text in the rows below: 5 MB on the web): the first
          // rows left to the column map's own read, then the rows below read half at a time.
          if (errorCode(error) !== RESPONSE_TOO_LARGE) throw error;
          const { top, below: tried } = second;
          if (!top && (!tried || tried.rows <= 1)) throw error;
          second = queueSecond(false, top ? Infinity : Math.ceil(tried!.rows / 2));
        }
      }
      const { queued, found, listRegion, below } = second;
      const facts = this.factsOf(lists, queued);
      const { recordedNames } = queued;
      // Every sheet seen: the next run's read confirms it in one request. An output of ours is claimed as
      // its mark recorded it when its run finished: that look reads its values where they were hashed and
      // hashes them again (an output whose used range moved since is left to the full look).
      this.lastLook = {
        sheets: facts.map((fact) =>
          fact.mark?.state === "done" ? { ...fact, print: fact.mark.print } : fact
        ),
        tables: lists.tables.items.map((t) => t.name),
        recordedNames,
      };
      // Result sheets are no portfolio: ours by mark, or (where marks are missing) by recorded name.
      const isOutput = (sheet: string) =>
        facts.some((f) => f.mark !== undefined && sameName(f.name, sheet)) ||
        (!this.marks && recordedNames.some((name) => sameName(name, sheet)));
      const sources: PortfolioSource[] = found
        .filter(({ table }) => !isOutput(table.worksheet.name))
        .map(({ table, range }) => ({
          kind: "table",
          name: table.name,
          sheet: table.worksheet.name,
          address: range.address,
          rows: range.rowCount - 1,
        }));
      if (listRegion) {
        const region = listRegion;
        const onSheet = found.filter(({ table }) =>
          sameName(table.worksheet.name, regionSheet.name)
        );
        const belowRead = below
          ? await this.rowsBesideRegion(context, region, below, used, onSheet)
          : { taken: 0, values: [] };
        // A region without a header row in its first rows is a part of a list below a blank row (the
        // selection was there): the list goes on above it too, to its header.
        const headRows = Math.min(HEADER_SEARCH_ROWS, region.rowCount);
        const headValues = second.head
          ? second.head.values
          : second.top!.top.values.slice(0, headRows);
        const above =
          findHeaderRow(headValues) === undefined
            ? (
                await this.rowsBesideRegion(
                  context,
                  region,
                  undefined,
                  used,
                  onSheet,
                  true,
                  (row) => fieldCount(row) >= 2
                )
              ).taken
            : 0;
        const rows = above + region.rowCount + belowRead.taken;
        const listTop = region.rowIndex - above;
        const prefix = region.address.slice(0, region.address.lastIndexOf("!") + 1);
        const address =
          rows === region.rowCount
            ? region.address
            : `${prefix}${columnLetter(region.columnIndex)}${listTop + 1}:${columnLetter(
                region.columnIndex + region.columnCount - 1
              )}${listTop + rows}`;
        sources.push({
          kind: "region",
          name: address,
          sheet: regionSheet.name,
          address,
          rows: rows - 1,
        });
        // (Read from the region's top: a list that goes on above it leaves them to the column map's read.)
        if (second.top && above === 0) {
          // The list's first rows: the region's, then those below it that belong to the list.
          const { top, merged, rows: wanted } = second.top;
          const taken = Math.min(wanted, rows);
          const values = top.values.slice(0, taken);
          for (let i = 0; values.length < taken; i += 1) values.push(belowRead.values[i]);
          // Their error types as readSource reads them (a request only where a value starts with "#").
          const read = await this.readRows(
            context,
            region.worksheet,
            region.rowIndex,
            region.columnIndex,
            values.length,
            region.columnCount,
            true,
            undefined,
            values
          );
          this.listedRows = {
            sheet: regionSheet.name,
            cells: address.slice(prefix.length),
            grid: gridAt(
              regionSheet.name,
              region.rowIndex,
              region.columnIndex,
              read.values,
              read.valueTypes,
              merged
            ),
            whole: taken === rows,
            at: this.now(),
          };
        }
      }
      return { settings: saved && !saved.isNullObject ? String(saved.value) : undefined, sources };
    });
  }

  /**
   * Queues the read of the rows below the selection's region, up to the end of its sheet's used range
   * (`used`, loaded), at most `atMost` rows and one read's cells less `reserved` (read beside them);
   * undefined when nothing is below. rowsBelowRegion reads on where the list goes on past them.
   */
  private queueRowsBelow(
    region: Excel.Range,
    used: Excel.Range,
    atMost = Infinity,
    reserved = 0
  ): RowsBelow | undefined {
    const start = region.rowIndex + region.rowCount;
    if (used.isNullObject || used.rowIndex + used.rowCount <= start) return undefined;
    const count = Math.min(
      used.rowIndex + used.rowCount - start,
      atMost,
      Math.max(1, Math.floor((this.limits.maxCellsPerRead - reserved) / region.columnCount))
    );
    const below = region.worksheet.getRangeByIndexes(
      start,
      region.columnIndex,
      count,
      region.columnCount
    );
    below.load("values");
    return { range: below, rows: count };
  }

  /**
   * Queues the read of the first `rows` rows of the list around the selection: the region's own (the rows
   * below it are read already, `below`), and the merged areas over all of them; undefined when these and
   * the rows below hold more than one read's cells.
   */
  private queueFirstRows(
    region: Excel.Range,
    below: RowsBelow | undefined,
    rows: number
  ): FirstRowsQueued | undefined {
    const topRows = Math.min(rows, region.rowCount);
    const cells = (topRows + (below?.rows ?? 0)) * region.columnCount;
    if (cells > this.limits.maxCellsPerRead) return undefined;
    const sheet = region.worksheet;
    const top = sheet.getRangeByIndexes(
      region.rowIndex,
      region.columnIndex,
      topRows,
      region.columnCount
    );
    top.load("values");
    // Every row the first rows may take (the list may go on past the rows below read with the lists).
    const span = Math.min(rows, EXCEL_MAX_ROWS - region.rowIndex);
    const merged = this.supports(MERGED_AREAS_API)
      ? sheet
          .getRangeByIndexes(region.rowIndex, region.columnIndex, span, region.columnCount)
          .getMergedAreasOrNullObject()
      : undefined;
    merged?.load("address");
    return { top, merged, rows };
  }

  /**
   * Rows below the selection's region (or, `up`, above it) that still belong to the list (`taken`), and
   * the rows read there, nearest first (`values`; below, `first` is the part read with the lists): Excel's
   * region ends at the first blank row, a ledger often has blank rows inside (core/table/list-extent
   * decides, and stops at a table on the same sheet). Where the list goes on past the rows read, the rows
   * past them are read too, one read's cells a request (half as many when Excel finds a response too
   * large), to the end of the list or of the sheet's used range (`used`): the list is never cut where a
   * read ended.
   */
  private async rowsBesideRegion(
    context: Excel.RequestContext,
    region: Excel.Range,
    first: RowsBelow | undefined,
    used: Excel.Range,
    tables: { range: Excel.Range }[],
    up = false,
    isHeader: (row: unknown[]) => boolean = () => false
  ): Promise<{ taken: number; values: unknown[][] }> {
    if (used.isNullObject) return { taken: 0, values: [] };
    // Sheet row of the index'th row away from the region.
    const rowAt = (index: number) =>
      up ? region.rowIndex - 1 - index : region.rowIndex + region.rowCount + index;
    const left = region.columnIndex;
    const right = left + region.columnCount - 1;
    const beside = tables
      .map(({ range }) => range)
      .filter(
        (range) => range.columnIndex <= right && range.columnIndex + range.columnCount - 1 >= left
      );
    // The first row of another table met on the way: its top going down, its last row going up.
    const foreign = new Set(
      beside.map((range) => (up ? range.rowIndex + range.rowCount - 1 : range.rowIndex))
    );
    const isForeign = (index: number) => foreign.has(rowAt(index));
    const values: unknown[][] = first ? first.range.values : [];
    // Going up, the list ends at its header row, the row met that names the fields (title or note rows
    // above it stay out, as they do when the selection is in the part under the header).
    let headerAt = -1;
    let looked = 0;
    const extentOf = () => {
      // Each row looked at once for a header, as the parts come in.
      for (; headerAt < 0 && looked < values.length; looked += 1)
        if (isHeader(values[looked])) headerAt = looked;
      const extent = listExtentBelow(values, isForeign);
      return headerAt >= 0 && headerAt < extent.taken
        ? { taken: headerAt + 1, ended: true }
        : extent;
    };
    let extent = extentOf();
    // Rows of the used range past the region on that side.
    const available = up
      ? region.rowIndex - used.rowIndex
      : used.rowIndex + used.rowCount - (region.rowIndex + region.rowCount);
    let rowsPerRead = Math.max(
      first?.rows ?? 1,
      Math.floor(this.limits.maxCellsPerRead / region.columnCount)
    );
    while (!extent.ended && values.length < available) {
      const count = Math.min(rowsPerRead, available - values.length);
      // The rows from `values.length` to `values.length + count` away, top row first.
      const top = up ? rowAt(values.length + count - 1) : rowAt(values.length);
      // One request per part: the rows beside a long list can pass what Excel sends in one response.
      const rows = await valuesUnlessTooLarge(
        context,
        region.worksheet.getRangeByIndexes(top, region.columnIndex, count, region.columnCount),
        count
      );
      if (!rows) {
        rowsPerRead = Math.ceil(count / 2);
        continue;
      }
      if (up) for (let k = rows.length - 1; k >= 0; k -= 1) values.push(rows[k]);
      else for (const row of rows) values.push(row);
      extent = extentOf();
    }
    return { taken: extent.taken, values };
  }

  async readSource(
    source: PortfolioSource,
    pause?: () => Promise<void>,
    maxRows?: number
  ): Promise<SourceGrid> {
    return (
      this.takeListedRows(source, maxRows) ??
      (await this.read(source, [], pause, false, maxRows)).grid
    );
  }

  /**
   * The first rows the list of lists read of `source` (listedRows), when they are all readSource asks for
   * and were read just before; undefined otherwise. Taken once.
   */
  private takeListedRows(source: PortfolioSource, maxRows = Infinity): SourceGrid | undefined {
    const listed = this.listedRows;
    this.listedRows = undefined;
    if (
      !listed ||
      this.now() - listed.at > LISTED_ROWS_MS ||
      !sameName(source.sheet, listed.sheet) ||
      source.address.slice(source.address.lastIndexOf("!") + 1) !== listed.cells ||
      (!listed.whole && maxRows > listed.grid.values.length)
    )
      return undefined;
    const { grid } = listed;
    if (grid.values.length <= maxRows) return grid;
    return {
      ...grid,
      values: grid.values.slice(0, maxRows),
      valueTypes: grid.valueTypes?.slice(0, maxRows),
      ...(grid.merged ? { merged: grid.merged.filter((area) => area.row < maxRows) } : {}),
    };
  }

  async readSourceWithTables(
    source: PortfolioSource,
    tableNames: readonly string[],
    pause?: () => Promise<void>
  ): Promise<{ grid: SourceGrid; tables: (SourceGrid | undefined)[] }> {
    return this.read(source, tableNames, pause, true);
  }

  /**
   * Reads a list (its first `maxRows` rows, when given) and the tables named `tableNames`. A run's read
   * (`look`) also confirms, in its first request, the workbook as this object last saw it (lastLook, as
   * lookAgain does): the run's inspection then needs no request of its own (a round trip fewer on every
   * click).
   */
  private async read(
    source: PortfolioSource,
    tableNames: readonly string[],
    pause: (() => Promise<void>) | undefined,
    look: boolean,
    maxRows = Infinity
  ): Promise<{ grid: SourceGrid; tables: (SourceGrid | undefined)[] }> {
    this.lookedWithRead = undefined;
    this.listedRows = undefined;
    return this.excel.run(async (context) => {
      const a1 = source.address.replace(/^.*!/, "");
      // Where the pane's list of lists saw the list: when it fits one read, its values are asked for
      // there in this first request, and kept if the list is still there (a round trip fewer).
      const atListing = cellsOf(a1);
      // The rows to read of the list as it was listed.
      const listed = atListing && { ...atListing, rowCount: Math.min(atListing.rowCount, maxRows) };
      const listedCells = listed === undefined ? Infinity : listed.rowCount * listed.columnCount;
      const readEarly = listedCells <= this.limits.maxCellsPerRead;
      const before = look ? this.lastLook : undefined;
      const queueFirst = (withValues: boolean, withLook: boolean) => {
        const table =
          source.kind === "table" ? context.workbook.tables.getItem(source.name) : undefined;
        const sheet = table ? table.worksheet : context.workbook.worksheets.getItem(source.sheet);
        const list = this.queueRectangle(table ? table.getRange() : sheet.getRange(a1));
        const early =
          withValues && listed
            ? sheet.getRangeByIndexes(
                listed.row,
                listed.column,
                listed.rowCount,
                listed.columnCount
              )
            : undefined;
        early?.load("values");
        // The other tables are looked for in this request; the places of those found come with the
        // list's values (in a request of their own when those came with this one), their values in one
        // request after.
        const tables = context.workbook.tables;
        if (tableNames.length > 0) tables.load("items/name");
        // The look, when the outputs' values it hashes fit beside the list's in one response.
        const confirm =
          withLook && before
            ? this.queueLook(
                context,
                before,
                this.limits.maxCellsPerRead - (withValues ? listedCells : 0)
              )
            : undefined;
        // A list around a selection is where it was listed; the user may have added rows or columns
        // since (at its end, or inside it): the rows just under it and the region around its first cell
        // tell, and it is read whole (a table grows by itself).
        const after =
          source.kind === "region" && atListing && maxRows === Infinity
            ? this.queueRowsAfter(sheet, atListing)
            : undefined;
        const around =
          source.kind === "region" && atListing && maxRows === Infinity
            ? sheet.getRangeByIndexes(atListing.row, atListing.column, 1, 1).getSurroundingRegion()
            : undefined;
        around?.load("columnIndex,columnCount");
        return { list, early, tables, confirm, after, around };
      };
      // Each failure of the first request drops what caused it: the look when a sheet it asks for by id
      // is gone (ItemNotFound: the workbook changed, so the inspection will look in full), the list's
      // values and the look when the response is more than Excel sends in one (the inspection then
      // looks on its own, and the list is read from half its rows a request). Anything else is thrown.
      let withValues = readEarly;
      let withLook = true;
      let refusedWhole = false;
      let first = queueFirst(withValues, withLook);
      for (;;) {
        try {
          // At most three tries, each with less in it (see above).
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          break;
        } catch (error) {
          const code = errorCode(error);
          if (first.confirm && code === "ItemNotFound") {
            this.lastLook = undefined;
            withLook = false;
          } else if ((first.early || first.confirm) && code === RESPONSE_TOO_LARGE) {
            refusedWhole ||= first.early !== undefined;
            withValues = false;
            withLook = false;
          } else throw error;
        }
        first = queueFirst(withValues, withLook);
      }
      if (first.confirm) {
        // What the run's inspection starts from; undefined (the workbook changed in a way one request
        // cannot tell) leaves it to look in full.
        const seen = first.confirm();
        this.lastLook = seen;
        this.lookedWithRead = seen;
      }
      const { early, tables, after, around } = first;
      const { list } = first;
      const { range: whole } = list;
      let rows = Math.min(whole.rowCount, maxRows);
      // Something under the list as it was listed: the list has grown, read to its end.
      if (after && listExtentBelow(after.range.values).taken > 0)
        rows += await this.rowsGrownUnder(context, whole, after);
      // Columns added beside it or inside it: the region around its first cell is wider now.
      let left = whole.columnIndex;
      let columns = whole.columnCount;
      if (around) {
        left = Math.min(left, around.columnIndex);
        columns =
          Math.max(whole.columnIndex + whole.columnCount, around.columnIndex + around.columnCount) -
          left;
      }
      const moved = rows !== Math.min(whole.rowCount, maxRows) || columns !== whole.columnCount;
      // The merged areas of the list as it is now.
      let merged = list.merged;
      if (moved && this.supports(MERGED_AREAS_API)) {
        merged = whole.worksheet
          .getRangeByIndexes(whole.rowIndex, left, rows, columns)
          .getMergedAreasOrNullObject();
        merged.load("address");
        await context.sync();
      }
      const named = tablesNamed(tables, tableNames);
      const queueFound = () => named.map((table) => table && this.queueRectangle(table.getRange()));
      let found = queueFound();
      const stillThere =
        early !== undefined &&
        listed !== undefined &&
        !moved &&
        whole.rowIndex === listed.row &&
        whole.columnIndex === listed.column &&
        rows === listed.rowCount &&
        whole.columnCount === listed.columnCount;
      // With the list's values read, the tables' places have no request to ride with: one of their own.
      if (stillThere && found.some(Boolean)) await context.sync();
      const { values, valueTypes, refused } = await this.readRows(
        context,
        whole.worksheet,
        whole.rowIndex,
        left,
        rows,
        columns,
        true,
        pause,
        stillThere ? early.values : undefined,
        refusedWhole ? Math.ceil(rows / 2) : undefined
      );
      // A read Excel refused as too large took the tables' loads with it (a refused request is refused
      // whole): they are sent again.
      if (refused && found.some(Boolean)) {
        found = queueFound();
        await context.sync();
      }
      return {
        grid: gridAt(whole.worksheet.name, whole.rowIndex, left, values, valueTypes, merged),
        tables: await this.readRectangles(context, found),
      };
    });
  }

  /**
   * Queues the read of the MAX_BLANK_GAP + 1 rows under a list as it was listed (`cells`), with its sheet's
   * used range: whether the list goes on under them (rowsGrownUnder); undefined at the sheet's last row.
   */
  private queueRowsAfter(
    sheet: Excel.Worksheet,
    cells: { row: number; column: number; rowCount: number; columnCount: number }
  ): { range: Excel.Range; rows: number; used: Excel.Range } | undefined {
    const start = cells.row + cells.rowCount;
    const rows = Math.min(MAX_BLANK_GAP + 1, EXCEL_MAX_ROWS - start);
    if (rows <= 0) return undefined;
    const range = sheet.getRangeByIndexes(start, cells.column, rows, cells.columnCount);
    range.load("values");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    return { range, rows, used };
  }

  /**
   * The rows a list has grown by under `whole` (the list as it was listed, loaded) since it was listed,
   * by the list of lists' rule (rowsBesideRegion: over up to 3 blank rows, never into a table). Requests:
   * the sheet's tables, their places, the rows past `after` where the list goes on.
   */
  private async rowsGrownUnder(
    context: Excel.RequestContext,
    whole: Excel.Range,
    after: { range: Excel.Range; rows: number; used: Excel.Range }
  ): Promise<number> {
    const sheetTables = whole.worksheet.tables;
    sheetTables.load("items/name");
    await context.sync();
    const onSheet = sheetTables.items.map((table) => {
      const range = table.getRange();
      range.load("rowIndex,rowCount,columnIndex,columnCount");
      return { range };
    });
    if (onSheet.length > 0) await context.sync();
    return (await this.rowsBesideRegion(context, whole, after, after.used, onSheet)).taken;
  }

  /**
   * Queues the loads of a rectangle to read: its place and size, its sheet's name and (ExcelApi 1.13) its
   * merged areas, so that a value merged over rows can be read for each of them.
   */
  private queueRectangle(range: Excel.Range): Rectangle {
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    range.worksheet.load("name");
    const merged = this.supports(MERGED_AREAS_API) ? range.getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    return { range, merged };
  }

  /**
   * The values of several small rectangles (the tables a run reads besides its list) in one request
   * while they hold at most one read's cells together; a larger one, or all of them when Excel refuses
   * the request as too large, read on its own in chunks.
   */
  private async readRectangles(
    context: Excel.RequestContext,
    rectangles: readonly (Rectangle | undefined)[]
  ): Promise<(SourceGrid | undefined)[]> {
    const present = rectangles.filter((r): r is Rectangle => r !== undefined);
    const cells = present.reduce((n, { range }) => n + range.rowCount * range.columnCount, 0);
    const read = new Map<Rectangle, unknown[][]>();
    if (present.length > 1 && cells <= this.limits.maxCellsPerRead) {
      const parts = present.map((rectangle) => {
        const { range } = rectangle;
        const part = range.worksheet.getRangeByIndexes(
          range.rowIndex,
          range.columnIndex,
          range.rowCount,
          range.columnCount
        );
        part.load("values");
        return { rectangle, part };
      });
      try {
        await context.sync();
        for (const { rectangle, part } of parts) read.set(rectangle, part.values);
      } catch (error) {
        if (errorCode(error) !== RESPONSE_TOO_LARGE) throw error;
      }
    }
    const grids: (SourceGrid | undefined)[] = [];
    for (const rectangle of rectangles) {
      if (!rectangle) {
        grids.push(undefined);
        continue;
      }
      const { range } = rectangle;
      const together = read.get(rectangle);
      let values: unknown[][];
      let valueTypes: (string[] | undefined)[];
      if (together) {
        values = together;
        valueTypes = [];
        valueTypes.length = values.length;
        await this.readErrorTypes(
          context,
          range.worksheet,
          range.rowIndex,
          range.columnIndex,
          values,
          valueTypes,
          0
        );
      } else {
        ({ values, valueTypes } = await this.readRows(
          context,
          range.worksheet,
          range.rowIndex,
          range.columnIndex,
          range.rowCount,
          range.columnCount,
          true
        ));
      }
      grids.push(gridOf(rectangle, values, valueTypes));
    }
    return grids;
  }

  /**
   * The value types of the rows of `rows` (read from sheet row index `top`) that hold text starting
   * with "#", into `types` from index `at`: only such a cell can be an error value (Range.values gives
   * an error as its text, "#N/A", "#DIV/0!" …: the `basicValue` of Excel's ErrorCellValue types,
   * learn.microsoft.com/javascript/api/excel/excel.errorcellvalue), and types for every cell would
   * double the response. One request for every run of such rows; none when there is none (the usual case).
   */
  private async readErrorTypes(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    top: number,
    left: number,
    rows: unknown[][],
    types: (string[] | undefined)[],
    at: number
  ): Promise<void> {
    const runs: { first: number; range: Excel.Range }[] = [];
    let first = -1;
    const closeRun = (end: number) => {
      if (first < 0) return;
      const range = sheet.getRangeByIndexes(top + first, left, end - first, rows[first].length);
      range.load("valueTypes");
      runs.push({ first, range });
      first = -1;
    };
    for (let r = 0; r < rows.length; r += 1) {
      let suspect = false;
      const row = rows[r];
      for (let c = 0; c < row.length && !suspect; c += 1) {
        const value = row[c];
        suspect = typeof value === "string" && value.charCodeAt(0) === 35; // "#"
      }
      if (suspect && first < 0) first = r;
      else if (!suspect) closeRun(r);
    }
    closeRun(rows.length);
    if (runs.length === 0) return;
    await context.sync();
    for (const { first: from, range } of runs)
      (range.valueTypes as string[][]).forEach((line, i) => (types[at + from + i] = line));
  }

  /**
   * Reads a rectangle in chunks of rows: at most `maxCellsPerRead` cells (and `atMostRows` rows) per
   * request, halved whenever Excel refuses a response as too large (5 MB on the web), down to one row.
   * Given `read`, the rectangle's values read already, it reads only their error types.
   */
  private async readRows(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    top: number,
    left: number,
    rowCount: number,
    columnCount: number,
    withTypes: boolean,
    pause?: () => Promise<void>,
    read?: unknown[][],
    atMostRows = Infinity
  ): Promise<{ values: unknown[][]; valueTypes: (string[] | undefined)[]; refused: boolean }> {
    let rowsPerRead = Math.max(
      1,
      Math.min(atMostRows, Math.floor(this.limits.maxCellsPerRead / columnCount))
    );
    const values: unknown[][] = [];
    const valueTypes: (string[] | undefined)[] = [];
    let refused = false;
    // Values read already (every row): only the error types are left to read.
    if (read) {
      values.push(...read);
      if (withTypes) {
        valueTypes.length = values.length;
        await this.readErrorTypes(context, sheet, top, left, read, valueTypes, 0);
      }
      return { values, valueTypes, refused };
    }
    for (let offset = 0; offset < rowCount;) {
      const count = Math.min(rowsPerRead, rowCount - offset);
      // One request per chunk is the point: a single read of a large table can exceed the response limit.
      const read = await valuesUnlessTooLarge(
        context,
        sheet.getRangeByIndexes(top + offset, left, count, columnCount),
        count
      );
      if (!read) {
        rowsPerRead = Math.ceil(count / 2);
        refused = true;
        continue;
      }
      values.push(...read);
      if (withTypes) {
        valueTypes.length = values.length;
        await this.readErrorTypes(context, sheet, top + offset, left, read, valueTypes, offset);
      }
      offset += count;
      // Between chunks, not inside a request: the pane repaints and sees a Cancel while a long list is read.
      if (pause && offset < rowCount) await pause();
    }
    return { values, valueTypes, refused };
  }

  /** The loads of the first request about the workbook: its sheets, the recorded names and its tables. */
  private queueWorkbookLists(context: Excel.RequestContext): WorkbookLists {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const recordedItem = context.workbook.settings.getItemOrNullObject(RECORDED_SHEETS_KEY);
    recordedItem.load("value");
    const tables = context.workbook.tables;
    tables.load("items/name");
    return { worksheets, recordedItem, tables };
  }

  /**
   * Once the lists are back: the loads of each sheet's mark and, with `deep`, of the first row of sheets
   * recorded by name and of the marked sheets' used ranges (their fingerprints need them).
   */
  private queueMarks(lists: WorkbookLists, deep: boolean): QueuedMarks {
    const { worksheets, recordedItem } = lists;
    const recordedNames = recordedItem.isNullObject ? [] : recordedNamesFrom(recordedItem.value);
    return this.queueSheetLoads(
      worksheets.items,
      worksheets.items.map((sheet) => sheet.name),
      recordedNames,
      deep
    );
  }

  /**
   * The loads of queueMarks for `sheets` (named `names`): each one's mark; with `deep`, the first row of
   * those recorded by name and every used range.
   */
  private queueSheetLoads(
    sheets: Excel.Worksheet[],
    names: string[],
    recordedNames: string[],
    deep: boolean
  ): QueuedMarks {
    const marks = this.marks
      ? sheets.map((sheet) => {
          const property = sheet.customProperties.getItemOrNullObject(MARK_KEY);
          property.load("value");
          return property;
        })
      : [];
    const recorded = (name: string) => recordedNames.some((r) => sameName(r, name));
    const firstRows = sheets.map((sheet, i) => {
      if (!deep || !recorded(names[i])) return undefined;
      const row = sheet.getRangeByIndexes(0, 0, 1, 64);
      row.load("values");
      return row;
    });
    // The used ranges come with the marks: a marked sheet's fingerprint needs its own, without another
    // round trip.
    const usedRanges =
      deep && this.marks
        ? sheets.map((sheet) => {
            const range = sheet.getUsedRangeOrNullObject();
            range.load("address,rowIndex,columnIndex,rowCount,columnCount");
            return range;
          })
        : undefined;
    return {
      recordedNames,
      marks,
      firstRows,
      usedRanges,
      queued: this.marks || firstRows.some(Boolean),
    };
  }

  /** Every sheet with its mark (and first row where loaded), once the marks' request is back. */
  private factsOf(lists: WorkbookLists, queued: QueuedMarks): SheetFacts[] {
    const { marks, firstRows } = queued;
    return lists.worksheets.items.map((sheet, i) => {
      const mark = this.marks && !marks[i].isNullObject ? parseMark(marks[i].value) : undefined;
      const firstRow = firstRows[i];
      return {
        id: sheet.id,
        name: sheet.name,
        mark,
        firstRow: firstRow && !mark ? rowTexts(firstRow.values[0]) : undefined,
      };
    });
  }

  /**
   * Every sheet with its mark; with `deep`, also the fingerprint of marked sheets and the first row of
   * sheets recorded by name (to recognise outputs of earlier versions). The settings and the table names
   * are loaded in the same request.
   */
  private async sheetFacts(
    context: Excel.RequestContext,
    deep: boolean
  ): Promise<{ facts: SheetFacts[]; tables: string[]; recordedNames: string[] }> {
    const lists = this.queueWorkbookLists(context);
    await context.sync();
    const queued = this.queueMarks(lists, deep);
    if (queued.queued) await context.sync();
    const facts = this.factsOf(lists, queued);
    const { worksheets, tables } = lists;
    const { recordedNames, usedRanges } = queued;
    if (deep) {
      const done = facts
        .map((fact, i) => ({ fact, sheet: worksheets.items[i], used: usedRanges?.[i] }))
        .filter(({ fact }) => fact.mark?.state === "done");
      const prints = await this.fingerprints(
        context,
        done.map((d) => d.sheet),
        usedRanges && done.map((d) => d.used!)
      );
      done.forEach(({ fact }, i) => {
        fact.print = prints[i];
      });
    }
    return { facts, tables: tables.items.map((t) => t.name), recordedNames };
  }

  /**
   * The inventory again in one request, for a write after the user answered a question: the sheets the
   * inspection saw, asked for by id beside the lists, with the values of the outputs whose fingerprint
   * hashed them, read where their used range was then (a response no larger than the inspection's). The
   * same facts as a full look (three requests), or undefined when this one request cannot tell them: a
   * sheet added, removed, renamed or moved, the recorded names changed, an output done since, or one
   * whose used range moved but still holds few enough cells to hash. The caller then looks in full.
   */
  private async lookAgain(
    context: Excel.RequestContext,
    before: Inventory
  ): Promise<Inventory | undefined> {
    const confirm = this.queueLook(context, before, this.limits.maxCellsPerRead);
    if (!confirm) return undefined;
    try {
      await context.sync();
    } catch (error) {
      // A sheet gone since, or the values more than Excel sends in one response.
      const code = errorCode(error);
      if (code === "ItemNotFound" || code === RESPONSE_TOO_LARGE) return undefined;
      throw error;
    }
    return confirm();
  }

  /**
   * lookAgain's loads, queued in the request being built (its own, or a run's first read); returns what
   * tells the facts once that request is answered, or undefined when the values to hash hold more than
   * `cells` cells (a look of its own, or a full one, then). The request fails with ItemNotFound when a
   * sheet of `before` is gone.
   */
  private queueLook(
    context: Excel.RequestContext,
    before: Inventory,
    cells: number
  ): (() => Inventory | undefined) | undefined {
    // The inspection's used range of each output whose values it hashed ("A1:K30" of "A1:K30#hash").
    const hashedAt = before.sheets.map((sheet) =>
      sheet.mark?.state === "done" && sheet.print?.includes("#")
        ? sheet.print.slice(0, sheet.print.indexOf("#"))
        : undefined
    );
    // Those values together in one response: at most `cells` cells (an address that is no range, as a
    // mark copied from elsewhere may hold, counts as too many).
    const hashedCells = hashedAt.reduce((n, address) => {
      if (address === undefined) return n;
      const at = cellsOf(address);
      return n + (at ? at.rowCount * at.columnCount : Infinity);
    }, 0);
    if (hashedCells > cells) return undefined;
    const lists = this.queueWorkbookLists(context);
    const sheets = before.sheets.map((sheet) => context.workbook.worksheets.getItem(sheet.id));
    const queued = this.queueSheetLoads(
      sheets,
      before.sheets.map((sheet) => sheet.name),
      before.recordedNames,
      true
    );
    const parts = hashedAt.map((address, i) => {
      if (address === undefined) return undefined;
      const part = sheets[i].getRange(address);
      part.load("values");
      return part;
    });
    return () => this.confirmLook(before, hashedAt, lists, queued, parts);
  }

  /** What lookAgain's answered loads tell (see lookAgain): the facts, or undefined. */
  private confirmLook(
    before: Inventory,
    hashedAt: (string | undefined)[],
    lists: WorkbookLists,
    queued: QueuedMarks,
    parts: (Excel.Range | undefined)[]
  ): Inventory | undefined {
    const items = lists.worksheets.items;
    const recordedNames = lists.recordedItem.isNullObject
      ? []
      : recordedNamesFrom(lists.recordedItem.value);
    const same =
      items.length === before.sheets.length &&
      items.every(
        (item, i) => item.id === before.sheets[i].id && item.name === before.sheets[i].name
      ) &&
      recordedNames.length === before.recordedNames.length &&
      recordedNames.every((name, i) => name === before.recordedNames[i]);
    if (!same) return undefined;
    const facts = this.factsOf(lists, queued);
    for (let i = 0; i < facts.length; i += 1) {
      if (facts[i].mark?.state !== "done") continue;
      const used = queued.usedRanges?.[i];
      if (!used) return undefined;
      const part = parts[i];
      if (used.isNullObject) facts[i].print = fingerprint("");
      else if (used.rowCount * used.columnCount > FINGERPRINT_MAX_CELLS)
        facts[i].print = fingerprint(used.address);
      else if (part && fingerprint(used.address) === hashedAt[i])
        facts[i].print = fingerprint(used.address, part.values);
      // Few enough cells to hash, but not those read: an output done since, or its used range moved.
      else return undefined;
    }
    return { sheets: facts, tables: lists.tables.items.map((t) => t.name), recordedNames };
  }

  /**
   * The sheets' fingerprints: used range, and a hash of the values of sheets small enough to read
   * cheaply. One request for the used ranges (unless given, possibly with their values already loaded),
   * then the small sheets' values, as many sheets per request as fit in one read.
   */
  private async fingerprints(
    context: Excel.RequestContext,
    sheets: Excel.Worksheet[],
    preloaded?: Excel.Range[],
    pause?: () => Promise<void>,
    valuesLoaded: readonly boolean[] = []
  ): Promise<string[]> {
    const used =
      preloaded ??
      sheets.map((sheet) => {
        const range = sheet.getUsedRangeOrNullObject();
        range.load("address,rowIndex,columnIndex,rowCount,columnCount");
        return range;
      });
    if (!preloaded && sheets.length > 0) await context.sync();
    const small = (range: Excel.Range) =>
      !range.isNullObject && range.rowCount * range.columnCount <= FINGERPRINT_MAX_CELLS;
    const values: (readonly (readonly unknown[])[] | undefined)[] = used.map((range, i) =>
      small(range) && valuesLoaded[i] ? range.values : undefined
    );
    // The small sheets not read yet: grouped into requests of at most maxCellsPerRead cells.
    let group: number[] = [];
    let groupCells = 0;
    const readGroup = async () => {
      if (group.length === 0) return;
      const parts = group.map((i) => {
        const part = sheets[i].getRangeByIndexes(
          used[i].rowIndex,
          used[i].columnIndex,
          used[i].rowCount,
          used[i].columnCount
        );
        part.load("values");
        return part;
      });
      try {
        await context.sync();
        group.forEach((i, k) => (values[i] = parts[k].values));
      } catch (error) {
        if (errorCode(error) !== RESPONSE_TOO_LARGE) throw error;
        // Too much for one response together: each sheet in chunks of its own.
        for (const i of group) {
          const range = used[i];

          const read = await this.readRows(
            context,
            sheets[i],
            range.rowIndex,
            range.columnIndex,
            range.rowCount,
            range.columnCount,
            false,
            pause
          );
          values[i] = read.values;
        }
      }
      group = [];
      groupCells = 0;
    };
    for (let i = 0; i < sheets.length; i += 1) {
      if (!small(used[i]) || values[i]) continue;
      const cells = used[i].rowCount * used[i].columnCount;
      if (groupCells + cells > this.limits.maxCellsPerRead) await readGroup();
      group.push(i);
      groupCells += cells;
    }
    await readGroup();
    const prints: string[] = [];
    for (let i = 0; i < sheets.length; i += 1) {
      const range = used[i];
      if (range.isNullObject) prints.push(fingerprint(""));
      else if (!small(range)) prints.push(fingerprint(range.address));
      else {
        prints.push(fingerprint(range.address, values[i]));
        // Up to 100,000 cells hashed: let the page breathe before the next sheet.
        await pause?.();
      }
    }
    return prints;
  }

  private async inventory(context: Excel.RequestContext): Promise<Inventory> {
    const { facts, tables, recordedNames } = await this.sheetFacts(context, true);
    return { sheets: facts, tables, recordedNames };
  }

  async inspectOutputs(outputs: OutputSheet[]): Promise<OutputsFound> {
    const early = this.lookedWithRead;
    this.lookedWithRead = undefined;
    const last = this.lastLook;
    this.lastLook = undefined;
    const answerFrom = (inventory: Inventory): OutputsFound => {
      const found = classify(inventory, outputs);
      const names = (list: SheetFacts[]) => list.map((s) => s.name);
      const answer = {
        replace: names(found.replace),
        edited: names(found.edited),
        adoptable: names(found.adoptable),
        copies: names(found.copies),
      };
      this.inspected.set(answer, inventory);
      return answer;
    };
    // The run's read confirmed the workbook in its first request: no request here.
    if (early) return answerFrom(early);
    return this.excel.run(async (context) =>
      // After this object's write (a rerun) or its list of lists, one request tells what the full look's
      // three would, unless the workbook changed in a way it cannot tell.
      answerFrom((last && (await this.lookAgain(context, last))) ?? (await this.inventory(context)))
    );
  }

  /**
   * The workbook as a write starts from it. Given what inspectOutputs found (once, by this object): if
   * it found none of our outputs, the pane asked nothing and writes at once, so that look stands (3
   * requests fewer). After a question the user may have changed the workbook while it was open, so the
   * write looks again: in one request where it can (lookAgain), else in full, as without `found`.
   */
  private async inventoryAfter(
    context: Excel.RequestContext,
    found: OutputsFound | undefined
  ): Promise<Inventory> {
    const seen = found && this.inspected.get(found);
    if (!found || !seen) return this.inventory(context);
    this.inspected.delete(found);
    const nothingFound =
      found.replace.length + found.edited.length + found.adoptable.length + found.copies.length ===
      0;
    if (nothingFound) return seen;
    return (await this.lookAgain(context, seen)) ?? this.inventory(context);
  }

  /** Rows per request for a block: its estimated bytes per row against the request target. */
  rowsPerRequest(block: OutputBlock): number {
    return rowsPerRequest(block, this.limits);
  }

  async writeSheets(outputs: OutputSheet[], options: WriteOptions = {}): Promise<WriteReport> {
    const created: { id: string; name: string }[] = [];
    // The temporary names of new sheets sent to Excel in a request it has not answered yet.
    let adding: string[] = [];
    let toRemove: SheetFacts[] = [];
    let plan: WritePlan | undefined;
    let committing = false;
    const empty = { sheets: [], removed: [], kept: [], rows: 0, cutCells: 0 };
    this.lastLook = undefined;
    this.lookedWithRead = undefined;
    this.listedRows = undefined;
    try {
      return await this.excel.run(async (context) => {
        const inventory = await this.inventoryAfter(context, options.inspected);
        const found = classify(inventory, outputs);
        const keepEdited = options.keepEdited ?? true;
        const removing = new Set(
          [
            ...found.leftovers,
            ...found.replace,
            ...(options.adopt ? found.adoptable : []),
            ...(keepEdited ? [] : found.edited),
          ].map((sheet) => sheet.id)
        );
        toRemove = inventory.sheets.filter((sheet) => removing.has(sheet.id));
        plan = planWrite(
          outputs,
          { sheets: inventory.sheets.map((s) => s.name), tables: inventory.tables },
          runId(this.now()),
          this.limits
        );
        const check = () => {
          if (options.isCancelled?.()) throw new Cancelled();
        };
        // Between requests the caller may yield to the browser (a repaint, a Cancel click) first.
        const pauseThenCheck = async () => {
          await options.pause?.();
          check();
        };
        check();
        // Phase 1: the new sheets, under temporary names, marked as being written. They go with the
        // first values request when that is one request (a run of small sheets: one round trip fewer),
        // else in a request of their own. Until Excel has answered, they are known by their temporary
        // names (`adding`), which no other sheet has: a failure removes them by name.
        const worksheets = context.workbook.worksheets;
        let added: Excel.Worksheet[] = [];
        const addSheets = () => {
          added = plan!.sheets.map((sheet) => {
            const worksheet = worksheets.add(sheet.temporaryName);
            if (this.marks) worksheet.customProperties.add(MARK_KEY, formatMark(sheet.mark));
            worksheet.load("id,name");
            return worksheet;
          });
          adding = plan!.sheets.map((sheet) => sheet.temporaryName);
        };
        const confirmAdded = () => {
          created.push(...added.map((w) => ({ id: w.id, name: w.name })));
          adding = [];
        };
        const sheets = plan.sheets;
        // A group is one request when its blocks each fit one (requestGroups gives a larger block a
        // group of its own).
        const oneRequest = (group: BlockAt[]) =>
          group.every((at) => fitsOneRequest(sheets[at.sheet].blocks[at.block]));
        const groups = requestGroups(sheets);
        addSheets();
        if (!(groups.length > 0 && oneRequest(groups[0]))) {
          await context.sync();
          confirmAdded();
        }
        if (this.supports("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
        const firstBlockOf = sheets.map((_, s) =>
          sheets.slice(0, s).reduce((n, sheet) => n + sheet.blocks.length, 0)
        );
        const progress = (at: BlockAt) => (rowsWritten: number) =>
          options.onProgress?.({
            sheet: sheets[at.sheet].output.name,
            block: firstBlockOf[at.sheet] + at.block,
            rowsWritten,
            rowsTotal: sheets[at.sheet].blocks[at.block].dataRows,
          });
        const writeAlone = (at: BlockAt) =>
          this.writeBlock(
            context,
            added[at.sheet],
            sheets[at.sheet].blocks[at.block],
            pauseThenCheck,
            progress(at)
          );
        // The finishing work (tables, charts, widths) and what it reads back: the table names on the
        // previous outputs (renames need them) and the new sheets' used ranges, with the values of the
        // small ones (their fingerprints). Queued with the last values request when that is one request,
        // else in a request of its own: no round trip of its own for a run of small sheets (figure 3).
        const removedTables = () => finishing!.removedTables();
        const used: Excel.Range[] = [];
        const folded: boolean[] = [];
        let finishing: Finishing | undefined;
        const queueFinish = (): Finishing => {
          const tables = this.queueTables(context, toRemove);
          used.length = 0;
          folded.length = 0;
          let foldedCells = 0;
          for (let index = 0; index < plan!.sheets.length; index += 1) {
            this.finishSheet(added[index], plan!.sheets[index]);
            const range = added[index].getUsedRangeOrNullObject();
            const cells = plannedCells(plan!.sheets[index]);
            const fold = this.marks && foldedCells + cells <= FINGERPRINT_MAX_CELLS;
            if (fold) foldedCells += cells;
            folded.push(fold);
            if (fold) range.load("address,rowIndex,columnIndex,rowCount,columnCount,values");
            else range.load("address,rowIndex,columnIndex,rowCount,columnCount");
            used.push(range);
          }
          // The sheets' and tables' names as they are now: the new ones take theirs among these, so a
          // sheet the user added since the run looked (while it planned or wrote) keeps its name and
          // ours takes the next free one, where Excel would refuse a name taken.
          const sheetsNow = context.workbook.worksheets;
          sheetsNow.load("items/name");
          const tablesNow = context.workbook.tables;
          tablesNow.load("items/name");
          return {
            removedTables: tables,
            sheetNames: () => sheetsNow.items.map((sheet) => sheet.name),
            tableNames: () => tablesNow.items.map((table) => table.name),
          };
        };
        for (const [index, group] of groups.entries()) {
          // A block too large for one request is written alone, a request at a time (requestGroups puts
          // it in a group of its own).
          if (!oneRequest(group)) {
            await writeAlone(group[0]);
            continue;
          }
          // Small blocks share one request (write-plan requestGroups). Said before it is sent, so the
          // pane shows what is being written while the request is on its way.
          progress(group[0])(0);
          await pauseThenCheck();
          for (const at of group) {
            const block = sheets[at.sheet].blocks[at.block];
            this.queueRequest(added[at.sheet], block, 0, block.rowsBetween(0, block.dataRows + 1));
          }
          const last = index === groups.length - 1;
          const finishedHere = last ? queueFinish() : undefined;
          if (this.supports("1.6")) context.application.suspendApiCalculationUntilNextSync();
          try {
            // One sync per group: each group is one request under the size target.
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
          } catch (error) {
            if (errorCode(error) !== REQUEST_TOO_LARGE) throw error;
            // Excel on the web refused the shared request, applying none of it: the new sheets in a
            // request of their own if they were in it, then each block on its own, halved as needed; the
            // finishing work follows in a request of its own.
            if (adding.length > 0) {
              addSheets();
              // Once, for the first group only (`adding` is empty after).
              // eslint-disable-next-line office-addins/no-context-sync-in-loop
              await context.sync();
              confirmAdded();
            }
            for (const at of group) await writeAlone(at);
            continue;
          }
          if (adding.length > 0) confirmAdded();
          finishing = finishedHere;
          for (const at of group) progress(at)(sheets[at.sheet].blocks[at.block].dataRows);
        }
        if (!finishing) {
          await pauseThenCheck();
          finishing = queueFinish();
          // One request finishes every sheet (tables, charts, widths) and reads back their used ranges.
          await context.sync();
        }
        const prints = this.marks
          ? await this.fingerprints(context, added, used, pauseThenCheck, folded)
          : [];
        await pauseThenCheck();

        // Phase 2: mark the sheets complete with what they hold now, remove the previous outputs and give
        // the new sheets their names, in one request. A failure in it leaves every previous output in
        // place or keeps the new, complete sheets (removeNewSheets), as separate requests did.
        committing = true;
        plan.sheets.forEach((sheet, index) => {
          if (this.marks)
            added[index].customProperties.add(
              MARK_KEY,
              formatMark({ ...sheet.mark, state: "done", print: prints[index] })
            );
        });
        const removedIds = new Set(toRemove.map((s) => s.id));
        const createdIds = new Set(created.map((s) => s.id));
        // Every sheet but those removed in this request (the new ones' temporary names are freed by
        // finalSheetNames itself). By the names the look saw: one the user renamed since stays taken
        // under its new name, which at worst gives ours a suffix.
        const removedNames = new Set(toRemove.map((s) => s.name.toLowerCase()));
        const remaining = finishing!
          .sheetNames()
          .filter((name) => !removedNames.has(name.toLowerCase()));
        const names = finalSheetNames(plan, remaining);
        const renames = tableRenames(
          plan,
          finishing!.tableNames().filter((t) => !removedTables().has(t.toLowerCase()))
        );
        if (keepEdited && this.marks) {
          // Kept edited outputs become the user's sheets: without our mark, never replaced again.
          for (const sheet of found.edited)
            worksheets.getItem(sheet.id).customProperties.getItem(MARK_KEY).delete();
        }
        for (const sheet of toRemove) worksheets.getItem(sheet.id).delete();
        added.forEach((worksheet, index) => {
          worksheet.name = names[index];
        });
        for (const rename of renames) context.workbook.tables.getItem(rename.from).name = rename.to;
        // Where marks are missing, the names are the record (checked against the header next time);
        // with marks, the record of earlier versions is no longer needed.
        context.workbook.settings.add(RECORDED_SHEETS_KEY, JSON.stringify(this.marks ? [] : names));
        added[0]?.activate();
        await context.sync();
        // What the workbook now holds: the sheets that stayed, then the new ones, marked done.
        const kept = new Set(keepEdited && this.marks ? found.edited.map((s) => s.id) : []);
        this.lastLook = {
          sheets: [
            ...inventory.sheets
              .filter((s) => !removedIds.has(s.id) && !createdIds.has(s.id))
              .map((s) => (kept.has(s.id) ? { id: s.id, name: s.name } : s)),
            ...plan.sheets.map((sheet, index) => ({
              id: created[index].id,
              name: names[index],
              ...(this.marks
                ? {
                    mark: { ...sheet.mark, state: "done" as const, print: prints[index] },
                    print: prints[index],
                  }
                : {}),
            })),
          ],
          tables: [],
          recordedNames: this.marks ? [] : names,
        };
        return {
          outcome: "written" as const,
          sheets: names,
          rows: plan.rows,
          cancelled: false,
          removed: toRemove.map((s) => s.name),
          kept: keepEdited ? found.edited.map((s) => s.name) : [],
          cutCells: plan.cutCells,
        };
      });
    } catch (error) {
      const cancelled = error instanceof Cancelled;
      const cleanup = await this.removeNewSheets(created, committing ? toRemove : [], adding);
      return {
        ...empty,
        outcome: cancelled ? "cancelled" : "failed",
        cancelled,
        cutCells: plan?.cutCells ?? 0,
        error: cancelled ? undefined : message(error),
        restored: cleanup.restored,
        leftBehind: cleanup.leftBehind,
      };
    }
  }

  /**
   * Queues the loading of the table names on the sheets about to be removed; the returned function gives
   * them (lower case) once a request has been sent.
   */
  private queueTables(context: Excel.RequestContext, sheets: SheetFacts[]): () => Set<string> {
    const collections = sheets.map((s) => {
      const tables = context.workbook.worksheets.getItem(s.id).tables;
      tables.load("items/name");
      return tables;
    });
    return () => new Set(collections.flatMap((c) => c.items.map((t) => t.name.toLowerCase())));
  }

  /**
   * Puts the workbook back after a cancel or a failure: removes the sheets this run created (found by id,
   * valid while the workbook stays open). When the failure came while committing and some previous output
   * is already gone, the new sheets are complete and are kept instead.
   */
  private async removeNewSheets(
    created: { id: string; name: string }[],
    previous: SheetFacts[],
    unanswered: readonly string[] = []
  ): Promise<{ restored: boolean; leftBehind: string[] }> {
    if (created.length === 0 && unanswered.length === 0) return { restored: true, leftBehind: [] };
    try {
      return await this.excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        // By id, or by name (getItemOrNullObject takes either: learn.microsoft.com/javascript/api/excel/
        // excel.worksheetcollection#excel-excel-worksheetcollection-getitemornullobject-member(1)) for the
        // sheets added in a request Excel did not answer, under temporary names no other sheet has.
        const find = (key: string) => {
          const sheet = worksheets.getItemOrNullObject(key);
          sheet.load("name");
          return sheet;
        };
        const news = [...created.map((s) => find(s.id)), ...unanswered.map(find)];
        const olds = previous.map((s) => find(s.id));
        await context.sync();
        if (olds.some((sheet) => sheet.isNullObject)) {
          return {
            restored: false,
            leftBehind: news.filter((s) => !s.isNullObject).map((s) => s.name),
          };
        }
        for (const sheet of news) if (!sheet.isNullObject) sheet.delete();
        await context.sync();
        return { restored: true, leftBehind: [] };
      });
    } catch {
      // Marked as being written: the next run removes them.
      return { restored: false, leftBehind: [...created.map((s) => s.name), ...unanswered] };
    }
  }

  /** Queues the write of `part`, the block's rows from `start` (0 is the header), for the next request. */
  private queueRequest(
    sheet: Excel.Worksheet,
    block: BlockPlan,
    start: number,
    part: unknown[][]
  ): void {
    // The title goes with the first request, so a refused and retried first request keeps it.
    if (block.title !== undefined && start === 0) {
      const title = sheet.getRangeByIndexes(block.top - 1, 0, 1, 1);
      title.numberFormat = [["@"]];
      title.values = [[block.title]];
      title.format.font.bold = true;
    }
    // Formats before values (text columns keep typed text as text), one 1 × 1 value per run of columns:
    // Excel applies it to every cell of the range, as the numberFormat sample of "Excel JavaScript
    // object model in Office Add-ins" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts)
    // does for E3:E6. See docs/workbook-safety.md.
    for (const step of formatSteps(block, start, part.length)) {
      sheet.getRangeByIndexes(step.row, step.column, step.rowCount, step.columnCount).numberFormat =
        [[step.format]];
    }
    sheet.getRangeByIndexes(block.top + start, 0, part.length, block.width).values = part as (
      string | number | boolean
    )[][];
  }

  private async writeBlock(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    block: BlockPlan,
    check: () => Promise<void>,
    onProgress: (rowsWritten: number) => void
  ): Promise<void> {
    const total = block.dataRows + 1;
    let chunk = block.rowsPerRequest;
    // The rows of the request Excel has taken: their arrays are filled again for the next one. sync()
    // resolves "when the Office application completes the requested read or write actions"
    // (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model), so no request
    // still needs them.
    let sent: unknown[][] | undefined;
    for (let start = 0; start < total;) {
      await check();
      const part = block.rowsBetween(start, start + chunk, sent);
      sent = undefined;
      this.queueRequest(sheet, block, start, part);
      if (this.supports("1.6")) context.application.suspendApiCalculationUntilNextSync();
      try {
        // One sync per request keeps every request under the size limit (see rowsPerRequest).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        // Excel on the web refused the request as too large: halve it and try again.
        if (errorCode(error) === REQUEST_TOO_LARGE && chunk > 1) {
          chunk = Math.ceil(chunk / 2);
          continue;
        }
        throw error;
      }
      start += part.length;
      sent = part;
      onProgress(start - 1);
    }
  }

  private finishSheet(sheet: Excel.Worksheet, plan: SheetPlan): void {
    const output = plan.output;
    for (const block of output.blocks) {
      if (block.tableName) continue;
      sheet.getRangeByIndexes(block.top, 0, 1, block.columns.length).format.font.bold = true;
    }
    for (const table of plan.tables) {
      const block = output.blocks[table.block];
      const range = sheet.getRangeByIndexes(
        block.top,
        0,
        blockRowCount(block) + 1,
        block.columns.length
      );
      sheet.tables.add(range, true).name = table.name;
    }
    output.charts.forEach((spec, i) => {
      const block = output.blocks[spec.block];
      const first = Math.min(...spec.columns);
      const source = sheet.getRangeByIndexes(
        block.top,
        first,
        spec.rowCount + 1,
        Math.max(...spec.columns) - first + 1
      );
      const chart = sheet.charts.add("ColumnClustered", source, "Columns");
      chart.name = plan.chartNames[i];
      chart.title.text = spec.title;
      chart.setPosition(
        sheet.getRangeByIndexes(spec.anchorRow, spec.anchorColumn, 1, 1),
        sheet.getRangeByIndexes(spec.anchorRow + 15, spec.anchorColumn + 7, 1, 1)
      );
    });
    if (output.freezeHeaderRows) sheet.freezePanes.freezeRows(output.freezeHeaderRows);
    // Autofit on the first rows only: fitting a 100,000-row column is slow and the widths are the same.
    const width = Math.max(...output.blocks.map((b) => b.columns.length));
    const height = Math.min(
      500,
      Math.max(...output.blocks.map((b) => b.top + blockRowCount(b) + 1))
    );
    sheet.getRangeByIndexes(0, 0, height, width).format.autofitColumns();
  }

  async insertTable(
    preferredSheet: string,
    tableName: string,
    rows: CellValue[][],
    textColumns: number[]
  ): Promise<PortfolioSource> {
    this.lookedWithRead = undefined;
    this.listedRows = undefined;
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
      const [table] = tablesNamed(tables, [tableName]);
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
    this.lookedWithRead = undefined;
    this.listedRows = undefined;
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

  async saveSettings(json: string): Promise<void> {
    await this.excel.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, json);
      await context.sync();
    });
  }
}
