import { planRun, RunPlan, RunSources, RunStep } from "../core/app/plan-run";
import { Language } from "../core/i18n/strings";
import { UserColumnMap } from "../core/portfolio/ledger-column-map";
import { FEE_TABLE_NAME } from "../core/offices/cn/fee-schedule-table";
import { HOLIDAY_TABLE_NAME } from "../core/offices/cn/holiday-table";
import { ProjectionSettings } from "../core/projection/settings";
import { PROGRAMME_TABLE_NAME } from "../core/subsidy/programme-table-columns";
import { LOANS_TABLE_NAME } from "../core/finance/loans-table";
import { LPR_TABLE_NAME } from "../core/finance/lpr-user-table";
import { RATE_TABLE_NAME } from "../core/projection/rate-table";
import { PortfolioSource, WorkbookPort, WriteOptions, WriteReport } from "../excel/workbook-port";
import { RunCancelled, createPacer } from "./run-pacing";

// The pacing lives apart so the pane can load it with the page and this module on the first run.
export { RunCancelled, createPacer, nextTask, SLICE_MS } from "./run-pacing";

/** A plan ready to write; the same as the core's run plan. */
export type PreparedRun = RunPlan;

/** The tables a run reads besides the portfolio, found by name (see readRunSources). */
const OTHER_TABLES = {
  feeTable: FEE_TABLE_NAME,
  holidayTable: HOLIDAY_TABLE_NAME,
  programmeTable: PROGRAMME_TABLE_NAME,
  loansTable: LOANS_TABLE_NAME,
  lprTable: LPR_TABLE_NAME,
  rateTable: RATE_TABLE_NAME,
} as const;

/** Reads every source of a run from the workbook: the glue's only reading step. */
export async function readRunSources(
  port: WorkbookPort,
  source: PortfolioSource,
  columnMap?: UserColumnMap,
  pause?: () => Promise<void>
): Promise<RunSources> {
  // The other tables are read with the list, in its requests (unless one is the list itself).
  const keys = (Object.keys(OTHER_TABLES) as (keyof typeof OTHER_TABLES)[]).filter(
    (key) =>
      !(source.kind === "table" && OTHER_TABLES[key].toLowerCase() === source.name.toLowerCase())
  );
  const { grid: portfolio, tables } = await port.readSourceWithTables(
    source,
    keys.map((key) => OTHER_TABLES[key]),
    pause
  );
  const sources: RunSources = { portfolio, columnMap };
  keys.forEach((key, index) => {
    if (tables[index]) sources[key] = tables[index];
  });
  return sources;
}

export interface PrepareOptions {
  /** Checked after every yield; when true, planning stops and prepareRun throws RunCancelled. */
  isCancelled?: () => boolean;
  /** Awaited after every step (default: a pacer yielding every SLICE_MS). */
  pause?: () => Promise<void>;
}

/**
 * Reads the sources and plans the run (core/app/plan-run), letting the browser paint and handle a Cancel
 * between steps; nothing is written: the pane can say what will be written before the user confirms.
 * Works with any number of steps: it yields to the browser only when a slice of time has passed.
 */
export async function prepareRun(
  port: WorkbookPort,
  source: PortfolioSource,
  settings: ProjectionSettings,
  language: Language,
  onStep?: (step: RunStep) => void,
  columnMap?: UserColumnMap,
  options: PrepareOptions = {}
): Promise<PreparedRun> {
  const pause = options.pause ?? createPacer().pause;
  const stopIfCancelled = () => {
    if (options.isCancelled?.()) throw new RunCancelled();
  };
  let sources: RunSources | undefined = await readRunSources(port, source, columnMap, pause);
  await pause();
  stopIfCancelled();
  const run = planRun(sources, settings, language);
  // The plan lets go of the list's grid once it is read (34 MB per 100,000 rows with its value types);
  // a suspended async function keeps its locals, so this one must let go too.
  sources = undefined;
  let step = run.next();
  while (!step.done) {
    onStep?.(step.value);
    await pause();
    if (options.isCancelled?.()) {
      // Lets the generator run its finally blocks, if it has any, before the run is dropped.
      run.return(undefined as never);
      throw new RunCancelled();
    }
    step = run.next();
  }
  return step.value;
}

/** Writes a prepared run and times it. */
export async function writeRun(
  port: WorkbookPort,
  run: PreparedRun,
  options: WriteOptions
): Promise<WriteReport & { seconds: number }> {
  const started = Date.now();
  const report = await port.writeSheets(run.sheets, options);
  return { ...report, seconds: (Date.now() - started) / 1000 };
}
