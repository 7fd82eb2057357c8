/**
 * `worksheet.customProperties` (ExcelApi 1.12): key → text pairs saved in the file with the worksheet.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection
 * Keys compare without case and are at most 255 characters (longer: InvalidArgument), as documented in
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustomproperty#excel-excel-worksheetcustomproperty-key-member
 */
import { MemoryClientObject, describe } from "./client-object";
import { MemoryCollection } from "./collection";
import { officeError } from "./errors";
import type { MemoryRequestContext } from "./request-context";
import type { MemoryWorksheet } from "./worksheet";

export class MemoryCustomPropertyCollection extends MemoryCollection<string, MemoryCustomProperty> {
  readonly _typeName = "WorksheetCustomPropertyCollection";

  constructor(
    context: MemoryRequestContext,
    private readonly worksheet: MemoryWorksheet
  ) {
    super(context, worksheet._nullable, false);
    this._seal();
  }

  _exists(): boolean {
    return this.worksheet._exists();
  }

  protected _entities(): string[] {
    return [...this.worksheet._requireSheet().customProperties.keys()];
  }

  protected _proxyFor(key: string): MemoryCustomProperty {
    return new MemoryCustomProperty(this.context, this.worksheet, key, false);
  }

  /** Adds a property, or overwrites the one with that key. */
  add(key: string, value: string): MemoryCustomProperty {
    this._queueCall(
      `add(${describe(key)})`,
      (batch) => {
        if (typeof key !== "string" || key === "" || key.length > 255) {
          throw officeError("InvalidArgument", "A custom property key has 1 to 255 characters.");
        }
        const sheet = this.worksheet._requireSheet();
        sheet.customProperties.set(key.toLowerCase(), { key, value: String(value) });
        batch.wrote(sheet);
      },
      () => ({ key, value })
    );
    return new MemoryCustomProperty(this.context, this.worksheet, key, false);
  }

  /** A property by key (without case); ItemNotFound at sync when missing. */
  getItem(key: string): MemoryCustomProperty {
    return new MemoryCustomProperty(this.context, this.worksheet, key, false);
  }

  /** A property by key (without case), or a null object. */
  getItemOrNullObject(key: string): MemoryCustomProperty {
    return new MemoryCustomProperty(this.context, this.worksheet, key, true);
  }

  get items(): MemoryCustomProperty[] {
    return this._get("items");
  }
}

export class MemoryCustomProperty extends MemoryClientObject {
  readonly _typeName = "WorksheetCustomProperty";
  protected readonly _scalars: readonly string[] = ["key", "value"];

  constructor(
    context: MemoryRequestContext,
    private readonly worksheet: MemoryWorksheet,
    private readonly propertyKey: string,
    nullable: boolean
  ) {
    super(context, nullable);
    this._seal();
  }

  private entry() {
    return this.worksheet._sheet()?.customProperties.get(this.propertyKey.toLowerCase());
  }

  _exists(): boolean {
    if (this.entry()) return true;
    if (this._nullable) return false;
    throw officeError("ItemNotFound", `There is no custom property '${this.propertyKey}'.`);
  }

  protected _read(name: string): unknown {
    const entry = this.entry();
    return name === "key" ? entry?.key : entry?.value;
  }

  get key(): string {
    return this._get("key");
  }

  get value(): string {
    return this._get("value");
  }

  delete(): void {
    this._queueCall("delete()", (batch) => {
      const sheet = this.worksheet._requireSheet();
      sheet.customProperties.delete(this.propertyKey.toLowerCase());
      batch.wrote(sheet);
    });
  }
}
