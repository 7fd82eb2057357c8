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

/** A plan ready to write; the same as the core's run plan. */
export type PreparedRun = RunPlan;

/** A table the workbook has besides the portfolio (found by its name), unless it is the portfolio itself. */
async function readOtherTable(port: WorkbookPort, portfolio: PortfolioSource, name: string) {
  const table = await port.findTable(name);
  if (!table || (portfolio.kind === "table" && portfolio.name === table.name)) return undefined;
  return port.readSource(table);
}

/** Reads every source of a run from the workbook: the glue's only reading step. */
export async function readRunSources(
  port: WorkbookPort,
  source: PortfolioSource,
  columnMap?: UserColumnMap
): Promise<RunSources> {
  return {
    portfolio: await port.readSource(source),
    columnMap,
    feeTable: await readOtherTable(port, source, FEE_TABLE_NAME),
    holidayTable: await readOtherTable(port, source, HOLIDAY_TABLE_NAME),
    programmeTable: await readOtherTable(port, source, PROGRAMME_TABLE_NAME),
    loansTable: await readOtherTable(port, source, LOANS_TABLE_NAME),
    lprTable: await readOtherTable(port, source, LPR_TABLE_NAME),
    rateTable: await readOtherTable(port, source, RATE_TABLE_NAME),
  };
}

/** Lets the browser paint between two stages of a run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads the sources and plans the run (core/app/plan-run), pausing between stages so the pane can show
 * progress; nothing is written: the pane can say what will be written before the user confirms.
 */
export async function prepareRun(
  port: WorkbookPort,
  source: PortfolioSource,
  settings: ProjectionSettings,
  language: Language,
  onStep?: (step: RunStep) => void,
  columnMap?: UserColumnMap
): Promise<PreparedRun> {
  const run = planRun(await readRunSources(port, source, columnMap), settings, language);
  let step = run.next();
  while (!step.done) {
    onStep?.(step.value);
    await nextTask();
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
