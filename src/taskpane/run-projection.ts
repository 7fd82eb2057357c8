import { FEE_TABLE_NAME, FeeTableRead, readFeeScheduleTable } from "../core/cn/fee-schedule-table";
import { CN_RULES, CnRules } from "../core/cn/rules";
import { HOLIDAY_TABLE_NAME, HolidayTableRead, readHolidayTable } from "../core/cn/holiday-table";
import { yearsWithoutNotice } from "../core/cn/holiday-calendar";
import { addMonthsClamped, addYearsClamped } from "../core/dates/civil";
import { isFeeError } from "../core/errors/fee-error";
import { Language } from "../core/i18n/strings";
import { Money } from "../core/money";
import { columnLetter } from "../core/portfolio/a1";
import { applicantLocations } from "../core/portfolio/applicant-locations";
import { readPortfolio, RowIssue } from "../core/portfolio/read-portfolio";
import { portfolioEvents } from "../core/portfolio/subsidy-events";
import { applySubsidies } from "../core/projection/apply-subsidies";
import { BudgetOffset, budgetOffsets } from "../core/projection/budget-offsets";
import { deadlines } from "../core/projection/deadlines";
import { projectPortfolio } from "../core/projection/project";
import { ProjectionSettings } from "../core/projection/settings";
import { summarize } from "../core/projection/summary";
import { buildReport, ProgrammeSources } from "../core/report/build-report";
import { OutputSheet } from "../core/report/output-model";
import { BUILT_IN_PROGRAMMES } from "../core/subsidy/built-in";
import { mergeProgrammes } from "../core/subsidy/merge-programmes";
import { PROGRAMME_TABLE_NAME } from "../core/subsidy/programme-table-columns";
import { ProgrammeTableRead, readProgrammeTable } from "../core/subsidy/read-programme-table";
import { PortfolioSource, WorkbookPort, WriteOptions, WriteReport } from "../excel/workbook-port";

export interface PreparedRun {
  sheets: OutputSheet[];
  issues: RowIssue[];
  rights: number;
  projectionRows: number;
  /** Every subsidy offset, placed against the budget (the rows of the Subsidy offsets sheet). */
  offsets: BudgetOffset[];
  /** The CNY subsidies counted in the horizon's fiscal years. */
  subsidiesInHorizon: Money;
  programmes: ProgrammeSources;
  /** Years of the run's dates without a State Council holiday notice: their deadlines are lower bounds. */
  yearsWithoutNotice: number[];
}

/** The user's programmes table, when the workbook has one (found by its table name, wherever it is). */
async function readUserProgrammes(
  port: WorkbookPort,
  portfolio: PortfolioSource
): Promise<ProgrammeTableRead | undefined> {
  const table = await port.findTable(PROGRAMME_TABLE_NAME);
  if (!table || (portfolio.kind === "table" && portfolio.name === table.name)) return undefined;
  return readProgrammeTable(await port.readSource(table));
}

/** The user's fee table, when the workbook has one: its schedules replace the built-in ones if valid. */
async function readUserFees(
  port: WorkbookPort,
  portfolio: PortfolioSource
): Promise<(FeeTableRead & { sheet: string }) | undefined> {
  const table = await port.findTable(FEE_TABLE_NAME);
  if (!table || (portfolio.kind === "table" && portfolio.name === table.name)) return undefined;
  return { ...readFeeScheduleTable(await port.readSource(table)), sheet: table.sheet };
}

/** The user's holiday table, when the workbook has one: its years replace or add notices if valid. */
async function readUserHolidays(
  port: WorkbookPort,
  portfolio: PortfolioSource,
  base: CnRules
): Promise<HolidayTableRead | undefined> {
  const table = await port.findTable(HOLIDAY_TABLE_NAME);
  if (!table || (portfolio.kind === "table" && portfolio.name === table.name)) return undefined;
  return readHolidayTable(await port.readSource(table), base);
}

