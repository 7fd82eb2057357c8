/**
 * The proxy half of Office.js: objects that stand for something in the workbook, queue their writes and
 * loads on the request context, and only know property values that were loaded and synced.
 *
 * - Reading a property that was neither loaded-and-synced nor set locally throws PropertyNotLoaded, also
 *   between `load()` and `sync()`.
 * - A loaded value is a snapshot taken when the sync ran; later changes are not seen until loaded again.
 * - Setting a property stores it locally (a later read returns what was set, as in Office.js) and queues
 *   the write, which reaches the workbook at the next sync.
 * - Objects from `…OrNullObject` methods learn at the next sync whether they exist (`isNullObject`);
 *   loading a null object is not an error, writing to one fails with ItemNotFound.
 */
import { MemoryOfficeError, officeError, propertyNotLoaded } from "./errors";
import { jsonBytes } from "./metrics";
import type { BatchState, MemoryRequestContext, QueuedOperation } from "./request-context";

/** What `load()` accepts: "a, b/c", ["a", "b/c"], or `{ select, expand }`. */
export type LoadOption =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number };

/** A loaded value waiting for the batch to succeed before it becomes visible. */
export interface StagedValue {
  readonly target: MemoryClientObject;
  readonly name: string;
  readonly value: unknown;
}

function splitPaths(option: string | string[] | undefined): string[] {
  if (option === undefined) return [];
  const list = Array.isArray(option) ? option : [option];
  return list
    .flatMap((entry) => entry.split(","))
    .map((path) => path.trim())
    .filter((path) => path.length > 0);
}

type LoadOptionObject = Exclude<LoadOption, string | string[]>;

function isOptionObject(option: LoadOption | undefined): option is LoadOptionObject {
  return typeof option === "object" && !Array.isArray(option);
}

/** The property paths a load option asks for; empty means "all scalar properties". */
export function loadPaths(option?: LoadOption): string[] {
  if (isOptionObject(option)) {
    return [...splitPaths(option.select), ...splitPaths(option.expand)];
  }
  return splitPaths(option);
}

/** Paging of a collection load (`{ top, skip }`). */
export interface LoadPaging {
  readonly top?: number;
  readonly skip?: number;
}

function loadPaging(option?: LoadOption): LoadPaging {
  return isOptionObject(option) ? { top: option.top, skip: option.skip } : {};
}

export abstract class MemoryClientObject {
  /** The request context the object belongs to. */
  readonly context: MemoryRequestContext;
  /** @internal Loaded or locally set property values. */
  readonly _fields = new Map<string, unknown>();
  /** @internal Whether the object is a null object; undefined until a sync tells. */
  _isNull: boolean | undefined = undefined;
  /** @internal Created by an …OrNullObject method (or from such an object). */
  readonly _nullable: boolean;
  /** @internal The context's completed-sync count when the object was created. */
  private readonly bornAtSync: number;

  /** The Office type name, for messages ("Range", "Worksheet"). */
  abstract readonly _typeName: string;
  /** Scalar properties `load()` can fetch. */
  protected abstract readonly _scalars: readonly string[];
  /** Scalar properties that may be set (directly or through `set()`). */
  protected readonly _writable: readonly string[] = [];

  protected constructor(context: MemoryRequestContext, nullable: boolean) {
    this.context = context;
    this._nullable = nullable;
    this.bornAtSync = context._completedSyncs;
    if (nullable) context._registerNullable(this);
  }

  /**
   * Makes the proxy reject properties it does not model: assigning, say, `format.wrapText` on a fake
   * that lacks it throws a TypeError instead of silently doing nothing. Leaf classes call this last in
   * their constructor.
   */
  protected _seal(): void {
    Object.preventExtensions(this);
  }

  /** Navigation properties (format, font, fill, title…) that `load("format/font/bold")` walks into. */
  protected _children(): Record<string, MemoryClientObject> {
    return {};
  }

  /**
   * @internal Whether the object exists when the batch runs. A missing object is a null object when it
   * came from an …OrNullObject method; otherwise this throws ItemNotFound.
   */
  abstract _exists(): boolean;

  /** @internal The current value of a scalar property, read from the workbook while the batch runs. */
  protected abstract _read(name: string): unknown;

  /**
   * True when the object does not exist in the workbook. Readable after the first sync following the
   * object's creation (Office.js: "You must call context.sync() before reading the isNullObject property").
   */
  get isNullObject(): boolean {
    if (this._isNull !== undefined) return this._isNull;
    if (!this._nullable && this.context._completedSyncs > this.bornAtSync) return false;
    throw propertyNotLoaded("isNullObject", this._typeName);
  }

  /** @internal A property getter: the loaded or locally set value, else PropertyNotLoaded. */
  protected _get<T>(name: string): T {
    if (this._fields.has(name)) return this._fields.get(name) as T;
    if (this._isNull === true) return undefined as T;
    throw propertyNotLoaded(name, this._typeName);
  }

  /** @internal A property setter: remembers the value locally and queues the write. */
  protected _setAndQueue(
    name: string,
    value: unknown,
    apply: (batch: BatchState) => void,
    payload?: () => unknown
  ): void {
    this._fields.set(name, value);
    const operation: QueuedOperation = {
      statement: `${this._typeName}.${name} = ${describe(value)}`,
      run: (batch) => {
        this._requireExists();
        apply(batch);
      },
    };
    this.context._enqueue(payload ? { ...operation, payload } : operation);
  }

