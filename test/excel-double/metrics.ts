/**
 * What the fake observed, for tests and benchmarks: how many runs and round trips, what each sync carried,
 * and which sheets and how many cells the add-in wrote.
 */

/** One `context.sync()` that reached the (fake) host. */
export interface SyncRecord {
  /** Queued statements in the batch: property writes, method calls and loads. */
  readonly operations: number;
  /** UTF-8 bytes of the JSON of the values, formulas, number formats and settings written in the batch. */
  readonly payloadBytes: number;
  /**
   * UTF-8 bytes of the whole request as JSON, one `{"action":"Range.values","data":…}` per statement: the
   * written data plus each statement's framing, a proxy for the body Office.js sends.
   */
  readonly requestBytes: number;
  /** UTF-8 bytes of the JSON of the cell data loaded by the batch (values, text, formulas, …). */
  readonly responseBytes: number;
  /** `application.suspendApiCalculationUntilNextSync()` was queued in this batch. */
  readonly suspendedCalculation: boolean;
  /** `application.suspendScreenUpdatingUntilNextSync()` was queued in this batch. */
  readonly suspendedScreenUpdating: boolean;
  /** True for the sync `Excel.run` performs after the batch function resolves. */
  readonly implicit: boolean;
  /** The statements, shaped like `debugInfo.pendingStatements` ("Range.values = …"). */
  readonly statements: readonly string[];
  /** The error code the sync failed with, or null. */
  readonly errorCode: string | null;
}

export interface Metrics {
  /** `Excel.run` calls. */
  runCount: number;
  /**
   * Round trips: every explicit `context.sync()`, plus the implicit final sync of `Excel.run` only when
   * operations were still queued (Office.js sends nothing for an empty batch at the end of a run).
   */
  syncCount: number;
  /** One record per counted sync, in order. */
  readonly syncs: SyncRecord[];
  /** Cells that received a value, formula or number format (null entries excluded). */
  cellsWritten: number;
  /** Names (at the time of writing) of every sheet whose cells, formats, tables or charts changed. */
  readonly sheetsWritten: Set<string>;
  /** NaN/±Infinity entries written: JSON sends them as null, so Excel silently leaves those cells. */
  nonFiniteNumbersWritten: number;
  /** Statements queued on a context after its `Excel.run` ended; they never reach Excel. */
  operationsAfterRun: number;
  /** Clears every counter. */
  reset(): void;
}

/** Fresh metrics. */
export function createMetrics(): Metrics {
  const metrics: Metrics = {
    runCount: 0,
    syncCount: 0,
    syncs: [],
    cellsWritten: 0,
    sheetsWritten: new Set<string>(),
    nonFiniteNumbersWritten: 0,
    operationsAfterRun: 0,
    reset() {
      metrics.runCount = 0;
      metrics.syncCount = 0;
      metrics.syncs.length = 0;
      metrics.cellsWritten = 0;
      metrics.sheetsWritten.clear();
      metrics.nonFiniteNumbersWritten = 0;
      metrics.operationsAfterRun = 0;
    },
  };
  return metrics;
}

const nodeByteLength = (
  globalThis as { Buffer?: { byteLength(text: string, encoding: "utf8"): number } }
).Buffer?.byteLength;

/**
 * The UTF-8 byte length of a string, without allocating an encoded copy (multi-megabyte payloads are
 * measured on every sync).
 *
 * @example
 * utf8Length("¥100") //=> 5
 */
export function utf8Length(text: string): number {
  // Node counts natively (benchmarks measure multi-megabyte payloads); the browser preview counts below.
  if (nodeByteLength !== undefined) return nodeByteLength(text, "utf8");
  // Numeric payloads are plain ASCII: one byte per character.
  if (!/[\u0080-\uffff]/.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as Office.js would serialize it into a request or response body. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}
