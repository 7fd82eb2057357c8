import { RightKind } from "../cn/right-kind";
import { DayNumber } from "../dates/civil";
import { serialFromDay } from "../dates/excel-serial";
import { Language, StringKey, translate } from "../i18n/strings";
import { Money, yuanToCell } from "../money";
import { RowIssue } from "../portfolio/read-portfolio";
import { DeadlineRow, DeadlineStatus } from "../projection/deadlines";
import { ProjectionRow } from "../projection/project";
import { ProjectionSettings } from "../projection/settings";
import { ProjectionSummary } from "../projection/summary";
import { fiscalYearLabel } from "../projection/fiscal-year";
import { minorUnits } from "../projection/currency";
import { CellValue, MAX_DATA_ROWS_PER_SHEET, OutputColumn, OutputSheet } from "./output-model";

export interface ReportInput {
  rights: number;
  projection: ProjectionRow[];
  summary: ProjectionSummary;
  deadlines: DeadlineRow[];
  issues: RowIssue[];
  settings: ProjectionSettings;
  language: Language;
}

const KIND_KEYS: Record<RightKind, StringKey> = {
  invention: "kindInvention",
  utility: "kindUtility",
  design: "kindDesign",
};

const STATUS_KEYS: Record<DeadlineStatus, StringKey> = {
  grace: "statusGrace",
  upcoming: "statusUpcoming",
  lapsed: "statusLapsed",
  "paid-to-term-end": "statusPaid",
  expired: "statusExpired",
  abandoned: "statusAbandoned",
};

const date = (day: DayNumber | undefined): CellValue =>
  day === undefined ? "" : serialFromDay(day);
const yuan = (amount: Money | undefined): CellValue =>
  amount === undefined ? "" : yuanToCell(amount);

/**
 * The sheets of a projection run, in the user's language: Projection (split over continuation sheets
 * past 1,000,000 rows), Summary (assumptions, per fiscal year with a chart, per owner), Deadlines, Issues.
 */
