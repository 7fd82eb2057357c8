/* The pane's words: numbers, dates and outcomes turned into text through the translated tables
 * (core/i18n). No DOM here: the view puts these strings in with textContent. */
import { yearRanges } from "../core/offices/cn/holiday-calendar";
import { Language, StringKey, translate } from "../core/i18n/strings";
import { yuanToCell } from "../core/money/money";
import { projectionSheetCount } from "../core/report/build-report";
import { RunPlan } from "../core/app/plan-run";
import { MAX_DATA_ROWS_PER_SHEET } from "../core/report/output-model";
import { PortfolioSource, WriteReport } from "../excel/workbook-port";

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/** The pane's numbers are grouped the same in every language (1,040,000), as the sheets show them. */
export const countText = (n: number): string => n.toLocaleString("en-US");

/** Money to two decimals with grouping (the done message's subsidies). */
export const moneyText = (n: number): string =>
  n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function translator(language: Language): Translate {
  return (key, values) => translate(language, key, values);
}

/** The label of a source in the Portfolio menu. */
export function sourceLabel(t: Translate, source: PortfolioSource): string {
  return source.kind === "table"
    ? `${source.name} (${source.sheet}, ${source.rows})`
    : `${t("sourceRegion")}: ${source.address}`;
}

/** The message of an error the pane did not expect. */
export function failureText(t: Translate, error: unknown): string {
  return `${t("errorPrefix")} ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * The projection sheets a plan will write, known before writing: their names from the plan or, when a
 * plan does not list its sheets, from its rows and the sheet limit ("IP Projection", "IP Projection 2"…,
 * as report/split-sheet names them).
 */
export function projectionSheetsOf(
  plan: Pick<RunPlan, "sheets" | "projectionRows">,
  baseName: string
): string[] {
  const names = plan.sheets.filter((s) => s.role === "projection").map((s) => s.name);
  if (names.length > 0) return names;
  return Array.from({ length: projectionSheetCount(plan.projectionRows) }, (_, i) =>
    i === 0 ? baseName : `${baseName} ${i + 1}`
  );
}

/** Before writing: "1,040,000 projection rows will be written on 2 sheets (IP Projection, IP Projection 2)…" */
export function writingPlanText(
  t: Translate,
  plan: Pick<RunPlan, "sheets" | "projectionRows">
): string {
  const names = projectionSheetsOf(plan, t("sheetProjection"));
  return t(names.length === 1 ? "writingRowsOneSheet" : "writingRowsSheets", {
    rows: countText(plan.projectionRows),
    sheets: names.length,
    names: names.join(", "),
    perSheet: countText(MAX_DATA_ROWS_PER_SHEET),
  });
}

/** What a write did, in one sentence per fact. */
export function outcomeText(t: Translate, report: WriteReport): string {
  if (report.outcome === "cancelled") return t("cancelled");
  if (report.outcome === "failed")
    return report.restored === false
      ? t("writeFailedLeft", {
          error: report.error ?? "",
          sheets: (report.leftBehind ?? []).join(", "),
        })
      : t("writeFailed", { error: report.error ?? "" });
  return [
    report.removed.length > 0 ? t("doneReplaced", { sheets: report.removed.join(", ") }) : "",
    report.kept.length > 0 ? t("doneKept", { sheets: report.kept.join(", ") }) : "",
    report.cutCells > 0 ? t("doneCut", { count: report.cutCells }) : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** The status after a written run: rows, rights, sheets, time, subsidies, holiday notices, outcome. */
export function doneText(
  t: Translate,
  plan: RunPlan,
  report: WriteReport & { seconds: number }
): string {
  return (
    `${t("done", {
      rows: countText(plan.projectionRows),
      rights: plan.rights,
      sheets: report.sheets.join(", "),
      seconds: report.seconds.toFixed(2),
    })} ${t("doneSubsidies", {
      count: plan.offsets.length,
      amount: moneyText(yuanToCell(plan.subsidiesInHorizon)),
    })}` +
    (plan.yearsWithoutNotice.length > 0
      ? ` ${t("doneHolidays", { years: yearRanges(plan.yearsWithoutNotice) })}`
      : "") +
    ` ${outcomeText(t, report)}`.trimEnd()
  );
}
