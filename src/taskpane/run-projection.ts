import { Language } from "../core/i18n/strings";
import { readPortfolio, RowIssue } from "../core/portfolio/read-portfolio";
import { deadlines } from "../core/projection/deadlines";
import { projectPortfolio } from "../core/projection/project";
import { ProjectionSettings } from "../core/projection/settings";
import { summarize } from "../core/projection/summary";
import { buildReport } from "../core/report/build-report";
import { OutputSheet } from "../core/report/output-model";
import { PortfolioSource, WorkbookPort, WriteOptions, WriteReport } from "../excel/workbook-port";

export interface PreparedRun {
  sheets: OutputSheet[];
  issues: RowIssue[];
  rights: number;
  projectionRows: number;
}

/**
 * Reads the portfolio and computes every output sheet, without writing anything: the pane can then say
 * what will be written (and which earlier sheets replaced) before the user confirms.
 */
export async function prepareRun(
  port: WorkbookPort,
  source: PortfolioSource,
  settings: ProjectionSettings,
  language: Language
): Promise<PreparedRun> {
  const grid = await port.readSource(source);
  const read = readPortfolio(grid);
  const projection = projectPortfolio(read.rights, settings);
  // Projection issues (a year without reduction rule) name the source sheet like reading issues do.
  const issues = [
    ...read.issues,
    ...projection.issues.map((issue) => ({ ...issue, sheet: grid.sheet })),
  ];
  const sheets = buildReport({
    rights: read.rights.length,
    projection: projection.rows,
    summary: summarize(projection.rows, settings),
    deadlines: deadlines(read.rights, settings),
    issues,
    settings,
    language,
  });
  return { sheets, issues, rights: read.rights.length, projectionRows: projection.rows.length };
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
