/**
 * The write of a run as a pure plan: which existing sheets are ours (by the mark saved with each sheet),
 * the temporary and final names of the new sheets, unique table and chart names, the rows of every block
 * made safe for Excel (formula-looking text, Excel's 32,767-character cell limit) with their number
 * formats, and how many rows go in one request. No Office types: `office-workbook.ts` carries the plan out
 * with Excel.run and keeps the retry (halving a request Excel refuses as too large).
 *
 * Ownership: a sheet is ours when it carries our mark, a worksheet custom property (ExcelApi 1.12) saved
 * in the file with the sheet. Names and ids never decide ownership: ids change when a workbook is
 * reopened, names are the user's to change. Where custom properties are missing, and for outputs written
 * by earlier versions (recorded by name in the workbook settings), a sheet is only offered for
 * replacement when its first row matches an output's header, and only after the user agreed.
 */
import { blockRowAt, blockRowCount, OutputBlock, OutputSheet } from "../core/report/output-model";
import { CellValue, ColumnFormat, EXCEL_MAX_CELL_TEXT } from "../core/table/table-schema";
import { NUMBER_FORMATS, safeCellValue } from "./number-formats";

/** Key of the worksheet custom property that marks an output sheet. */
export const MARK_KEY = "IPCostPlanner.Output";
/** Excel's limit on a sheet name's length. */
export const EXCEL_MAX_SHEET_NAME = 31;
/** Sheets up to this many used cells get a fingerprint of their values; larger ones of their extent. */
export const FINGERPRINT_MAX_CELLS = 100_000;

/** What the mark on an output sheet says. */
export interface OutputMark {
  role: string;
  /** 1 for the first sheet of a role, 2… for continuation sheets. */
  part: number;
  /** The run that wrote the sheet. */
  run: string;
  /** "writing" while a run is under way; "done" once the run completed. */
  state: "writing" | "done";
  /** What the sheet held when the run finished (see `fingerprint`); empty while writing. */
  print: string;
}

/**
 * The mark as stored (under 255 characters, the custom property limit outside Excel on the web).
 * @example formatMark({ role: "summary", part: 1, run: "r1", state: "done", print: "A1:B2#1f" }) //=> "ipcp1;summary;1;r1;done;A1:B2#1f"
 */
export function formatMark(mark: OutputMark): string {
  return ["ipcp1", mark.role, mark.part, mark.run, mark.state, mark.print].join(";");
}

const ROLES = new Set(["projection", "summary", "deadlines", "issues", "offsets"]);

/** A stored mark, or undefined for anything that is not exactly one of ours. */
export function parseMark(text: unknown): OutputMark | undefined {
  if (typeof text !== "string" || text.length > 255) return undefined;
  const parts = text.split(";");
  if (parts.length !== 6 || parts[0] !== "ipcp1" || !ROLES.has(parts[1])) return undefined;
  const part = Number(parts[2]);
  if (!Number.isInteger(part) || part < 1 || part > 99) return undefined;
  if (!/^[a-z0-9]{1,16}$/.test(parts[3])) return undefined;
  if (parts[4] !== "writing" && parts[4] !== "done") return undefined;
  return { role: parts[1], part, run: parts[3], state: parts[4], print: parts[5] };
}

/**
 * A short fingerprint of a sheet's content: its used range, and a hash of its values when it has at most
 * FINGERPRINT_MAX_CELLS cells. Two reads of an unchanged sheet give the same fingerprint.
 * @example fingerprint("A1:B2", [["a", 1], ["b", 2]]) === fingerprint("A1:B2", [["a", 1], ["b", 2]]) //=> true
 */
export function fingerprint(usedAddress: string, values?: readonly (readonly unknown[])[]): string {
  const address = usedAddress.replace(/^.*!/, "");
  if (!values) return address;
  // FNV-1a, 32 bits, over the JSON of the values.
  let hash = 0x811c9dc5;
  const text = JSON.stringify(values);
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${address}#${hash.toString(16)}`;
}

/** What the adapter found about one sheet of the workbook. */
export interface SheetFacts {
  /** Valid only while the workbook stays open. */
  id: string;
  name: string;
  /** Our mark, parsed; undefined for every other sheet. */
  mark?: OutputMark;
  /** The sheet's fingerprint now (read only for marked or recorded sheets). */
  print?: string;
  /** The texts of the sheet's first row (read only for sheets recorded by name). */
  firstRow?: string[];
}

