/**
 * `Excel.TableCollection` (workbook-wide or one sheet's), `Excel.Table` and `table.rows`.
 */
import { Rect, parseAddress, rectColumns } from "./addresses";
import { MemoryClientObject, describe } from "./client-object";
import { MemoryCollection } from "./collection";
import { officeError } from "./errors";
import { MemoryRange } from "./range";
import { readValues, writeContents } from "./range-ops";
import type { BatchState, MemoryRequestContext } from "./request-context";
import type { MemorySheet } from "./sheet-model";
import {
  TableModel,
  createTable,
  findTable,
  insertTableRows,
  validateTableName,
} from "./table-model";
import { MemoryWorksheet } from "./worksheet";

type TableLocator = () => TableModel | null;

export class MemoryTableCollection extends MemoryCollection<TableModel, MemoryTable> {
  readonly _typeName = "TableCollection";

  /** @param scope The sheet whose tables these are, or undefined for `workbook.tables`. */
  constructor(
    context: MemoryRequestContext,
    private readonly scope?: MemoryWorksheet
  ) {
    super(context, scope?._nullable ?? false, true);
    this._seal();
  }

  _exists(): boolean {
    return this.scope ? this.scope._exists() : true;
  }

  protected _entities(): TableModel[] {
    const sheet = this.scope?._requireSheet();
    return this.context._env.model.tables.filter((t) => !sheet || t.sheet === sheet);
  }

  protected _proxyFor(table: TableModel): MemoryTable {
    return new MemoryTable(this.context, () => table, false);
  }

  /**
   * Creates a table over a range or address. On `workbook.tables` an address without a sheet uses the
   * active sheet; on a sheet's tables, that sheet. Fails at sync when it would overlap another table.
   */
  add(address: MemoryRange | string, hasHeaders: boolean): MemoryTable {
    let created: TableModel | null = null;
    this._queueCall(
      `add(${typeof address === "string" ? describe(address) : "Range"}, ${hasHeaders})`,
      (batch) => {
        const { sheet, rect } = this.resolveAddress(address, batch);
        created = createTable(batch.model, sheet, rect, Boolean(hasHeaders));
        batch.wrote(sheet);
      }
    );
    return new MemoryTable(
      this.context,
      () => {
        if (!created) throw officeError("ItemNotFound", "The table was not added.");
        return created;
      },
      false
    );
  }

  private resolveAddress(
    address: MemoryRange | string,
    batch: BatchState
  ): { sheet: MemorySheet; rect: Rect } {
    if (typeof address !== "string") return address._requireTarget();
    const parsed = parseAddress(address);
    let sheet: MemorySheet | undefined;
    if (parsed.sheetName !== null) {
      sheet = batch.model.findSheet(parsed.sheetName);
      if (!sheet)
        throw officeError("ItemNotFound", `There is no worksheet named '${parsed.sheetName}'.`);
      if (this.scope && sheet !== this.scope._requireSheet()) {
        throw officeError(
          "InvalidArgument",
          `'${address}' is not on this table collection's worksheet.`
        );
      }
    } else {
      sheet = this.scope ? this.scope._requireSheet() : batch.model.activeSheet;
      if (!sheet) throw officeError("ItemNotFound", "There is no active worksheet.");
    }
    return { sheet, rect: parsed.rect };
  }

  private find(name: string): TableModel | null {
    const table = findTable(this.context._env.model, name);
    if (!table) return null;
    if (this.scope && table.sheet !== this.scope._requireSheet()) return null;
    return table;
  }

  /** A table by name (case-insensitive); ItemNotFound at sync when missing. */
  getItem(key: string): MemoryTable {
    return new MemoryTable(
      this.context,
      () => {
        const table = this.find(key);
        if (!table) throw officeError("ItemNotFound", `There is no table named '${key}'.`);
        return table;
      },
      false
    );
  }

  /** A table by name, or a null object. */
  getItemOrNullObject(key: string): MemoryTable {
    return new MemoryTable(this.context, () => this.find(key), true);
  }

  get items(): MemoryTable[] {
    return this._get("items");
  }
}

export class MemoryTable extends MemoryClientObject {
  readonly _typeName = "Table";
  protected readonly _scalars: readonly string[] = [
    "id",
    "name",
    "style",
    "showHeaders",
    "showTotals",
  ];
  protected override readonly _writable: readonly string[] = ["name", "style"];
  private cached: TableModel | undefined = undefined;
  private rowsProxy: MemoryTableRowCollection | undefined = undefined;
  private worksheetProxy: MemoryWorksheet | undefined = undefined;

  constructor(
    context: MemoryRequestContext,
    private readonly locate: TableLocator,
    nullable: boolean
  ) {
    super(context, nullable);
    this._seal();
  }

  /** @internal The table, or null for a null object; a deleted table is ItemNotFound. */
  _table(): TableModel | null {
    const isLive = (t: TableModel) => this.context._env.model.tables.includes(t);
    if (this.cached) {
      if (isLive(this.cached)) return this.cached;
      if (this._nullable) return null;
      throw officeError("ItemNotFound", `The table '${this.cached.name}' was deleted.`);
    }
    const found = this.locate();
    if (found) this.cached = found;
    return found;
  }

