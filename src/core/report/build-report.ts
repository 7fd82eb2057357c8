import { ProgrammeSources, ReportInput, reportContext } from "./report-context";
import { MAX_DATA_ROWS_PER_SHEET, OutputSheet } from "./output-model";
import { deadlinesSheet } from "./sheets/deadlines-sheet";
import { issuesSheet } from "./sheets/issues-sheet";
import { offsetsSheetOf } from "./sheets/offsets-sheet";
import { projectionSheets } from "./sheets/projection-sheet";
import { summarySheet } from "./sheets/summary-sheet";
import { splitLongSheet } from "./split-sheet";

export type { ProgrammeSources, ReportInput };

/**
 * The sheets of a projection run, in the user's language, each from its own builder (sheets/): Projection
 * (split over continuation sheets past 1,000,000 rows, as every one-table sheet is), Summary (assumptions;
 * fees, subsidies and net cost per fiscal year with a chart; payable per owner; subsidy offsets by where
 * they stand), Subsidy offsets, Deadlines, Issues.
 */
export function buildReport(input: ReportInput): OutputSheet[] {
  const ctx = reportContext(input);
  // Every one-table sheet past Excel's rows continues on further sheets, not only the projection.
  return [
    ...projectionSheets(input, ctx),
    summarySheet(input, ctx),
    ...splitLongSheet(offsetsSheetOf(input, ctx)),
    ...splitLongSheet(deadlinesSheet(input, ctx)),
    ...splitLongSheet(issuesSheet(input, ctx)),
  ];
}

/** Rows that need more than one projection sheet, for the pane's warning before writing. */
export function projectionSheetCount(rows: number): number {
  return Math.max(1, Math.ceil(rows / MAX_DATA_ROWS_PER_SHEET));
}