/** The workbook as found before a run. */
export interface Inventory {
  sheets: SheetFacts[];
  tables: string[];
  /** Names recorded in the workbook settings by earlier versions (or where marks are missing). */
  recordedNames: string[];
}

/** What a run will do with the sheets already in the workbook. */
export interface Classification {
  /** Our outputs, unchanged since we wrote them: removed once the new ones are complete. */
  replace: SheetFacts[];
  /** Our outputs edited since we wrote them: the user chooses to keep them or not. */
  edited: SheetFacts[];
  /** Outputs recorded by name whose header matches an output: removed only if the user agrees. */
  adoptable: SheetFacts[];
  /** Partial sheets of an interrupted run: removed. */
  leftovers: SheetFacts[];
  /** Sheets carrying the same mark as another (a copied output): never removed, reported. */
  copies: SheetFacts[];
}

/** The texts of an output sheet's first row, as the writer puts them there. */
export function firstRowOf(output: OutputSheet): string[] {
  const block = output.blocks.find((b) => b.top === 0 || (b.title && b.top === 1));
  if (!block) return [];
  return block.top === 0 ? block.columns.map((c) => c.header) : [block.title ?? ""];
}

const rowKey = (row: readonly string[]) => JSON.stringify(row.map((t) => t.trim()));

/**
 * Sorts the workbook's sheets: ours (by mark), outputs recorded by name whose first row is one an output
 * of this run would have (`outputs`), and everything else, which is left alone. A name recorded in the
 * settings is only a hint: without the matching header it is nobody's business of ours.
 */
export function classify(inventory: Inventory, outputs: readonly OutputSheet[]): Classification {
  const result: Classification = {
    replace: [],
    edited: [],
    adoptable: [],
    leftovers: [],
    copies: [],
  };
  const byMark = new Map<string, SheetFacts[]>();
  for (const sheet of inventory.sheets) {
    if (!sheet.mark) continue;
    const key = `${sheet.mark.role}|${sheet.mark.part}|${sheet.mark.run}`;
    byMark.set(key, [...(byMark.get(key) ?? []), sheet]);
  }
  for (const group of byMark.values()) {
    if (group.length > 1) {
      result.copies.push(...group);
      continue;
    }
    const sheet = group[0];
    const mark = sheet.mark!;
    if (mark.state === "writing") result.leftovers.push(sheet);
    else if (sheet.print !== undefined && sheet.print !== mark.print) result.edited.push(sheet);
    else result.replace.push(sheet);
  }
  const headers = new Set(outputs.map((output) => rowKey(firstRowOf(output))));
  const recorded = new Set(inventory.recordedNames.map((name) => name.toLowerCase()));
  for (const sheet of inventory.sheets) {
    if (sheet.mark || !recorded.has(sheet.name.toLowerCase()) || !sheet.firstRow) continue;
    if (sheet.firstRow.length > 0 && headers.has(rowKey(sheet.firstRow)))
      result.adoptable.push(sheet);
  }
  return result;
}

/**
 * Names recorded in the workbook settings, validated: a JSON array of sheet names (strings of 1 to 31
 * characters); anything else is ignored.
 * @example recordedNamesFrom('["IP Summary", 3, {"a":1}]') //=> ["IP Summary"]
 */
export function recordedNamesFrom(stored: unknown): string[] {
  if (typeof stored !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((n): n is string => typeof n === "string")
      .filter((n) => n.length > 0 && n.length <= EXCEL_MAX_SHEET_NAME)
      .slice(0, 100);
  } catch {
    return [];
  }
}

/**
 * A sheet name no sheet has (compared without case), at most 31 characters.
 * @example uniqueSheetName("IP Summary", new Set(["ip summary"])) //=> "IP Summary (2)"
 */
export function uniqueSheetName(preferred: string, taken: ReadonlySet<string>): string {
  let name = preferred.slice(0, EXCEL_MAX_SHEET_NAME);
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = `${preferred.slice(0, EXCEL_MAX_SHEET_NAME - suffix.length)}${suffix}`;
  }
  return name;
}

/**
 * A table name no table has (compared without case).
 * @example uniqueTableName("IPDeadlines", new Set(["ipdeadlines"])) //=> "IPDeadlines_2"
 */
