/**
 * `Excel.Range` over the in-memory workbook. A range proxy knows how to find its cells (a sheet and a
 * rectangle); it looks them up when a batch first uses it and keeps them from then on, as Excel keeps
 * a range object pointing at the same cells.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  formatAddress,
  rectColumns,
  rectFromIndexes,
  rectRows,
} from "./addresses";
import { MemoryClientObject } from "./client-object";
import { officeError } from "./errors";
import {
  readFormulas,
  readNumberFormats,
  readText,
  readValueTypes,
  readValues,
  writeContents,
  writeNumberFormats,
} from "./range-ops";
import { MemoryRangeAreas } from "./range-areas";
import { MemoryRangeFormat } from "./range-format";
import type { MemoryRequestContext } from "./request-context";
import type { MemorySheet } from "./sheet-model";
import { MemoryWorksheet } from "./worksheet";

/** The cells a range stands for. */
export interface RangeTarget {
  readonly sheet: MemorySheet;
  readonly rect: Rect;
}

/** Finds a range's cells when a batch runs: null for a null object; throws when it cannot exist. */
export type RangeLocator = () => RangeTarget | null;

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "rowCount",
  "rowIndex",
  "isEntireColumn",
  "isEntireRow",
  "values",
  "text",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "valueTypes",
] as const;

export class MemoryRange extends MemoryClientObject {
  readonly _typeName = "Range";
  protected readonly _scalars: readonly string[] = RANGE_SCALARS;
  protected override readonly _writable: readonly string[] = [
    "values",
    "formulas",
    "formulasLocal",
    "numberFormat",
    "numberFormatLocal",
  ];
  private cached: RangeTarget | undefined = undefined;
  private formatProxy: MemoryRangeFormat | undefined = undefined;
  private worksheetProxy: MemoryWorksheet | undefined = undefined;

  constructor(
    context: MemoryRequestContext,
    private readonly locate: RangeLocator,
    nullable: boolean
  ) {
    super(context, nullable);
    this._seal();
  }

  /** @internal The cells, or null for a null object. */
  _target(): RangeTarget | null {
    if (this.cached) {
      if (!this.cached.sheet.deleted) return this.cached;
      if (this._nullable) return null;
      throw officeError("ItemNotFound", `The worksheet '${this.cached.sheet.name}' was deleted.`);
    }
    const found = this.locate();
    if (found) this.cached = found;
    return found;
  }

  /** @internal The cells; ItemNotFound for a null object. */
  _requireTarget(): RangeTarget {
    const target = this._target();
    if (!target) {
      throw officeError("ItemNotFound", "The range is a null object; check isNullObject first.");
    }
    return target;
  }

  _exists(): boolean {
    return this._target() !== null;
  }

  protected override _children(): Record<string, MemoryClientObject> {
    return { format: this.format };
  }

  protected _read(name: string): unknown {
    const { sheet, rect } = this._requireTarget();
    const use1904 = this.context._env.model.use1904DateSystem;
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, rect);
      case "cellCount":
        return rectRows(rect) * rectColumns(rect);
      case "columnCount":
        return rectColumns(rect);
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rectRows(rect);
      case "rowIndex":
        return rect.top;
      case "isEntireColumn":
        return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
      case "isEntireRow":
        return rect.left === 0 && rect.right === MAX_COLUMNS - 1;
      case "values":
        return readValues(sheet, rect);
      case "text":
        return readText(sheet, rect, use1904);
      case "formulas":
      case "formulasLocal":
        return readFormulas(sheet, rect);
      case "numberFormat":
      case "numberFormatLocal":
        return readNumberFormats(sheet, rect);
      case "valueTypes":
        return readValueTypes(sheet, rect);
      default:
        throw officeError("InvalidArgument", `Range has no property '${name}'.`);
    }
  }

  /** The merged areas of the range, or a null object when it has none (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): MemoryRangeAreas {
    return new MemoryRangeAreas(this.context, () => this._requireTarget());
  }

  get address(): string {
    return this._get("address");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  /** Cell values; write a 2-D array matching the range (null keeps a cell, "" clears it). */
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(values: unknown[][]) {
    this.queueContents("values", values);
  }

  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.queueContents("formulas", formulas);
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.queueFormats("numberFormat", formats);
  }

  private queueContents(property: "values" | "formulas" | "formulasLocal", input: unknown): void {
    this._setAndQueue(
      property,
      input,
      (batch) => {
        const { sheet, rect } = this._requireTarget();
        const kind = property === "values" ? "values" : "formulas";
        const outcome = writeContents(sheet, rect, input, kind, batch.model.use1904DateSystem);
        batch.wrote(sheet, outcome.cells, outcome.nonFinite);
      },
      () => input
    );
  }

  private queueFormats(property: string, input: unknown): void {
    this._setAndQueue(
      property,
      input,
      (batch) => {
        const { sheet, rect } = this._requireTarget();
        const outcome = writeNumberFormats(sheet, rect, input);
        batch.wrote(sheet, outcome.cells, outcome.nonFinite);
      },
      () => input
    );
  }

  /** The range's format (font, fill, alignment, column width). */
  get format(): MemoryRangeFormat {
    if (!this.formatProxy) this.formatProxy = new MemoryRangeFormat(this.context, this);
    return this.formatProxy;
  }

  /** The worksheet containing the range. */
  get worksheet(): MemoryWorksheet {
    if (!this.worksheetProxy) {
      this.worksheetProxy = new MemoryWorksheet(
        this.context,
        () => this._target()?.sheet ?? null,
        this._nullable
      );
    }
    return this.worksheetProxy;
  }

  /** A range derived from this one's cells when the batch runs. */
  private derive(
    compute: (target: RangeTarget) => Rect | null,
    nullable = this._nullable
  ): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const target = this._target();
        if (!target) return null;
        const rect = compute(target);
        return rect ? { sheet: target.sheet, rect } : null;
      },
      nullable
    );
  }

  /** One cell relative to the top-left cell; it may lie outside this range but not outside the grid. */
  getCell(row: number, column: number): MemoryRange {
    return this.derive(({ rect }) => rectFromIndexes(rect.top + row, rect.left + column, 1, 1));
  }

  /** The current region around the range's top-left cell (bounded by blank rows and columns). */
  getSurroundingRegion(): MemoryRange {
    return this.derive(({ sheet, rect }) => sheet.surroundingRegion(rect.top, rect.left));
  }

  /** Selects the range in the UI (and activates its sheet). */
  select(): void {
    this._queueCall("select()", (batch) => {
      const { sheet, rect } = this._requireTarget();
      batch.model.select(sheet, formatAddress(sheet.name, rect));
    });
  }
}
