import { ProgrammeSources, ReportInput, reportContext } from "./report-context";
import { blockRowCount, MAX_DATA_ROWS_PER_SHEET, OutputSheet } from "./output-model";
import { deadlinesSheet } from "./sheets/deadlines-sheet";
import { issuesSheet } from "./sheets/issues-sheet";
import { offsetsSheetOf } from "./sheets/offsets-sheet";
import { projectionSheets } from "./sheets/projection-sheet";
import { summarySheet } from "./sheets/summary-sheet";
import { splitLongSheet } from "./split-sheet";
import { runSteps } from "../table/steps";

export type { ProgrammeSources, ReportInput };

/**
 * The sheets of a projection run, in the user's language, each from its own builder (sheets/): Projection
 * (split over continuation sheets past 1,000,000 rows, as every one-table sheet is), Summary (assumptions;
 * fees, subsidies and net cost per fiscal year with a chart; payable per owner; subsidy offsets by where
 * they stand), Subsidy offsets, Deadlines, Issues.
 */
export function buildReport(input: ReportInput): OutputSheet[] {
  return runSteps(buildReportInSteps(input));
}

/** Where a report being built has got to: the sheet being made and its rows made so far. */
export interface ReportStep {
  sheet: string;
  rows: number;
}

/**
 * `buildReport`, pausing after each sheet, so a run can show progress
 * and be cancelled in between.
 */
export function* buildReportInSteps(
  input: ReportInput
): Generator<ReportStep, OutputSheet[], void> {
  const ctx = reportContext(input);
  const projectionName = ctx.t("sheetProjection");
  // The Projection's rows are made when written (see projectionSheets): nothing to pause for here.
  const sheets = projectionSheets(input, ctx);
  yield { sheet: projectionName, rows: input.projection.length };
  // Every one-table sheet past Excel's rows continues on further sheets, not only the projection.
  const rest = [
    () => [summarySheet(input, ctx)],
    () => splitLongSheet(offsetsSheetOf(input, ctx)),
    () => splitLongSheet(deadlinesSheet(input, ctx)),
    () => splitLongSheet(issuesSheet(input, ctx)),
  ];
  for (const make of rest) {
    const made = make();
    sheets.push(...made);
    yield {
      sheet: made[0]?.name ?? "",
      rows: made.reduce((n, s) => n + s.blocks.reduce((m, b) => m + blockRowCount(b), 0), 0),
    };
  }
  return sheets;
}

/** Rows that need more than one projection sheet, for the pane's warning before writing. */
export function projectionSheetCount(rows: number): number {
  return Math.max(1, Math.ceil(rows / MAX_DATA_ROWS_PER_SHEET));
}