  /** @internal */
  _requireTable(): TableModel {
    const table = this._table();
    if (!table)
      throw officeError("ItemNotFound", "The table is a null object; check isNullObject first.");
    return table;
  }

  _exists(): boolean {
    return this._table() !== null;
  }

  protected _read(name: string): unknown {
    const table = this._requireTable();
    switch (name) {
      case "id":
        return table.id;
      case "name":
        return table.name;
      case "style":
        return table.style;
      case "showHeaders":
        return table.showHeaders;
      default:
        return table.showTotals;
    }
  }

  get id(): string {
    return this._get("id");
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }

  /** Table name, unique in the workbook (case-insensitive). */
  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._setAndQueue("name", name, (batch) => {
      const table = this._requireTable();
      const valid = validateTableName(name);
      const clash = findTable(batch.model, valid);
      if (clash && clash !== table) {
        throw officeError("ItemAlreadyExists", `There is already a table named '${valid}'.`);
      }
      table.name = valid;
      batch.wrote(table.sheet);
    });
  }

  get worksheet(): MemoryWorksheet {
    if (!this.worksheetProxy) {
      this.worksheetProxy = new MemoryWorksheet(
        this.context,
        () => this._table()?.sheet ?? null,
        this._nullable
      );
    }
    return this.worksheetProxy;
  }

  /** The table's rows (`rows.add`, `rows.count`). */
  get rows(): MemoryTableRowCollection {
    if (!this.rowsProxy) this.rowsProxy = new MemoryTableRowCollection(this.context, this);
    return this.rowsProxy;
  }

  private part(compute: (table: TableModel) => Rect): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const table = this._table();
        return table ? { sheet: table.sheet, rect: compute(table) } : null;
      },
      this._nullable
    );
  }

  /** The whole table, header row included. */
  getRange(): MemoryRange {
    return this.part((table) => table.rect);
  }
}

/** `table.rows`: only what bulk writers need (`add`, `count`, `getCount`). */
export class MemoryTableRowCollection extends MemoryCollection<number, MemoryTableRow> {
  readonly _typeName = "TableRowCollection";

  constructor(
    context: MemoryRequestContext,
    private readonly table: MemoryTable
  ) {
    super(context, table._nullable, true);
    this._seal();
  }

  _exists(): boolean {
    return this.table._exists();
  }

  protected _entities(): number[] {
    const table = this.table._requireTable();
    const bodyRows = table.rect.bottom - table.rect.top + (table.showHeaders ? 0 : 1);
    return Array.from({ length: bodyRows }, (_, i) => i);
  }

  protected _proxyFor(index: number): MemoryTableRow {
    return new MemoryTableRow(this.context, this.table, () => index);
  }

  /**
   * Inserts data rows at `index` (or at the end) and writes `values` into them (a 2-D array, one row per
   * new table row). Cells below the table in its columns move down.
   */
  add(index?: number | null, values?: unknown[][]): MemoryTableRow {
    let insertedAt = -1;
    this._queueCall(
      `add(${index ?? "end"}, ${describe(values)})`,
      (batch) => {
        const table = this.table._requireTable();
        const count = Array.isArray(values) ? values.length : 1;
        const width = rectColumns(table.rect);
        if (
          Array.isArray(values) &&
          values.some((row) => !Array.isArray(row) || row.length !== width)
        ) {
          throw officeError(
            "InvalidArgument",
            `Each added row must have ${width} values, one per table column.`
          );
        }
        const rect = insertTableRows(batch.model, table, index ?? null, count);
        insertedAt = rect.top - table.rect.top - (table.showHeaders ? 1 : 0);
        const outcome = values
          ? writeContents(table.sheet, rect, values, "values", batch.model.use1904DateSystem)
          : { cells: 0, nonFinite: 0 };
        batch.wrote(table.sheet, outcome.cells, outcome.nonFinite);
      },
      () => values
    );
    return new MemoryTableRow(this.context, this.table, () => {
      if (insertedAt < 0) throw officeError("ItemNotFound", "The row was not added.");
      return insertedAt;
    });
  }

  get items(): MemoryTableRow[] {
    return this._get("items");
  }
}

/** One data row of a table. */
export class MemoryTableRow extends MemoryClientObject {
  readonly _typeName = "TableRow";
  protected readonly _scalars: readonly string[] = ["index", "values"];

  constructor(
    context: MemoryRequestContext,
    private readonly table: MemoryTable,
    private readonly rowIndex: () => number
  ) {
    super(context, false);
    this._seal();
  }

  _exists(): boolean {
    return this.table._exists();
  }

  private rect(): { sheet: MemorySheet; rect: Rect } {
    const table = this.table._requireTable();
    const row = table.rect.top + (table.showHeaders ? 1 : 0) + this.rowIndex();
    return { sheet: table.sheet, rect: { ...table.rect, top: row, bottom: row } };
  }

  protected _read(name: string): unknown {
    if (name === "index") return this.rowIndex();
    const { sheet, rect } = this.rect();
    return readValues(sheet, rect);
  }

  /** Zero-based position among the data rows. */
  get index(): number {
    return this._get("index");
  }

  get values(): unknown[][] {
    return this._get("values");
  }

  getRange(): MemoryRange {
    return new MemoryRange(this.context, () => this.rect(), false);
  }
}
