/**
 * The shared behaviour of Office.js collections (worksheets, tables, charts, settings): `items` is
 * available after `load()` and `sync()`, and a property path on the collection ("name", "items/name")
 * loads that property of every item.
 */
import { LoadPaging, MemoryClientObject, MemoryClientResult, StagedValue } from "./client-object";
import type { BatchState, MemoryRequestContext } from "./request-context";

export abstract class MemoryCollection<
  Entity,
  Item extends MemoryClientObject,
> extends MemoryClientObject {
  protected readonly _scalars: readonly string[];

  protected constructor(context: MemoryRequestContext, nullable: boolean, countable: boolean) {
    super(context, nullable);
    this._scalars = countable ? ["count"] : [];
  }

  /** The model objects in the collection, in order, when the batch runs. */
  protected abstract _entities(): Entity[];

  /** A proxy bound to one model object. */
  protected abstract _proxyFor(entity: Entity): Item;

  protected _read(): unknown {
    return this._entities().length;
  }

  protected override _collectPaths(
    paths: string[],
    paging: LoadPaging,
    staged: StagedValue[],
    batch: BatchState
  ): void {
    const itemPaths: string[][] = [];
    for (const path of paths) {
      const parts = path.split("/");
      if (parts[0] === "items") {
        if (parts.length > 1) itemPaths.push(parts.slice(1));
        else itemPaths.push([]);
      } else if (parts.length === 1 && this._scalars.includes(parts[0])) {
        this._stage(parts[0], staged, batch);
      } else {
        // Office.js reads a property path on a collection as that property of its items.
        itemPaths.push(parts);
      }
    }
    if (paths.length === 0) itemPaths.push([]);
    if (itemPaths.length === 0) return;
    const skip = paging.skip ?? 0;
    const entities = this._entities().slice(
      skip,
      paging.top === undefined ? undefined : skip + paging.top
    );
    const items = entities.map((entity) => this._proxyFor(entity));
    for (const item of items) {
      for (const parts of itemPaths) {
        if (parts.length === 0) item._collectAll(staged, batch);
        else item._collect(parts, staged, batch);
      }
    }
    staged.push({ target: this, name: "items", value: items });
  }

  override _collectAll(staged: StagedValue[], batch: BatchState): void {
    this._collectPaths([], {}, staged, batch);
  }

  /** `count` (tables and charts). */
  get count(): number {
    return this._get("count");
  }

  /** @internal Queues a `getCount()` whose result is filled in by the sync. */
  protected _count(compute: () => number): MemoryClientResult<number> {
    const result = new MemoryClientResult<number>();
    this._queueCall("getCount()", (batch) => {
      const value = compute();
      batch.commits.push(() => result._resolve(value));
    });
    return result;
  }
}
