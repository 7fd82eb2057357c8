/**
 * `Range.format`, `format.font` and `format.fill`. Reads report a value only when every cell agrees and
 * null otherwise, as Office.js does for mixed formatting.
 */
import { CellStyle, CellStylePatch } from "./cell-style";
import { MemoryClientObject } from "./client-object";
import { officeError } from "./errors";
import {
  applyStyle,
  autofitColumns,
  readColumnWidth,
  readRowHeight,
  uniformStyle,
  writeColumnWidth,
} from "./range-ops";
import type { MemoryRange } from "./range";
import type { MemoryRequestContext } from "./request-context";

/** Excel reports a cell without fill as white. */
const NO_FILL_COLOR = "#FFFFFF";

/** Shared plumbing: a part of a range's format that reads and writes the range's cell styles. */
abstract class RangeStylePart extends MemoryClientObject {
  protected constructor(
    context: MemoryRequestContext,
    protected readonly range: MemoryRange
  ) {
    super(context, range._nullable);
  }

  _exists(): boolean {
    return this.range._exists();
  }

  protected uniform<T>(pick: (style: CellStyle) => T): T | null {
    const { sheet, rect } = this.range._requireTarget();
    return uniformStyle(sheet, rect, pick);
  }

  protected queueStyle(name: string, value: unknown, patch: () => CellStylePatch): void {
    this._setAndQueue(name, value, (batch) => {
      const { sheet, rect } = this.range._requireTarget();
      applyStyle(sheet, rect, patch());
      batch.wrote(sheet);
    });
  }
}

export class MemoryRangeFont extends RangeStylePart {
  readonly _typeName = "RangeFont";
  protected readonly _scalars: readonly string[] = ["bold", "italic", "color", "name", "size"];
  protected override readonly _writable: readonly string[] = [
    "bold",
    "italic",
    "color",
    "name",
    "size",
  ];

  constructor(context: MemoryRequestContext, range: MemoryRange) {
    super(context, range);
    this._seal();
  }

  protected _read(name: string): unknown {
    switch (name) {
      case "bold":
        return this.uniform((s) => s.bold);
      case "italic":
        return this.uniform((s) => s.italic);
      case "color":
        return this.uniform((s) => s.fontColor);
      case "name":
        return this.uniform((s) => s.fontName);
      default:
        return this.uniform((s) => s.fontSize);
    }
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(bold: boolean) {
    this.queueStyle("bold", bold, () => ({ bold: requireBoolean(bold, "font.bold") }));
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this.queueStyle("name", name, () => {
      if (typeof name !== "string" || name === "") {
        throw officeError("InvalidArgument", "font.name must be a font name.");
      }
      return { fontName: name };
    });
  }
}

export class MemoryRangeFill extends RangeStylePart {
  readonly _typeName = "RangeFill";
  protected readonly _scalars: readonly string[] = ["color"];
  protected override readonly _writable: readonly string[] = ["color"];

  constructor(context: MemoryRequestContext, range: MemoryRange) {
    super(context, range);
    this._seal();
  }

  protected _read(): unknown {
    return this.uniform((s) => s.fillColor ?? NO_FILL_COLOR);
  }
}

export class MemoryRangeFormat extends RangeStylePart {
  readonly _typeName = "RangeFormat";
  protected readonly _scalars: readonly string[] = [
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
  ];
  protected override readonly _writable: readonly string[] = [
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
  ];
  readonly font: MemoryRangeFont;
  readonly fill: MemoryRangeFill;

  constructor(context: MemoryRequestContext, range: MemoryRange) {
    super(context, range);
    this.font = new MemoryRangeFont(context, range);
    this.fill = new MemoryRangeFill(context, range);
    this._seal();
  }

  protected override _children(): Record<string, MemoryClientObject> {
    return { font: this.font, fill: this.fill };
  }

  protected _read(name: string): unknown {
    const { sheet, rect } = this.range._requireTarget();
    if (name === "columnWidth") return readColumnWidth(sheet, rect);
    if (name === "rowHeight") return readRowHeight(sheet, rect);
    if (name === "verticalAlignment") return this.uniform((s) => s.verticalAlignment);
    if (name === "wrapText") return this.uniform((s) => s.wrapText);
    return this.uniform((s) => s.horizontalAlignment);
  }

  /** Width of every column in the range, in points; null when they differ. */
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(width: number) {
    this._setAndQueue("columnWidth", width, (batch) => {
      const { sheet, rect } = this.range._requireTarget();
      writeColumnWidth(sheet, rect, width);
      batch.wrote(sheet);
    });
  }

  /** Fits the columns' widths to their content in the range (an approximation; see range-ops.ts). */
  autofitColumns(): void {
    this._queueCall("autofitColumns()", (batch) => {
      const { sheet, rect } = this.range._requireTarget();
      autofitColumns(sheet, rect, batch.model.use1904DateSystem);
      batch.wrote(sheet);
    });
  }
}

function requireBoolean(value: unknown, property: string): boolean {
  if (typeof value !== "boolean") {
    throw officeError(
      "InvalidArgument",
      `${property} must be true or false, not ${String(value)}.`
    );
  }
  return value;
}
