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
  /**
   * When an array, every sync appends a copy of the data each statement writes (what `payloadBytes`
   * measures, as it was when sent), so a benchmark can time Office.js's own serialisation of the same
   * requests; undefined keeps nothing.
   */
  payloadLog: unknown[] | undefined;
  /** Clears every counter (the payload log is left as set). */
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
    payloadLog: undefined,
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

/**
 * Bytes of a value as Office.js would serialize it into a request or response body: the UTF-8 length of
 * `JSON.stringify(value)` (0 when that is undefined), counted by walking the value instead of building
 * the string: the double measures every sync, and a 100,000-right run writes millions of cells, so
 * making and measuring their JSON was most of the writer's time in the benchmarks. Arrays and plain
 * objects are walked; anything else (a Date or another value with toJSON, boxed primitives, BigInt) is
 * left to JSON.stringify itself.
 *
 * @example
 * jsonBytes([[1, "¥"]]) //=> 10 ([[1,"¥"]]: ¥ is 2 bytes)
 */
export function jsonBytes(value: unknown): number {
  return valueBytes(value) ?? 0;
}

// Characters JSON.stringify escapes (quote, backslash, controls) or that take more than a byte in UTF-8.
// eslint-disable-next-line no-control-regex -- the controls are what JSON escapes
const NOT_PLAIN = /["\\\u0000-\u001f\u0080-\uffff]/;

/** Bytes of a string as a JSON string literal, quotes included (ES2019 well-formed JSON.stringify). */
function stringBytes(text: string): number {
  if (!NOT_PLAIN.test(text)) return text.length + 2;
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20)
      // \b \t \n \f \r have short escapes; other controls are \u00XX.
      bytes += code === 8 || code === 9 || code === 10 || code === 12 || code === 13 ? 2 : 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6; // a lone surrogate is written as \udXXX
    } else if (code >= 0xdc00 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/** Characters of a number as JSON writes it (Number.prototype.toString; NaN and ±Infinity as null). */
function numberBytes(n: number): number {
  if (!Number.isFinite(n)) return 4;
  if (Number.isInteger(n) && n < 1e21 && n > -1e21) {
    // Integers below 1e21 are written in full: count digits against powers of ten (exact doubles up to
    // 1e22) without making the string.
    const magnitude = n < 0 ? -n : n;
    let digits = 1;
    for (let power = 10; power <= magnitude; power *= 10) digits += 1;
    return n < 0 ? digits + 1 : digits; // -0 is written "0"
  }
  return String(n).length;
}

/**
 * Bytes of a value's JSON, or undefined when JSON.stringify writes nothing for it (undefined, a
 * function, a symbol, a toJSON giving one of those): "null" in an array, the key left out of an object.
 */
function valueBytes(value: unknown): number | undefined {
  switch (typeof value) {
    case "string":
      return stringBytes(value);
    case "number":
      return numberBytes(value);
    case "boolean":
      return value ? 4 : 5;
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
    case "object": {
      if (value === null) return 4;
      if ("toJSON" in value) break;
      if (Array.isArray(value)) {
        let bytes = value.length === 0 ? 2 : value.length + 1; // brackets and commas
        for (let i = 0; i < value.length; i++) bytes += valueBytes(value[i]) ?? 4;
        return bytes;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) break;
      let bytes = 2;
      let members = 0;
      for (const key of Object.keys(value)) {
        const member = valueBytes((value as Record<string, unknown>)[key]);
        if (member === undefined) continue;
        bytes += stringBytes(key) + 1 + member;
        members += 1;
      }
      return members > 1 ? bytes + members - 1 : bytes;
    }
  }
  // Dates and other values with toJSON, boxed values, BigInt (which throws, as JSON.stringify does).
  const json = JSON.stringify(value);
  return json === undefined ? undefined : utf8Length(json);
}