export function buildReport(input: ReportInput): OutputSheet[] {
  const { settings, language } = input;
  const t = (key: StringKey, values?: Record<string, string | number>) =>
    translate(language, key, values);
  const converting = settings.currency.code !== "CNY";
  const convertedFormat = minorUnits(settings.currency.code) === 0 ? "money0" : "money";
  const convertedColumn: OutputColumn[] = converting
    ? [{ header: t("colConverted", { currency: settings.currency.code }), format: convertedFormat }]
    : [];
  const kind = (k: RightKind) => t(KIND_KEYS[k]);

  // Projection, one row per payment.
  const projectionColumns: OutputColumn[] = [
    { header: t("colId"), format: "text" },
    { header: t("colOwner"), format: "text" },
    { header: t("colKind"), format: "text" },
    { header: t("colYear"), format: "integer" },
    { header: t("colDue"), format: "date" },
    { header: t("colFiscalYear"), format: "text" },
    { header: t("colFee"), format: "money" },
    { header: t("colReduction"), format: "percent" },
    { header: t("colPayable"), format: "money" },
    ...convertedColumn,
    { header: t("colBasis"), format: "text" },
  ];
  const projectionRows: CellValue[][] = input.projection.map((row) => [
    row.id,
    row.owner,
    kind(row.kind),
    row.year,
    serialFromDay(row.due),
    fiscalYearLabel(row.fiscalYear, settings.fiscalYearStartMonth),
    yuanToCell(row.fee),
    row.reduction.toNumber(),
    yuanToCell(row.payable),
    ...(converting ? [row.converted.toNumber()] : []),
    row.basis === "granted" ? t("basisGranted") : t("basisPending"),
  ]);
  const projectionSheets: OutputSheet[] = [];
  const parts = Math.max(1, Math.ceil(projectionRows.length / MAX_DATA_ROWS_PER_SHEET));
  for (let part = 0; part < parts; part += 1) {
    const suffix = part === 0 ? "" : ` ${part + 1}`;
    projectionSheets.push({
      role: "projection",
      name: t("sheetProjection") + suffix,
      blocks: [
        {
          top: 0,
          columns: projectionColumns,
          rows: projectionRows.slice(
            part * MAX_DATA_ROWS_PER_SHEET,
            (part + 1) * MAX_DATA_ROWS_PER_SHEET
          ),
          tableName: `IPProjection${part + 1}`,
        },
      ],
      charts: [],
      freezeHeaderRows: 1,
    });
  }

  // Summary: assumptions, then per fiscal year (with the chart), then per owner.
  const assumptions: CellValue[][] = [
    [t("assumptionAsOf"), serialFromDay(settings.asOf)],
    [t("assumptionHorizon"), settings.horizonYears],
    [t("assumptionFy"), settings.fiscalYearStartMonth],
    [
      t("assumptionCurrency"),
      `${settings.currency.code} ${settings.currency.ratePerCny.toString()}`,
    ],
    [t("assumptionShift"), settings.shiftToWorkday ? t("yes") : t("no")],
    [t("assumptionFees"), t("assumptionFeesValue")],
  ];
  // The amounts stand next to the label, so the chart's source is one contiguous range.
  const lineColumns = (first: string): OutputColumn[] => [
    { header: first, format: "text" },
    { header: t("colPayable"), format: "money" },
    ...convertedColumn,
    { header: t("colPayments"), format: "integer" },
  ];
  const line = (l: {
    label: string;
    payments: number;
    payable: Money;
    converted: Money;
  }): CellValue[] => [
    l.label,
    yuanToCell(l.payable),
    ...(converting ? [l.converted.toNumber()] : []),
    l.payments,
  ];
  const fyRows = [
    ...input.summary.byFiscalYear.map(line),
    line({ ...input.summary.total, label: t("total") }),
  ];
  const ownerRows = input.summary.byOwner.map(line);
  const fyTop = 2 + assumptions.length + 1;
  const ownerTop = fyTop + fyRows.length + 3;
  const summary: OutputSheet = {
    role: "summary",
    name: t("sheetSummary"),
    blocks: [
      {
        top: 1,
        title: t("assumptions"),
        columns: [
          { header: t("assumptions"), format: "text" },
          { header: "", format: "general" },
        ],
        rows: assumptions,
      },
      {
        top: fyTop,
        title: t("byFiscalYear"),
        columns: lineColumns(t("colFiscalYear")),
        rows: fyRows,
      },
      { top: ownerTop, title: t("byOwner"), columns: lineColumns(t("colOwner")), rows: ownerRows },
    ],
    // The chart leaves out the Total row: fiscal-year lines only.
    charts: [
      {
        title: t("chartTitle"),
        block: 1,
        columns: [0, 1],
        rowCount: input.summary.byFiscalYear.length,
        anchorRow: 1,
        anchorColumn: 6,
      },
    ],
  };

  const deadlines: OutputSheet = {
    role: "deadlines",
    name: t("sheetDeadlines"),
    blocks: [
      {
        top: 0,
        columns: [
          { header: t("colId"), format: "text" },
          { header: t("colOwner"), format: "text" },
          { header: t("colKind"), format: "text" },
          { header: t("colStatus"), format: "text" },
          { header: t("colYear"), format: "integer" },
          { header: t("colDue"), format: "date" },
          { header: t("colPayable"), format: "money" },
          { header: t("colSurcharge"), format: "money" },
          { header: t("colLastDay"), format: "date" },
          { header: t("colRestorationBy"), format: "date" },
          { header: t("colCostToEnd"), format: "money" },
        ],
        rows: input.deadlines.map((row) => [
          row.id,
          row.owner,
          kind(row.kind),
          t(STATUS_KEYS[row.status]),
          row.year ?? "",
          date(row.due),
          yuan(row.fee),
          yuan(row.surcharge),
          date(row.lastDay),
          date(row.restorationBy),
          yuanToCell(row.costToTermEnd),
        ]),
        tableName: "IPDeadlines",
      },
    ],
    charts: [],
    freezeHeaderRows: 1,
  };

  const issues: OutputSheet = {
    role: "issues",
    name: t("sheetIssues"),
    blocks: [
      {
        top: 0,
        columns: [
          { header: t("colSheet"), format: "text" },
          { header: t("colRow"), format: "integer" },
          { header: t("colColumn"), format: "text" },
          { header: t("colHeader"), format: "text" },
          { header: t("colProblem"), format: "text" },
        ],
        rows: input.issues.length
          ? input.issues.map((i) => [i.sheet, i.row, i.column, i.header, i.message])
          : [["", "", "", "", t("noIssues")]],
        tableName: "IPIssues",
      },
    ],
    charts: [],
    freezeHeaderRows: 1,
  };
  return [...projectionSheets, summary, deadlines, issues];
}

/** Rows that need more than one projection sheet, for the pane's warning before writing. */
export function projectionSheetCount(rows: number): number {
  return Math.max(1, Math.ceil(rows / MAX_DATA_ROWS_PER_SHEET));
}
