/**
 * `Excel.RequestContext` for the in-memory workbook: it queues statements and sends them as one batch at
 * `sync()`. A batch is sent when `sync()` is called and answered asynchronously, like the real request:
 * statements queued after the call go to the next batch, and loaded values appear only once the returned
 * promise resolves.
 *
 * Batch rules, as in Excel:
 * - a request body over the payload limit (5 MB on the web) is rejected whole: nothing in it is applied;
 * - otherwise statements run in order; when one fails, the ones before it stay applied, the rest are
 *   dropped, and the sync rejects with the failing statement's error;
 * - loaded values become visible only when the whole batch succeeded.
 */
import type { MemoryClientObject } from "./client-object";
import { MemoryOfficeError, officeError } from "./errors";
import { Metrics, SyncRecord, jsonBytes } from "./metrics";
import type { MemorySheet } from "./sheet-model";
import type { MemoryWorkbookModel } from "./workbook-model";
import { MemoryApplication, MemoryWorkbook } from "./workbook";

/** Request and response size limits, in bytes; read at every sync, so tests may change them. */
export interface MemoryLimits {
  payloadLimitBytes: number;
  responseLimitBytes: number;
  /**
   * Fault injection: the sync whose number (1-based, counted in `metrics.syncCount`) equals this fails
   * with GeneralException before anything in it is applied, as a lost connection would.
   */
  failAtSync?: number;
}

/** Excel on the web: 5 MB per request and per response. */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What every context of one fake shares. */
export interface MemoryEnvironment {
  readonly model: MemoryWorkbookModel;
  readonly metrics: Metrics;
  readonly limits: MemoryLimits;
}

/** State of the batch being executed. */
export interface BatchState {
  readonly model: MemoryWorkbookModel;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
  responseBytes: number;
  /** Applied after the whole batch succeeded (loaded values, results). */
  readonly commits: (() => void)[];
  /** Records a change to a sheet (and how many cells received a value, formula or format). */
  wrote(sheet: MemorySheet, cells?: number, nonFinite?: number): void;
}

/** One queued statement. */
export interface QueuedOperation {
  /** Shaped like `debugInfo.pendingStatements` entries. */
  readonly statement: string;
  /** The written data, serialized when the batch is sent to measure the request body. */
  readonly payload?: () => unknown;
  run(batch: BatchState): void;
}

/**
 * Bytes of one statement of the request as JSON, `{"action":"Range.values","data":[[1,2]]}`: the member
 * the statement sets or calls, and the data it writes. A proxy for Office.js's own request body, whose
 * per-statement framing (object paths, ids) is of the same order, so per-cell data dominates both.
 */
function requestEntryBytes(statement: string, dataBytes: number | undefined): number {
  const action = statement.split(" = ")[0];
  const framing = jsonBytes(action) + '{"action":}'.length;
  return dataBytes === undefined ? framing : framing + ',"data":'.length + dataBytes;
}

type MutableSyncRecord = { -readonly [K in keyof SyncRecord]: SyncRecord[K] };

export class MemoryRequestContext {
  readonly workbook: MemoryWorkbook;
  readonly application: MemoryApplication;
  /** No-ops: the fake adjusts nothing and keeps no references to release. */
  readonly trackedObjects = {
    add(objects: unknown): void {
      void objects;
    },
    remove(objects: unknown): void {
      void objects;
    },
  };
  requestHeaders: Record<string, string> = {};
  /** @internal Syncs that completed successfully. */
  _completedSyncs = 0;
  private pending: QueuedOperation[] = [];
  private nullables: MemoryClientObject[] = [];
  private traces: string[] = [];
  private ended = false;

  constructor(readonly _env: MemoryEnvironment) {
    this.workbook = new MemoryWorkbook(this);
    this.application = this.workbook.application;
  }

