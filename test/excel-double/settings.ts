/**
 * `workbook.settings`: key → value pairs stored with the workbook. Values are kept as JSON (Office
 * serializes them), so what is read back is a copy, and a value JSON cannot carry is InvalidArgument.
 */
import { MemoryClientObject, MemoryClientResult, describe } from "./client-object";
import { MemoryCollection } from "./collection";
import { officeError } from "./errors";
import type { MemoryRequestContext } from "./request-context";

function toStored(key: string, value: unknown): unknown {
  const json = value === undefined ? undefined : JSON.stringify(value);
  if (json === undefined) {
    throw officeError("InvalidArgument", `The value of setting '${key}' cannot be stored.`);
  }
  return JSON.parse(json);
}

function copyOf(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export class MemorySettingCollection extends MemoryCollection<string, MemorySetting> {
  readonly _typeName = "SettingCollection";

  constructor(context: MemoryRequestContext) {
    super(context, false, false);
    this._seal();
  }

  _exists(): boolean {
    return true;
  }

  protected _entities(): string[] {
    return [...this.context._env.model.settings.keys()];
  }

  protected _proxyFor(key: string): MemorySetting {
    return new MemorySetting(this.context, key, false);
  }

  /** Sets or adds a setting. */
  add(key: string, value: unknown): MemorySetting {
    this._queueCall(
      `add(${describe(key)})`,
      (batch) => {
        if (typeof key !== "string" || key === "") {
          throw officeError("InvalidArgument", "A setting needs a non-empty key.");
        }
        batch.model.settings.set(key, toStored(key, value));
      },
      () => ({ key, value })
    );
    return new MemorySetting(this.context, key, false);
  }

  /** A setting by key; ItemNotFound at sync when missing. */
  getItem(key: string): MemorySetting {
    return new MemorySetting(this.context, key, false);
  }

  /** A setting by key, or a null object. */
  getItemOrNullObject(key: string): MemorySetting {
    return new MemorySetting(this.context, key, true);
  }

  getCount(): MemoryClientResult<number> {
    return this._count(() => this.context._env.model.settings.size);
  }

  get items(): MemorySetting[] {
    return this._get("items");
  }
}

export class MemorySetting extends MemoryClientObject {
  readonly _typeName = "Setting";
  protected readonly _scalars: readonly string[] = ["key", "value"];
  protected override readonly _writable: readonly string[] = ["value"];

  constructor(
    context: MemoryRequestContext,
    private readonly settingKey: string,
    nullable: boolean
  ) {
    super(context, nullable);
    this._seal();
  }

  _exists(): boolean {
    if (this.context._env.model.settings.has(this.settingKey)) return true;
    if (this._nullable) return false;
    throw officeError("ItemNotFound", `There is no setting '${this.settingKey}'.`);
  }

  protected _read(name: string): unknown {
    return name === "key"
      ? this.settingKey
      : copyOf(this.context._env.model.settings.get(this.settingKey));
  }

  get key(): string {
    return this._get("key");
  }

  get value(): unknown {
    return this._get("value");
  }
  set value(value: unknown) {
    this._setAndQueue(
      "value",
      value,
      (batch) => {
        batch.model.settings.set(this.settingKey, toStored(this.settingKey, value));
      },
      () => value
    );
  }

  delete(): void {
    this._queueCall("delete()", (batch) => {
      batch.model.settings.delete(this.settingKey);
    });
  }
}
