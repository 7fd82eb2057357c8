/**
 * `Excel.Worksheet`, `Excel.WorksheetCollection` and `Excel.WorksheetFreezePanes` over the in-memory
 * workbook.
 */
import { parseAddress, rectFromIndexes } from "./addresses";
import { MemoryChartCollection } from "./chart";
import { MemoryCustomPropertyCollection } from "./custom-properties";
import { MemoryClientObject, describe } from "./client-object";
import { MemoryCollection } from "./collection";
import { officeError } from "./errors";
import { MemoryRange } from "./range";
import type { MemoryRequestContext } from "./request-context";
import { MemorySheet } from "./sheet-model";
import { MemoryTableCollection } from "./table";

/** Finds a worksheet when a batch runs: null for a null object; throws ItemNotFound otherwise. */
export type SheetLocator = () => MemorySheet | null;

export class MemoryWorksheet extends MemoryClientObject {
  readonly _typeName = "Worksheet";
  protected readonly _scalars: readonly string[] = [
    "id",
    "name",
    "position",
    "visibility",
    "tabColor",
    "showGridlines",
    "standardWidth",
  ];
  protected override readonly _writable: readonly string[] = [
    "name",
    "position",
    "visibility",
    "tabColor",
    "showGridlines",
  ];
  private cached: MemorySheet | undefined = undefined;
  private tablesProxy: MemoryTableCollection | undefined = undefined;
  private chartsProxy: MemoryChartCollection | undefined = undefined;
  private freezePanesProxy: MemoryFreezePanes | undefined = undefined;
  private customPropertiesProxy: MemoryCustomPropertyCollection | undefined = undefined;

  constructor(
    context: MemoryRequestContext,
    private readonly locate: SheetLocator,
    nullable: boolean
  ) {
    super(context, nullable);
    this._seal();
  }

  /** @internal The sheet, or null for a null object; a deleted sheet is ItemNotFound. */
  _sheet(): MemorySheet | null {
    if (this.cached) {
      if (!this.cached.deleted) return this.cached;
      if (this._nullable) return null;
      throw officeError("ItemNotFound", `The worksheet '${this.cached.name}' was deleted.`);
    }
    const found = this.locate();
    if (found) this.cached = found;
    return found;
  }

  /** @internal */
  _requireSheet(): MemorySheet {
    const sheet = this._sheet();
    if (!sheet)
      throw officeError(
        "ItemNotFound",
        "The worksheet is a null object; check isNullObject first."
      );
    return sheet;
  }

  _exists(): boolean {
    return this._sheet() !== null;
  }

  protected _read(name: string): unknown {
    const sheet = this._requireSheet();
    switch (name) {
      case "id":
        return sheet.id;
      case "name":
        return sheet.name;
      case "position":
        return this.context._env.model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      case "showGridlines":
        return sheet.showGridlines;
      default:
        // Excel reports the standard width in characters of the Normal font: 8.43 for Calibri 11.
        return 8.43;
    }
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._setAndQueue("name", name, (batch) => {
      const sheet = this._requireSheet();
      batch.wrote(sheet);
      batch.model.renameSheet(sheet, name);
      batch.wrote(sheet);
    });
  }

  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(visibility: string) {
    this._setAndQueue("visibility", visibility, (batch) => {
      const sheet = this._requireSheet();
      batch.model.setVisibility(sheet, visibility);
      batch.wrote(sheet);
    });
  }

  /** Tables on this sheet. */
  get tables(): MemoryTableCollection {
    if (!this.tablesProxy) this.tablesProxy = new MemoryTableCollection(this.context, this);
    return this.tablesProxy;
  }

  /** Charts on this sheet. */
  get charts(): MemoryChartCollection {
    if (!this.chartsProxy) this.chartsProxy = new MemoryChartCollection(this.context, this);
    return this.chartsProxy;
  }

  /** Custom properties saved with the sheet (ExcelApi 1.12). */
  get customProperties(): MemoryCustomPropertyCollection {
    if (!this.customPropertiesProxy)
      this.customPropertiesProxy = new MemoryCustomPropertyCollection(this.context, this);
    return this.customPropertiesProxy;
  }

  get freezePanes(): MemoryFreezePanes {
    if (!this.freezePanesProxy) this.freezePanesProxy = new MemoryFreezePanes(this.context, this);
    return this.freezePanesProxy;
  }