export function uniqueTableName(preferred: string, taken: ReadonlySet<string>): string {
  let name = preferred;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${preferred}_${n}`;
  return name;
}

/** A cell text cut to Excel's limit, ending with a visible note of its full length. */
export function capCellText(value: CellValue): { value: CellValue; cut: boolean } {
  if (typeof value !== "string" || value.length <= EXCEL_MAX_CELL_TEXT)
    return { value, cut: false };
  const note = ` … [cut: ${value.length.toLocaleString("en-US")} characters, Excel keeps ${EXCEL_MAX_CELL_TEXT.toLocaleString("en-US")}]`;
  return { value: value.slice(0, EXCEL_MAX_CELL_TEXT - note.length) + note, cut: true };
}

/** Columns side by side with the same number format: one range, one format code for all its cells. */
export interface FormatRun {
  /** First column (0-based). */
  column: number;
  /** Columns in the run. */
  width: number;
  format: string;
}

/** One block as it will be written: rows (header first) ready for Excel and one format per column. */
export interface BlockPlan {
  top: number;
  title?: string;
  width: number;
  /** Excel number format per column, undefined for General. */
  formats: (string | undefined)[];
  /** The same formats as runs of adjacent columns; General columns get none. */
  formatRuns: FormatRun[];
  /**
   * Rows `start` to `end` (exclusive; row 0 is the header) made safe and capped, built when written so a
   * large block is not held twice.
   */
  rowsBetween(start: number, end: number, reuse?: unknown[][]): unknown[][];
  /** Rows per request to start with (the adapter halves it when Excel refuses a request). */
  rowsPerRequest: number;
  /** Data rows (without the header). */
  dataRows: number;
}

/**
 * Adjacent columns with the same format merged into runs (General columns, undefined, get no run).
 * @example formatRuns(["@", "@", undefined, "0", "0%"]) //=> [{ column: 0, width: 2, format: "@" }, { column: 3, width: 1, format: "0" }, { column: 4, width: 1, format: "0%" }]
 */
export function formatRuns(formats: readonly (string | undefined)[]): FormatRun[] {
  const runs: FormatRun[] = [];
  formats.forEach((format, column) => {
    if (format === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.format === format && last.column + last.width === column) last.width += 1;
    else runs.push({ column, width: 1, format });
  });
  return runs;
}

/** One number format set on a rectangle of the sheet (0-based indexes), as a single 1 × 1 value. */
export interface FormatStep {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  format: string;
}

/**
 * The number formats of one write request: rows `start` to `start + count - 1` of the block (0 is the
 * header), one step per run of columns. Every row of a block has its column's format (the header too), so
 * one value per run gives each cell the format a per-cell array would; the request carries a few dozen
 * bytes of formats instead of a format per cell.
 */
export function formatSteps(block: BlockPlan, start: number, count: number): FormatStep[] {
  return block.formatRuns.map((run) => ({
    row: block.top + start,
    column: run.column,
    rowCount: count,
    columnCount: run.width,
    format: run.format,
  }));
}

/** A block of the plan by its place: sheet `sheet`'s block `block`. */
export interface BlockAt {
  sheet: number;
  block: number;
}

/** Whether a block, with its header, goes to Excel in one request (else it is sent a part at a time). */
export function fitsOneRequest(block: Pick<BlockPlan, "dataRows" | "rowsPerRequest">): boolean {
  return block.dataRows + 1 <= block.rowsPerRequest;
}

/**
 * The blocks of the plan, in write order, grouped into requests: consecutive blocks that each fit in one
 * request share one while their estimated bytes (each block's rows against its `rowsPerRequest`) stay
 * within one request's target; a block that needs several requests stands alone. A small run's dozen
 * blocks then go in one request instead of one each, and each request is a round trip to Excel.
 * @example requestGroups([{ blocks: [{ dataRows: 9, rowsPerRequest: 100 }, { dataRows: 49, rowsPerRequest: 100 }] }, { blocks: [{ dataRows: 500, rowsPerRequest: 100 }] }]) //=> [[{ sheet: 0, block: 0 }, { sheet: 0, block: 1 }], [{ sheet: 1, block: 0 }]]
 */
export function requestGroups(
  sheets: readonly { blocks: readonly Pick<BlockPlan, "dataRows" | "rowsPerRequest">[] }[]
): BlockAt[][] {
  const groups: BlockAt[][] = [];
  let group: BlockAt[] = [];
  let share = 0;
  sheets.forEach((sheet, s) =>
    sheet.blocks.forEach((block, b) => {
      const whole = fitsOneRequest(block);
      const part = (block.dataRows + 1) / block.rowsPerRequest; // with the header
      if (group.length > 0 && (!whole || share + part > 1)) {
        groups.push(group);
        group = [];
        share = 0;
      }
      group.push({ sheet: s, block: b });
      share += part;
      if (!whole) {
        groups.push(group);
        group = [];
        share = 0;
      }
    })
  );
  if (group.length > 0) groups.push(group);
  return groups;
}

export interface TablePlan {
  block: number;
  /** Unique among every table of the workbook now (the previous outputs' included). */
  name: string;
  /** The name wanted; taken after the previous outputs are removed, when no other table has it. */
  preferred: string;
}

export interface SheetPlan {
  output: OutputSheet;
  mark: OutputMark;
  /** The name the sheet is written under until the run completed. */
  temporaryName: string;
  blocks: BlockPlan[];
  tables: TablePlan[];
  /** One name per chart, unique on the sheet. */
  chartNames: string[];
}

export interface WritePlan {
  run: string;
  sheets: SheetPlan[];
  /**
   * Cells whose text was cut to Excel's 32,767 characters: the headers' at once, the rows' as the rows
   * are made for writing (each row counted once), so the count is whole once every row is written.
   */
  readonly cutCells: number;
  rows: number;
}

export interface RequestLimits {
  /** Target size of one request's values and formats, well under Excel on the web's 5 MB. */
  targetRequestBytes: number;
  /** Most rows in one write request, whatever their size. */
  maxRowsPerRequest: number;
}

/**
 * Rows per request for a block: its estimated bytes per row against the request target. Number formats
 * cost a few bytes per request (one value per run of columns, see `formatSteps`), not per row.
 */
export function rowsPerRequest(block: OutputBlock, limits: RequestLimits): number {
  // About 200 rows spread over the block (every row of a small one), without making a sourced block's rows.
  const count = blockRowCount(block);
  const step = count <= 200 ? 1 : Math.ceil(count / 200);
  const sample: CellValue[][] = [];
  for (let i = 0; i < count; i += step) sample.push(blockRowAt(block, i));
  const valueBytes = sample.length ? JSON.stringify(sample).length / sample.length : 64;
  const perRow = Math.max(1, valueBytes);
  return Math.max(
    1,
    Math.min(limits.maxRowsPerRequest, Math.floor(limits.targetRequestBytes / perRow))
  );
}

/** A cell Excel would not keep as given: text over its limit, or text it would take for a formula. */
function needsCare(value: CellValue, format: ColumnFormat): boolean {
  return (
    typeof value === "string" &&
    (value.length > EXCEL_MAX_CELL_TEXT || safeCellValue(value, format) !== value)
  );
}

/**
 * Plans the write of `outputs` into a workbook holding `existing` sheet names and `tables`: temporary
 * names no sheet has, unique table names, safe and capped values, request sizes.
 */
export function planWrite(
  outputs: readonly OutputSheet[],
  existing: { sheets: readonly string[]; tables: readonly string[] },
  run: string,
  limits: RequestLimits
): WritePlan {
  const takenSheets = new Set(existing.sheets.map((n) => n.toLowerCase()));
  const takenTables = new Set(existing.tables.map((n) => n.toLowerCase()));
  const parts = new Map<string, number>();
  let cutCells = 0;
  let rows = 0;
  const sheets = outputs.map((output, index): SheetPlan => {
    const part = (parts.get(output.role) ?? 0) + 1;
    parts.set(output.role, part);
    const temporaryName = uniqueSheetName(`IPCP ${run} ${index + 1}`, takenSheets);
    takenSheets.add(temporaryName.toLowerCase());
    const blocks = output.blocks.map((block): BlockPlan => {
      const columnFormats = block.columns.map((c) => c.format);
      const safe = (value: CellValue, column: number): unknown =>
        safeCellValue(capCellText(value).value, columnFormats[column]);
      // Rows before this one have been counted for cutCells (a refused request asks for its rows again).
      let countedTo = 1;
      // Nearly every row has nothing to cut or escape: it is kept as it is rather than copied cell by cell.
      // Cut cells are counted here, as rows are made, not in a pass over every row up front: that pass made
      // each row of a sourced block (84,000 offsets' messages), a task of 750 ms in the pane.
      const safeRow = (row: readonly CellValue[], r: number): unknown[] => {
        // A plain loop, not `some` with a callback: millions of cells pass here in a large run.
        let care = false;
        for (let c = 0; c < row.length && !care; c += 1) care = needsCare(row[c], columnFormats[c]);
        if (!care) return row as unknown[];
        if (r >= countedTo)
          for (const value of row)
            if (typeof value === "string" && value.length > EXCEL_MAX_CELL_TEXT) cutCells += 1;
        return row.map(safe);
      };
      const dataRows = blockRowCount(block);
      const header = block.columns.map((c, i) => {
        if (capCellText(c.header).cut) cutCells += 1;
        return safe(c.header, i);
      });
      rows += dataRows;
      const formats = block.columns.map((c) =>
        c.format === "general" ? undefined : NUMBER_FORMATS[c.format]
      );
      return {
        top: block.top,
        title: block.title === undefined ? undefined : (capCellText(block.title).value as string),
        width: block.columns.length,
        formats,
        formatRuns: formatRuns(formats),
        rowsBetween: (start, end, reuse) => {
          const part: unknown[][] = [];
          const stop = Math.min(end, dataRows + 1);
          // A source that vouches for its text (see RowSource.checked) is written as it makes its rows,
          // into the arrays of the previous request when it can fill them (see RowSource.fill).
          const source = block.source;
          const checked = source?.checked === true;
          const fill = checked ? source!.fill : undefined;
          for (let r = start; r < stop; r += 1) {
            if (r === 0) part.push(header);
            else if (fill !== undefined) {
              const i = r - start;
              const row =
                reuse !== undefined && i < reuse.length && reuse[i] !== header ? reuse[i] : [];
              fill(r - 1, row as CellValue[]);
              part.push(row);
            } else if (checked) part.push(source!.rowAt(r - 1));
            else part.push(safeRow(blockRowAt(block, r - 1), r));
          }
          countedTo = Math.max(countedTo, stop);
          return part;
        },
        rowsPerRequest: rowsPerRequest(block, limits),
        dataRows,
      };
    });
    const tables: TablePlan[] = [];
    output.blocks.forEach((block, b) => {
      if (!block.tableName) return;
      const name = uniqueTableName(block.tableName, takenTables);
      takenTables.add(name.toLowerCase());
      tables.push({ block: b, name, preferred: block.tableName });
    });
    return {
      output,
      mark: { role: output.role, part, run, state: "writing", print: "" },
      temporaryName,
      blocks,
      tables,
      chartNames: output.charts.map((_, i) => `IP ${output.role} chart ${i + 1}`),
    };
  });
  return {
    run,
    sheets,
    get cutCells() {
      return cutCells;
    },
    rows,
  };
}

/**
 * The names the new sheets take once the previous outputs are gone: each its preferred name, or the
 * first free variant of it among the sheets that remain.
 */
export function finalSheetNames(plan: WritePlan, remaining: readonly string[]): string[] {
  const taken = new Set(remaining.map((n) => n.toLowerCase()));
  for (const sheet of plan.sheets) taken.delete(sheet.temporaryName.toLowerCase());
  return plan.sheets.map((sheet) => {
    const name = uniqueSheetName(sheet.output.name, taken);
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * Table renames once the previous outputs are gone: each new table takes the first free variant of its
 * preferred name (the preferred name itself unless a remaining table has it).
 */
export function tableRenames(
  plan: WritePlan,
  remainingTables: readonly string[]
): { from: string; to: string }[] {
  const tables = plan.sheets.flatMap((s) => s.tables);
  const taken = new Set(
    [...remainingTables, ...tables.map((t) => t.name)].map((n) => n.toLowerCase())
  );
  const renames: { from: string; to: string }[] = [];
  for (const table of tables) {
    taken.delete(table.name.toLowerCase());
    const to = uniqueTableName(table.preferred, taken);
    taken.add(to.toLowerCase());
    if (to !== table.name) renames.push({ from: table.name, to });
  }
  return renames;
}

let runs = 0;

/**
 * A short id for a run, from a clock reading and a count of the runs of this session (two runs in the
 * same millisecond still differ): lowercase letters and digits, at most 14 characters.
 */
export function runId(now: number): string {
  runs += 1;
  return `${Math.floor(now).toString(36).slice(-8)}${runs.toString(36)}`.slice(0, 14);
}