  /** @internal Queues a method call that needs the object to exist. */
  protected _queueCall(
    method: string,
    apply: (batch: BatchState) => void,
    payload?: () => unknown
  ): void {
    const operation: QueuedOperation = {
      statement: `${this._typeName}.${method}`,
      run: (batch) => {
        this._requireExists();
        apply(batch);
      },
    };
    this.context._enqueue(payload ? { ...operation, payload } : operation);
  }

  /** @internal Throws ItemNotFound when the object is a null object. */
  _requireExists(): void {
    if (!this._exists()) {
      throw officeError(
        "ItemNotFound",
        `The ${this._typeName} is a null object (from an …OrNullObject method); check isNullObject first.`
      );
    }
  }

  /**
   * Queues loading of properties, fetched at the next `context.sync()`.
   *
   * @example
   * range.load("values, address"); await context.sync(); range.values //=> [[…]]
   */
  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    const paging = loadPaging(option);
    this.context._enqueue({
      statement: `${this._typeName}.load(${paths.join(", ")})`,
      run: (batch) => this._runLoad(paths, paging, batch),
    });
    return this;
  }

  /** @internal Executes a load inside a batch, staging the values until the batch succeeds. */
  _runLoad(paths: string[], paging: LoadPaging, batch: BatchState): void {
    if (!this._exists()) {
      batch.commits.push(() => {
        this._isNull = true;
      });
      return;
    }
    const staged: StagedValue[] = [];
    this._collectPaths(paths, paging, staged, batch);
    batch.commits.push(() => {
      this._isNull = false;
      for (const { target, name, value } of staged) target._fields.set(name, value);
    });
  }

  /** @internal Stages the properties of a load ("all scalars" when `paths` is empty). */
  protected _collectPaths(
    paths: string[],
    _paging: LoadPaging,
    staged: StagedValue[],
    batch: BatchState
  ): void {
    if (paths.length === 0) this._collectAll(staged, batch);
    else for (const path of paths) this._collect(path.split("/"), staged, batch);
  }

  /** @internal Stages every scalar property. */
  _collectAll(staged: StagedValue[], batch: BatchState): void {
    for (const name of this._scalars) this._stage(name, staged, batch);
  }

  /** @internal Stages one property path ("values", "format/font/bold"). */
  _collect(parts: string[], staged: StagedValue[], batch: BatchState): void {
    const [head, ...rest] = parts;
    const child = this._children()[head];
    if (child) {
      if (rest.length === 0) child._collectAll(staged, batch);
      else child._collect(rest, staged, batch);
      return;
    }
    if (rest.length === 0 && this._scalars.includes(head)) {
      this._stage(head, staged, batch);
      return;
    }
    throw officeError(
      "InvalidArgument",
      `'${parts.join("/")}' is not a loadable property of ${this._typeName} in the fake.`
    );
  }

  /** @internal Stages one scalar property's current value. */
  protected _stage(name: string, staged: StagedValue[], batch: BatchState): void {
    const value = this._read(name);
    if (typeof value === "object" && value !== null) batch.responseBytes += jsonBytes(value);
    staged.push({ target: this, name, value });
  }

  /** Sets several properties at once, including nested ones (`{ format: { font: { bold: true } } }`). */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      const child = this._children()[name];
      if (child && typeof value === "object" && value !== null) {
        child.set(value as Record<string, unknown>);
      } else if (this._writable.includes(name)) {
        (this as unknown as Record<string, unknown>)[name] = value;
      } else {
        throw new MemoryOfficeError(
          "InvalidArgument",
          `The property '${name}' of ${this._typeName} is read-only or unknown to the fake.`
        );
      }
    }
  }

  /** The loaded properties as a plain object, nested objects included when something was loaded. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {};
    for (const [name, value] of this._fields) {
      json[name] = Array.isArray(value)
        ? value.map((item) => (item instanceof MemoryClientObject ? item.toJSON() : item))
        : value;
    }
    for (const [name, child] of Object.entries(this._children())) {
      const nested = child.toJSON();
      if (Object.keys(nested).length > 0) json[name] = nested;
    }
    return json;
  }

  /** No-op: the fake keeps no host-side references to release. */
  untrack(): this {
    return this;
  }

  /** No-op: every fake object stays valid across syncs within its run. */
  track(): this {
    return this;
  }
}

/** Short text for a written value in statements ("[2×3]", "\"Data\"", "true"). */
export function describe(value: unknown): string {
  if (Array.isArray(value)) {
    const first = value[0];
    return Array.isArray(first) ? `[${value.length}×${first.length}]` : `[${value.length}]`;
  }
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/**
 * `OfficeExtension.ClientResult`: a value (such as a count) filled in by the next sync.
 *
 * @example
 * const count = sheets.getCount(); await context.sync(); count.value //=> 3
 */
export class MemoryClientResult<T> {
  private loaded = false;
  private current: T | undefined;

  /** @internal */
  _resolve(value: T): void {
    this.loaded = true;
    this.current = value;
  }

  get value(): T {
    if (!this.loaded) {
      throw new MemoryOfficeError(
        "ValueNotLoaded",
        "ValueNotLoaded: The value of the result object has not been loaded yet. Before reading the value " +
          'property, call "context.sync()" on the associated request context.'
      );
    }
    return this.current as T;
  }
}