/**
 * Reads the portfolio and the programmes table, and computes every output sheet, without writing
 * anything: the pane can then say what will be written (and which earlier sheets replaced) before the
 * user confirms. Subsidies: the built-in programmes plus the user's table (a table programme with a
 * built-in id replaces it), applied per applicant to the portfolio's events (grants, PCT publications,
 * trademark registrations, the projection's annuity payments); problems of both tables are issues.
 */
export async function prepareRun(
  port: WorkbookPort,
  source: PortfolioSource,
  settings: ProjectionSettings,
  language: Language
): Promise<PreparedRun> {
  const grid = await port.readSource(source);
  const fees = await readUserFees(port, source);
  const holidayTable = await readUserHolidays(port, source, fees?.rules ?? CN_RULES);
  const rules = holidayTable?.rules ?? fees?.rules ?? CN_RULES;
  const read = readPortfolio(grid, rules);
  const projection = projectPortfolio(read.rights, settings, rules);
  const table = await readUserProgrammes(port, source);
  const programmeSet = mergeProgrammes(BUILT_IN_PROGRAMMES, table);

  const locationIndex = read.columns.applicantLocation;
  const located = applicantLocations(
    read.records,
    grid.sheet,
    locationIndex === undefined
      ? undefined
      : {
          letter: columnLetter(grid.left + locationIndex),
          header: String(grid.values[0]?.[locationIndex] ?? ""),
        }
  );
  const events = portfolioEvents(read.records, projection.rows, grid.sheet, located.conflicting);
  const subsidyIssues: RowIssue[] = [];
  let offsets: BudgetOffset[] = [];
  try {
    offsets = budgetOffsets(
      applySubsidies(events.events, programmeSet.programmes, located.locations),
      settings
    );
  } catch (error) {
    // The fee projection stands on its own: a subsidy problem is reported, never fatal.
    if (!isFeeError(error)) throw error;
    subsidyIssues.push({
      sheet: grid.sheet,
      row: grid.top,
      column: "",
      header: "",
      kind: "warning",
      message: `Subsidies could not be computed: ${error.message}`,
    });
  }

  // Portfolio issues by row (projection issues name the source sheet like reading issues do), then
  // the programmes table's.
  const portfolioIssues = [
    ...read.issues,
    ...projection.issues.map((issue) => ({ ...issue, sheet: grid.sheet })),
    ...located.issues,
    ...events.issues,
    ...subsidyIssues,
  ].sort((a, b) => a.row - b.row);
  const issues = [
    ...portfolioIssues,
    ...(fees?.issues ?? []),
    ...(holidayTable?.issues ?? []),
    ...(table?.issues ?? []),
    ...programmeSet.issues,
  ];
  const programmes: ProgrammeSources = {
    applied: programmeSet.programmes.map((programme) => programme.id),
    fromTable: programmeSet.fromTable,
    replaced: programmeSet.replaced,
    tableSheet: table?.sheet,
  };
  const summary = summarize(projection.rows, settings, offsets);
  // Dates shown reach past the horizon by a grace period at most.
  const missingNotices = yearsWithoutNotice(
    rules.holidays,
    settings.asOf,
    addMonthsClamped(addYearsClamped(settings.asOf, settings.horizonYears), 6)
  );
  const sheets = buildReport({
    rights: read.rights.length,
    projection: projection.rows,
    summary,
    deadlines: deadlines(read.rights, settings, rules),
    feeTableSheet: fees?.rules ? fees.sheet : undefined,
    yearsWithoutNotice: missingNotices,
    lapsed: projection.lapsed,
    issues,
    settings,
    language,
    offsets,
    programmes,
  });
  return {
    sheets,
    issues,
    rights: read.rights.length,
    projectionRows: projection.rows.length,
    offsets,
    subsidiesInHorizon: summary.total.subsidies,
    programmes,
    yearsWithoutNotice: missingNotices,
  };
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
