/**
 * The in-memory workbook behind the fake Excel: sheets in tab order, tables, settings, the selection and
 * the date system, plus helpers for tests to build a workbook and inspect what the add-in left in it.
 * The helpers follow Excel's rules (a value written with `setValues` is parsed like typed input), but they
 * are not requests: they do not count in the metrics.
 */
import { Rect, formatRect, parseAddress, quoteSheetName, rectFromIndexes } from "./addresses";
import { CellError } from "./cell-input";
import { officeError } from "./errors";
import {
  ReadValue,
  ValueType,
  mergeCells,
  readFormulas,
  readNumberFormats,
  readText,
  readValueTypes,
  readValues,
  writeContents,
  writeNumberFormats,
} from "./range-ops";
import { MemorySheet } from "./sheet-model";
import { TableHost, TableModel, createTable, findTable } from "./table-model";

/** A sheet given by name (case-insensitive, as Excel matches names) or as the model object. */
export type SheetRef = string | MemorySheet;

/** Everything the model knows about one cell, for assertions. */
export interface CellSnapshot {
  /** As `Range.values` reads it, but null for an empty cell. Error cells show their code ("#N/A"). */
  readonly value: ReadValue | null;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly text: string;
  readonly valueType: ValueType;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontColor: string;
  readonly fillColor: string | null;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  /** The merged area containing the cell, as an address, or null. */
  readonly mergedArea: string | null;
}

const FORBIDDEN_SHEET_CHARACTERS = /[:\\/?*[\]]/;

/**
 * Checks a worksheet name against Excel's rules: 1–31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, and not "History" (reserved by Excel).
 *
 * @example
 * validateSheetName("Projection") //=> "Projection"
 * validateSheetName("a/b") // throws InvalidArgument
 */
export function validateSheetName(name: unknown): string {
  if (typeof name !== "string") {
    throw officeError("InvalidArgument", `A worksheet name must be text, not ${typeof name}.`);
  }
  let why: string | null = null;
  if (name.length === 0 || name.trim().length === 0) why = "it is blank";
  else if (name.length > 31) why = `it has ${name.length} characters (the limit is 31)`;
  else if (FORBIDDEN_SHEET_CHARACTERS.test(name)) why = "it contains one of : \\ / ? * [ ]";
  else if (name.startsWith("'") || name.endsWith("'")) why = "it starts or ends with an apostrophe";
  else if (name.toLowerCase() === "history") why = "'History' is reserved by Excel";
  if (why) throw officeError("InvalidArgument", `'${name}' is not a valid worksheet name: ${why}.`);
  return name;
}

/** Options for a new model. */
export interface MemoryWorkbookOptions {
  /** The 1904 date system of old Mac workbooks; dates then count from 1904-01-01. */
  readonly use1904DateSystem?: boolean;
}

const sheetId = (n: number) => `{${String(n).padStart(8, "0")}-0001-0000-0000-000000000000}`;

