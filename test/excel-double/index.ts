/**
 * An in-memory Excel for tests and the browser preview: `createMemoryExcel()` returns an `Excel` object
 * whose `run()` drives the add-in's real `Excel.run` code against a `MemoryWorkbookModel`, with Office.js
 * proxy/load/sync semantics enforced and every sync measured.
 *
 * @example
 * const fake = createMemoryExcel();
 * fake.model.setValues("Sheet1", "A1", [["Fee"], [900]]);
 * const restore = installMemoryExcel(fake); // global Excel / OfficeExtension now point at the fake
 * await writeProjection();                  // production code calling Excel.run(...)
 * restore();
 * fake.metrics.syncCount //=> 2
 */
import { MemoryClientObject } from "./client-object";
import {
  ChartSeriesBy,
  ChartType,
  ClearApplyTo,
  ErrorCodes,
  HorizontalAlignment,
  RangeValueType,
  SheetVisibility,
  VerticalAlignment,
} from "./enums";
import { MemoryErrorCodes, MemoryOfficeError, officeError } from "./errors";
import { Metrics, createMetrics } from "./metrics";
import {
  DEFAULT_PAYLOAD_LIMIT_BYTES,
  MemoryEnvironment,
  MemoryLimits,
  MemoryRequestContext,
} from "./request-context";
import { MemoryWorkbookModel } from "./workbook-model";

export { MemoryWorkbookModel, validateSheetName } from "./workbook-model";
export type { CellSnapshot, MemoryWorkbookOptions, SheetRef } from "./workbook-model";
export { MemorySheet } from "./sheet-model";
export type { ChartModel } from "./sheet-model";
export type { TableModel } from "./table-model";
export type { Metrics, SyncRecord } from "./metrics";
export { MemoryOfficeError } from "./errors";
export { MemoryRequestContext, DEFAULT_PAYLOAD_LIMIT_BYTES } from "./request-context";
export type { MemoryLimits } from "./request-context";
export { MemoryRange } from "./range";
export { MemoryWorksheet, MemoryWorksheetCollection } from "./worksheet";
export { MemoryTable, MemoryTableCollection } from "./table";
export { MemoryChart, MemoryChartCollection } from "./chart";
export { MemorySetting, MemorySettingCollection } from "./settings";
export { MemoryWorkbook, MemoryApplication } from "./workbook";
export { MAX_COLUMNS, MAX_ROWS } from "./addresses";

/** The batch function `Excel.run` calls. */
export type MemoryBatch<T> = (context: MemoryRequestContext) => Promise<T>;

/** What may precede the batch: objects (or a context) whose context the run continues. */
export type MemoryRunTarget =
  | MemoryRequestContext
  | MemoryClientObject
  | MemoryClientObject[]
  | { previousObjects?: MemoryRequestContext | MemoryClientObject | MemoryClientObject[] };

/** The fake `Excel` namespace: `run` and the enums add-in code references. */
export interface MemoryExcelNamespace {
  run<T>(batch: MemoryBatch<T>): Promise<T>;
  run<T>(previous: MemoryRunTarget, batch: MemoryBatch<T>): Promise<T>;
  readonly ChartType: typeof ChartType;
  readonly ChartSeriesBy: typeof ChartSeriesBy;
  readonly SheetVisibility: typeof SheetVisibility;
  readonly RangeValueType: typeof RangeValueType;
  readonly HorizontalAlignment: typeof HorizontalAlignment;
  readonly VerticalAlignment: typeof VerticalAlignment;
  readonly ClearApplyTo: typeof ClearApplyTo;
  readonly ErrorCodes: typeof ErrorCodes;
}

/** The fake `OfficeExtension` namespace (`error instanceof OfficeExtension.Error` works). */
export interface MemoryOfficeExtensionNamespace {
  readonly Error: typeof MemoryOfficeError;
  readonly ErrorCodes: typeof MemoryErrorCodes;
}

