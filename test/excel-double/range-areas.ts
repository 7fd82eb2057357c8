/**
 * `Excel.RangeAreas` as `Range.getMergedAreasOrNullObject()` returns it (ExcelApi 1.13): the merged areas
 * of a range, a null object when it has none
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member-1).
 * `address` lists the areas ("Sheet1!A2:A4, Sheet1!C5:D5",
 * https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member).
 * Only what the adapter reads is modelled (not `areas`). An area reaching outside the range is cut to it.
 */
import { Rect, formatAddress, rectsOverlap } from "./addresses";
import { MemoryClientObject } from "./client-object";
import { officeError } from "./errors";
import type { RangeTarget } from "./range";
import type { MemoryRequestContext } from "./request-context";

/** The merged areas of a range's cells, cut to the range, top to bottom then left to right. */
function mergedWithin(target: RangeTarget): Rect[] {
  const { sheet, rect } = target;
  return sheet.merges
    .filter((merge) => rectsOverlap(merge, rect))
    .map((merge) => ({
      top: Math.max(merge.top, rect.top),
      bottom: Math.min(merge.bottom, rect.bottom),
      left: Math.max(merge.left, rect.left),
      right: Math.min(merge.right, rect.right),
    }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

export class MemoryRangeAreas extends MemoryClientObject {
  readonly _typeName = "RangeAreas";
  protected readonly _scalars: readonly string[] = ["address", "areaCount"];

  constructor(
    context: MemoryRequestContext,
    private readonly range: () => RangeTarget
  ) {
    super(context, true);
    this._seal();
  }

  private merged(): Rect[] {
    return mergedWithin(this.range());
  }

  _exists(): boolean {
    return this.merged().length > 0;
  }

  protected _read(name: string): unknown {
    const merged = this.merged();
    if (merged.length === 0)
      throw officeError(
        "ItemNotFound",
        "The RangeAreas is a null object; check isNullObject first."
      );
    const sheetName = this.range().sheet.name;
    if (name === "address") return merged.map((rect) => formatAddress(sheetName, rect)).join(", ");
    if (name === "areaCount") return merged.length;
    throw officeError("InvalidArgument", `RangeAreas has no property '${name}'.`);
  }

  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
}