export class MemoryWorkbookModel implements TableHost {
  /** Workbook settings (`workbook.settings`), key → value as stored (JSON-compatible). */
  readonly settings = new Map<string, unknown>();
  /** Tables of every sheet, in creation order. */
  readonly tables: TableModel[] = [];
  use1904DateSystem: boolean;
  /**
   * Benchmarks only: sheets added from now on discard the cells written to them (a counting sink, see
   * MemorySheet; payload bytes are still counted); the sheets present before keep theirs.
   */
  sinkNewSheets = false;
  private readonly sheetList: MemorySheet[] = [];
  private active: MemorySheet | undefined;
  private sheetCounter = 0;
  private tableCounter = 0;
  private tableIdCounter = 0;
  private chartCounter = 0;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.use1904DateSystem = options.use1904DateSystem ?? false;
  }

  /** Sheets in tab order. */
  get sheets(): readonly MemorySheet[] {
    return this.sheetList;
  }

  /** The active sheet (undefined only for a model without sheets). */
  get activeSheet(): MemorySheet | undefined {
    return this.active;
  }

  /** The selection: the active sheet's name and its selected address (without the sheet). */
  get selection(): { sheet: string; address: string } | null {
    return this.active ? { sheet: this.active.name, address: this.active.selection } : null;
  }

  nextTableId(): string {
    return String(++this.tableIdCounter);
  }

  nextTableNumber(): number {
    return ++this.tableCounter;
  }

  /** A new chart's id and its default name ("Chart 1", "Chart 2"…). */
  nextChart(): { id: string; name: string } {
    const n = ++this.chartCounter;
    return { id: `{CHART-${n}}`, name: `Chart ${n}` };
  }

  /** The sheet with this name (case-insensitive) or id, if any. */
  findSheet(nameOrId: string): MemorySheet | undefined {
    const wanted = nameOrId.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === wanted || s.id === nameOrId);
  }

  /** Resolves a sheet reference for a helper; a missing sheet is a test bug, so this throws. */
  sheet(ref: SheetRef): MemorySheet {
    if (typeof ref !== "string") return ref;
    const found = this.findSheet(ref);
    if (!found) throw new Error(`No worksheet named '${ref}' in the model.`);
    return found;
  }

  /**
   * Adds a sheet at the end, as Excel's `worksheets.add(name)` does. The first sheet becomes active.
   * Throws InvalidArgument for an invalid name and ItemAlreadyExists for a duplicate (case-insensitive).
   *
   * @example
   * new MemoryWorkbookModel().addSheet("Data").name //=> "Data"
   */
  addSheet(name?: string): MemorySheet {
    const sheetName = name === undefined ? this.defaultSheetName() : validateSheetName(name);
    if (this.findSheet(sheetName)) {
      throw officeError("ItemAlreadyExists", `There is already a worksheet named '${sheetName}'.`);
    }
    this.sheetCounter++;
    const id = sheetId(this.sheetCounter);
    const sheet = new MemorySheet(sheetName, id, this.sinkNewSheets);
    this.sheetList.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  private defaultSheetName(): string {
    let n = this.sheetList.length + 1;
    while (this.findSheet(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  /**
   * Closes and reopens the file: every sheet gets a new id (Excel documents that a worksheet's id may
   * change when the workbook is reopened), while names, cells, tables and custom properties stay.
   */
  reopen(): void {
    // Numbered again from 1 in reverse tab order, so an id kept from before now names another sheet.
    this.sheetCounter = 0;
    for (const sheet of [...this.sheetList].reverse()) {
      this.sheetCounter++;
      sheet.id = sheetId(this.sheetCounter);
    }
  }

  /** Renames a sheet with Excel's checks. */
  renameSheet(ref: SheetRef, name: unknown): void {
    const sheet = this.sheet(ref);
    const newName = validateSheetName(name);
    const clash = this.findSheet(newName);
    if (clash && clash !== sheet) {
      throw officeError("ItemAlreadyExists", `There is already a worksheet named '${newName}'.`);
    }
    // Charts keep pointing at their cells: Excel rewrites references to a renamed sheet.
    for (const chart of this.sheetList.flatMap((s) => s.charts)) {
      const at = chart.sourceAddress.lastIndexOf("!");
      const owner = chart.sourceAddress.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'");
      if (at > 0 && owner.toLowerCase() === sheet.name.toLowerCase()) {
        chart.sourceAddress = `${quoteSheetName(newName)}${chart.sourceAddress.slice(at)}`;
      }
    }
    sheet.name = newName;
  }

  /**
   * Deletes a sheet with its tables and charts. Excel refuses to delete the last visible sheet. When the
   * active sheet goes, the next visible sheet (or the previous one) becomes active.
   */
  deleteSheet(ref: SheetRef): void {
    const sheet = this.sheet(ref);
    const visible = this.sheetList.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw officeError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    }
    const index = this.sheetList.indexOf(sheet);
    this.sheetList.splice(index, 1);
    sheet.deleted = true;
    sheet.charts.splice(0, sheet.charts.length);
    for (let i = this.tables.length - 1; i >= 0; i--) {
      if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    }
    if (this.active === sheet) this.active = this.neighbourVisible(index);
  }

  private neighbourVisible(index: number): MemorySheet | undefined {
    const after = this.sheetList.slice(index).find((s) => s.visibility === "Visible");
    const before = this.sheetList
      .slice(0, index)
      .reverse()
      .find((s) => s.visibility === "Visible");
    return after ?? before;
  }

  /** Moves a sheet to a zero-based tab position. */
  moveSheet(ref: SheetRef, position: unknown): void {
    const sheet = this.sheet(ref);
    if (
      typeof position !== "number" ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= this.sheetList.length
    ) {
      throw officeError(
        "InvalidArgument",
        `Position ${String(position)} is outside 0…${this.sheetList.length - 1}.`
      );
    }
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
    this.sheetList.splice(position, 0, sheet);
  }

  /** Shows or hides a sheet; the last visible sheet cannot be hidden. */
  setVisibility(ref: SheetRef, visibility: unknown): void {
    const sheet = this.sheet(ref);
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
      throw officeError(
        "InvalidArgument",
        `'${String(visibility)}' is not an Excel.SheetVisibility value.`
      );
    }
    if (visibility !== "Visible" && sheet.visibility === "Visible") {
      const visible = this.sheetList.filter((s) => s.visibility === "Visible");
      if (visible.length === 1) {
        throw officeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.active === sheet) {
      this.active = this.neighbourVisible(this.sheetList.indexOf(sheet));
    }
  }

  /** Makes a sheet active (hidden sheets cannot be activated). */
  activate(ref: SheetRef): void {
    const sheet = this.sheet(ref);
    if (sheet.visibility !== "Visible") {
      throw officeError(
        "InvalidOperation",
        `The worksheet '${sheet.name}' is hidden and can't be activated.`
      );
    }
    this.active = sheet;
  }

  /** Selects a range, activating its sheet, as `range.select()` does. */
  select(ref: SheetRef, address: string): void {
    const sheet = this.sheet(ref);
    const parsed = parseAddress(address);
    this.activate(sheet);
    sheet.selection = formatRect(parsed.rect);
  }

  /** Selects several ranges at once (Ctrl+click in Excel), activating their sheet. */
  selectAreas(ref: SheetRef, addresses: readonly string[]): void {
    const sheet = this.sheet(ref);
    this.activate(sheet);
    sheet.selection = addresses.map((address) => formatRect(parseAddress(address).rect)).join(",");
  }

  /** The rectangle of an address on a sheet; a sheet prefix in the address must name the same sheet. */
  private rectOf(sheet: MemorySheet, address: string): Rect {
    const parsed = parseAddress(address);
    if (parsed.sheetName !== null && this.findSheet(parsed.sheetName) !== sheet) {
      throw new Error(`The address '${address}' is not on the worksheet '${sheet.name}'.`);
    }
    return parsed.rect;
  }

  /**
   * Writes a 2-D block starting at `topLeft`, with Excel's input rules (so "=A1" becomes a formula and
   * "42" a number). Rows must all have the same length.
   *
   * @example
   * model.setValues("Data", "A1", [["Name", "Fee"], ["Invention", 900]]);
   */
  setValues(ref: SheetRef, topLeft: string, rows: unknown[][]): void {
    const sheet = this.sheet(ref);
    const start = this.rectOf(sheet, topLeft);
    if (rows.length === 0) return;
    const width = rows[0].length;
    if (rows.some((row) => row.length !== width)) {
      throw new Error("setValues needs a rectangular 2-D array (every row the same length).");
    }
    const rect = rectFromIndexes(start.top, start.left, rows.length, width);
    writeContents(sheet, rect, rows, "values", this.use1904DateSystem);
  }

  /** Values as `Range.values` would read them. */
  getValues(ref: SheetRef, address: string): ReadValue[][] {
    const sheet = this.sheet(ref);
    return readValues(sheet, this.rectOf(sheet, address));
  }

  /** Formulas as `Range.formulas` would read them. */
  getFormulas(ref: SheetRef, address: string): ReadValue[][] {
    const sheet = this.sheet(ref);
    return readFormulas(sheet, this.rectOf(sheet, address));
  }

  /** Display text as `Range.text` would read it. */
  getText(ref: SheetRef, address: string): string[][] {
    const sheet = this.sheet(ref);
    return readText(sheet, this.rectOf(sheet, address), this.use1904DateSystem);
  }

  /** Number formats as `Range.numberFormat` would read them ("General" for unformatted cells). */
  getNumberFormats(ref: SheetRef, address: string): string[][] {
    const sheet = this.sheet(ref);
    return readNumberFormats(sheet, this.rectOf(sheet, address));
  }

  /** Sets number formats: one format for every cell, or a 2-D array matching the range. */
  setNumberFormat(ref: SheetRef, address: string, format: string | (string | null)[][]): void {
    const sheet = this.sheet(ref);
    writeNumberFormats(sheet, this.rectOf(sheet, address), format);
  }

  /**
   * Stores a cell exactly as given, bypassing input parsing: a text "=A1", or a formula with a result the
   * fake cannot compute.
   */
  setCell(
    ref: SheetRef,
    address: string,
    contents: { value?: string | number | boolean | null; formula?: string | null }
  ): void {
    const sheet = this.sheet(ref);
    const { top, left } = this.rectOf(sheet, address);
    const value = contents.value === null || contents.value === "" ? undefined : contents.value;
    sheet.setContents(top, left, value, contents.formula ?? undefined);
  }

  /**
   * Puts an error value in a cell, as a formula result would.
   *
   * @example
   * model.setError("Data", "C2", "#N/A"); model.getValues("Data", "C2") //=> [["#N/A"]]
   */
  setError(ref: SheetRef, address: string, code: string): void {
    const sheet = this.sheet(ref);
    const { top, left } = this.rectOf(sheet, address);
    sheet.setContents(top, left, CellError.of(code), sheet.formula(top, left));
  }

  /** Merges cells like Excel's Merge & Center (only the top-left value survives). */
  merge(ref: SheetRef, address: string): void {
    const sheet = this.sheet(ref);
    mergeCells(sheet, this.rectOf(sheet, address), false);
  }

  /** Everything about one cell. */
  cell(ref: SheetRef, address: string): CellSnapshot {
    const sheet = this.sheet(ref);
    const rect = this.rectOf(sheet, address);
    const cellRect = { top: rect.top, left: rect.left, bottom: rect.top, right: rect.left };
    const style = sheet.style(rect.top, rect.left);
    const value = readValues(sheet, cellRect)[0][0];
    const merge = sheet.mergeAt(rect.top, rect.left);
    return {
      value: value === "" ? null : value,
      formula: sheet.formula(rect.top, rect.left) ?? null,
      numberFormat: style.numberFormat,
      text: readText(sheet, cellRect, this.use1904DateSystem)[0][0],
      valueType: readValueTypes(sheet, cellRect)[0][0],
      bold: style.bold,
      italic: style.italic,
      fontColor: style.fontColor,
      fillColor: style.fillColor,
      horizontalAlignment: style.horizontalAlignment,
      verticalAlignment: style.verticalAlignment,
      wrapText: style.wrapText,
      mergedArea: merge ? formatRect(merge) : null,
    };
  }

  /** The used range's address without the sheet ("A1:D10"), or null for a blank sheet. */
  usedRangeAddress(ref: SheetRef, valuesOnly = false): string | null {
    const used = this.sheet(ref).usedRect(valuesOnly);
    return used ? formatRect(used) : null;
  }

  /** The tables on one sheet, in creation order. */
  tablesOf(ref: SheetRef): TableModel[] {
    const sheet = this.sheet(ref);
    return this.tables.filter((table) => table.sheet === sheet);
  }

  /** The table with this name (case-insensitive). */
  table(name: string): TableModel | undefined {
    return findTable(this, name);
  }

  /** Creates a table like `tables.add(address, hasHeaders)`. */
  addTable(ref: SheetRef, address: string, hasHeaders: boolean): TableModel {
    const sheet = this.sheet(ref);
    return createTable(this, sheet, this.rectOf(sheet, address), hasHeaders);
  }
}