export interface MemoryExcelOptions {
  /** Largest request body a sync may carry; default 5 MB as in Excel on the web. */
  readonly payloadLimitBytes?: number;
  /** Largest response a sync may return; default 5 MB. */
  readonly responseLimitBytes?: number;
}

export interface MemoryExcel {
  readonly Excel: MemoryExcelNamespace;
  readonly OfficeExtension: MemoryOfficeExtensionNamespace;
  readonly model: MemoryWorkbookModel;
  readonly metrics: Metrics;
  /** Read at every sync, so a test may lower a limit to exercise chunking. */
  readonly limits: MemoryLimits;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

function contextOf(target: unknown): MemoryRequestContext | undefined {
  if (target instanceof MemoryRequestContext) return target;
  if (target instanceof MemoryClientObject) return target.context;
  if (Array.isArray(target)) return target.length > 0 ? contextOf(target[0]) : undefined;
  if (typeof target === "object" && target !== null && "previousObjects" in target) {
    return contextOf((target as { previousObjects?: unknown }).previousObjects);
  }
  return undefined;
}

function createRun(env: MemoryEnvironment) {
  return async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") {
      throw officeError(
        "InvalidArgument",
        "Excel.run needs a batch function as its last argument."
      );
    }
    env.metrics.runCount++;
    const previous = args.length > 1 ? contextOf(args[0]) : undefined;
    const context = previous ?? new MemoryRequestContext(env);
    previous?._reopen();
    try {
      const pending: unknown = batch(context);
      if (!isThenable(pending)) throw officeError("RunMustReturnPromise");
      const result = await pending;
      // Office.js sends what is still queued when the batch resolves; an empty queue sends nothing.
      if (context._hasPending()) await context._send(true);
      return result;
    } finally {
      context._end();
    }
  };
}

/**
 * Creates a fake Excel over `workbook` (a new workbook with "Sheet1" when omitted; a model without sheets
 * gets "Sheet1" too, since Excel always has one).
 *
 * @example
 * const { Excel, model, metrics } = createMemoryExcel();
 * await Excel.run(async (context) => {
 *   context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[42]];
 * });
 * model.getValues("Sheet1", "A1") //=> [[42]]
 * metrics.syncCount //=> 1  (the final implicit sync, which had a pending write)
 */
export function createMemoryExcel(
  workbook?: MemoryWorkbookModel,
  options: MemoryExcelOptions = {}
): MemoryExcel {
  const model = workbook ?? new MemoryWorkbookModel();
  if (model.sheets.length === 0) model.addSheet("Sheet1");
  const metrics = createMetrics();
  const limits: MemoryLimits = {
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
    responseLimitBytes: options.responseLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
  };
  const env: MemoryEnvironment = { model, metrics, limits };
  const Excel = {
    run: createRun(env),
    ChartType,
    ChartSeriesBy,
    SheetVisibility,
    RangeValueType,
    HorizontalAlignment,
    VerticalAlignment,
    ClearApplyTo,
    ErrorCodes,
  } as MemoryExcelNamespace;
  const OfficeExtension: MemoryOfficeExtensionNamespace = {
    Error: MemoryOfficeError,
    ErrorCodes: MemoryErrorCodes,
  };
  return { Excel, OfficeExtension, model, metrics, limits };
}

/**
 * Points the globals `Excel` and `OfficeExtension` at a fake (for code that calls the global
 * `Excel.run`), and returns a function that restores what was there before.
 */
export function installMemoryExcel(fake: MemoryExcel, target: object = globalThis): () => void {
  const globals = target as Record<string, unknown>;
  const before = { Excel: globals.Excel, OfficeExtension: globals.OfficeExtension };
  globals.Excel = fake.Excel;
  globals.OfficeExtension = fake.OfficeExtension;
  return () => {
    globals.Excel = before.Excel;
    globals.OfficeExtension = before.OfficeExtension;
  };
}