  /** The statements queued for the next sync. */
  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.pending.map((operation) => operation.statement) };
  }

  /** Same as `object.load(option)`. */
  load(object: MemoryClientObject, option?: Parameters<MemoryClientObject["load"]>[0]): void {
    object.load(option);
  }

  /** Adds a message reported in `error.traceMessages` if the next sync fails. */
  trace(message: string): void {
    this.traces.push(message);
  }

  /** Sends the queued batch; resolves with `passThroughValue` once loaded values are available. */
  sync<T>(passThroughValue?: T): Promise<T> {
    return this._send(false).then(() => passThroughValue as T);
  }

  /** @internal */
  _enqueue(operation: QueuedOperation): void {
    if (this.ended) this._env.metrics.operationsAfterRun++;
    this.pending.push(operation);
  }

  /** @internal Objects from …OrNullObject methods learn at the next sync whether they exist. */
  _registerNullable(object: MemoryClientObject): void {
    this.nullables.push(object);
  }

  /** @internal */
  _hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** @internal Called when the `Excel.run` that owns the context ends. */
  _end(): void {
    this.ended = true;
    this.pending = [];
  }

  /** @internal Called when a later `Excel.run` continues with this context's objects. */
  _reopen(): void {
    this.ended = false;
  }

  /** @internal Sends the batch. `implicit` marks the final sync of `Excel.run`. */
  async _send(implicit: boolean): Promise<void> {
    const batch = this.pending;
    const nullables = this.nullables;
    const traces = this.traces;
    this.pending = [];
    this.nullables = [];
    this.traces = [];
    if (this.ended) {
      throw officeError(
        "InvalidRequestContext",
        "This context's Excel.run has finished; pass its objects to a new Excel.run to use them."
      );
    }
    // The request is on its way: anything queued from here on belongs to the next batch.
    await Promise.resolve();
    const { model, metrics, limits } = this._env;
    let payloadBytes = 0;
    let requestBytes = batch.length > 0 ? 1 + batch.length : 2; // "[", "]" and the commas
    for (const operation of batch) {
      const written = operation.payload?.();
      // A copy: a writer may refill the same arrays for its next request, as Office.js has sent these.
      if (written !== undefined) metrics.payloadLog?.push(structuredClone(written));
      const data = operation.payload ? jsonBytes(written) : 0;
      payloadBytes += data;
      requestBytes += requestEntryBytes(operation.statement, operation.payload ? data : undefined);
    }
    const record: MutableSyncRecord = {
      operations: batch.length,
      payloadBytes,
      requestBytes,
      responseBytes: 0,
      suspendedCalculation: false,
      suspendedScreenUpdating: false,
      implicit,
      statements: batch.map((operation) => operation.statement),
      errorCode: null,
    };
    metrics.syncCount++;
    metrics.syncs.push(record);
    const fail = (error: MemoryOfficeError, statement?: string): never => {
      record.errorCode = error.code;
      error.traceMessages = traces;
      if (statement !== undefined && error.debugInfo.statement === undefined) {
        error.debugInfo.statement = statement;
      }
      throw error;
    };
    if (limits.failAtSync === metrics.syncCount) {
      fail(officeError("GeneralException", `Sync ${metrics.syncCount} failed (injected fault).`));
    }
    if (payloadBytes > limits.payloadLimitBytes) {
      fail(
        officeError(
          "RequestPayloadSizeLimitExceeded",
          `This batch writes ${payloadBytes} bytes; the limit is ${limits.payloadLimitBytes}. ` +
            "Nothing in it was applied. Write fewer rows per sync."
        )
      );
    }
    const state: BatchState = {
      model,
      suspendedCalculation: false,
      suspendedScreenUpdating: false,
      responseBytes: 0,
      commits: [],
      wrote(sheet, cells = 0, nonFinite = 0) {
        metrics.sheetsWritten.add(sheet.name);
        metrics.cellsWritten += cells;
        metrics.nonFiniteNumbersWritten += nonFinite;
      },
    };
    for (const operation of batch) {
      try {
        operation.run(state);
      } catch (error) {
        record.suspendedCalculation = state.suspendedCalculation;
        record.suspendedScreenUpdating = state.suspendedScreenUpdating;
        if (error instanceof MemoryOfficeError) fail(error, operation.statement);
        throw error;
      }
    }
    record.suspendedCalculation = state.suspendedCalculation;
    record.suspendedScreenUpdating = state.suspendedScreenUpdating;
    record.responseBytes = state.responseBytes;
    if (state.responseBytes > limits.responseLimitBytes) {
      fail(
        officeError(
          "ResponsePayloadSizeLimitExceeded",
          `This batch loads ${state.responseBytes} bytes; the limit is ${limits.responseLimitBytes}. ` +
            "Load fewer rows per sync."
        )
      );
    }
    for (const commit of state.commits) commit();
    this._completedSyncs++;
    for (const object of nullables) {
      if (object._isNull !== undefined) continue;
      try {
        object._isNull = !object._exists();
      } catch {
        // Its parent is missing and not nullable: Office reports that only when the object is used.
      }
    }
  }
}