  private rangeOn(
    compute: (sheet: MemorySheet) => ReturnType<typeof rectFromIndexes> | null,
    nullable = this._nullable
  ): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const sheet = this._sheet();
        if (!sheet) return null;
        const rect = compute(sheet);
        return rect ? { sheet, rect } : null;
      },
      nullable
    );
  }

  /**
   * A range by A1 address ("A1:C3"; a sheet prefix must name this sheet). Without an address: the whole
   * sheet. Invalid addresses fail at sync with InvalidArgument, as in Excel.
   */
  getRange(address?: string): MemoryRange {
    return this.rangeOn((sheet) => {
      if (address === undefined || address === "") return rectFromIndexes(0, 0, 1048576, 16384);
      const parsed = parseAddress(address);
      if (
        parsed.sheetName !== null &&
        parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()
      ) {
        throw officeError(
          "InvalidArgument",
          `The address '${address}' refers to another worksheet than '${sheet.name}'.`
        );
      }
      return parsed.rect;
    });
  }

  /** A range by zero-based start row/column and size. */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): MemoryRange {
    return this.rangeOn(() => rectFromIndexes(startRow, startColumn, rowCount, columnCount));
  }

  /** The used range; for a blank sheet the top-left cell A1 (it does not throw, as documented). */
  getUsedRange(valuesOnly = false): MemoryRange {
    return this.rangeOn((sheet) => sheet.usedRect(valuesOnly) ?? rectFromIndexes(0, 0, 1, 1));
  }

  /** The used range, or a null object for a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): MemoryRange {
    return this.rangeOn((sheet) => sheet.usedRect(valuesOnly), true);
  }

  /** Makes the sheet active. */
  activate(): void {
    this._queueCall("activate()", (batch) => batch.model.activate(this._requireSheet()));
  }

  /** Deletes the sheet with its tables and charts. */
  delete(): void {
    this._queueCall("delete()", (batch) => {
      const sheet = this._requireSheet();
      batch.wrote(sheet);
      batch.model.deleteSheet(sheet);
    });
  }
}

export class MemoryWorksheetCollection extends MemoryCollection<MemorySheet, MemoryWorksheet> {
  readonly _typeName = "WorksheetCollection";

  constructor(context: MemoryRequestContext) {
    super(context, false, false);
    this._seal();
  }

  _exists(): boolean {
    return true;
  }

  protected _entities(): MemorySheet[] {
    return [...this.context._env.model.sheets];
  }

  protected _proxyFor(sheet: MemorySheet): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => sheet, false);
  }

  /**
   * Adds a sheet at the end (it is not activated). At sync: InvalidArgument for an invalid name,
   * ItemAlreadyExists for a name in use (case-insensitive).
   */
  add(name?: string): MemoryWorksheet {
    let created: MemorySheet | null = null;
    this._queueCall(`add(${name === undefined ? "" : describe(name)})`, (batch) => {
      created = batch.model.addSheet(name);
      batch.wrote(created);
    });
    return new MemoryWorksheet(
      this.context,
      () => {
        if (!created) throw officeError("ItemNotFound", "The worksheet was not added.");
        return created;
      },
      false
    );
  }

  /** A sheet by name (case-insensitive) or id; ItemNotFound at sync when missing. */
  getItem(key: string): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => this.findOrThrow(key), false);
  }

  /** A sheet by name or id, or a null object. */
  getItemOrNullObject(key: string): MemoryWorksheet {
    return new MemoryWorksheet(
      this.context,
      () => this.context._env.model.findSheet(key) ?? null,
      true
    );
  }

  private findOrThrow(key: string): MemorySheet {
    const sheet = this.context._env.model.findSheet(key);
    if (!sheet) throw officeError("ItemNotFound", `There is no worksheet named '${key}'.`);
    return sheet;
  }

  /** The active sheet (as of the sync that first uses the object). */
  getActiveWorksheet(): MemoryWorksheet {
    return new MemoryWorksheet(
      this.context,
      () => {
        const active = this.context._env.model.activeSheet;
        if (!active) throw officeError("ItemNotFound", "The workbook has no worksheets.");
        return active;
      },
      false
    );
  }

  get items(): MemoryWorksheet[] {
    return this._get("items");
  }
}

/** `worksheet.freezePanes`. */
export class MemoryFreezePanes extends MemoryClientObject {
  readonly _typeName = "WorksheetFreezePanes";
  protected readonly _scalars: readonly string[] = [];

  constructor(
    context: MemoryRequestContext,
    private readonly worksheet: MemoryWorksheet
  ) {
    super(context, worksheet._nullable);
    this._seal();
  }

  _exists(): boolean {
    return this.worksheet._exists();
  }

  protected _read(): unknown {
    return undefined;
  }

  private freeze(statement: string, rows: number | null, columns: number | null): void {
    this._queueCall(statement, (batch) => {
      const sheet = this.worksheet._requireSheet();
      for (const count of [rows, columns]) {
        if (count !== null && (!Number.isInteger(count) || count < 0)) {
          throw officeError("InvalidArgument", `Cannot freeze ${String(count)} rows or columns.`);
        }
      }
      if (rows !== null) sheet.frozenRows = rows;
      if (columns !== null) sheet.frozenColumns = columns;
      batch.wrote(sheet);
    });
  }

  /** Freezes the top rows (1 by default; 0 unfreezes rows). */
  freezeRows(count = 1): void {
    this.freeze(`freezeRows(${count})`, count, null);
  }
}
