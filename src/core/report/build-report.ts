import { ledgerText } from "../i18n/ledger-strings";
import { RightKind } from "../offices/cn/right-kind";
import { DayNumber, dayToIso } from "../dates/civil";
import { serialFromDay } from "../dates/excel-serial";
import { Language, StringKey, translate } from "../i18n/strings";
import { Money, yuanToCell } from "../money/money";
import { BudgetOffset, OffsetPlacement } from "../projection/budget-offsets";
import { DeadlineRow, DeadlineStatus } from "../projection/deadlines";
import { LapsedRight, ProjectionRow } from "../projection/project";
import { yearRanges } from "../offices/cn/holiday-calendar";
import { ProjectionSettings } from "../projection/settings";
import { NO_OWNER, OffsetTotal, ProjectionSummary, SummaryLine } from "../projection/summary";
import { EventKind } from "../subsidy/events";
import { OffsetPart } from "../subsidy/outcome";
import { fiscalYearLabel } from "../projection/fiscal-year";
import { minorUnits } from "../projection/currency";
import { MAX_DATA_ROWS_PER_SHEET, OutputSheet } from "./output-model";
import { splitLongSheet } from "./split-sheet";
import { RowIssue } from "../table/grid";
import { CellValue, ColumnFormat, OutputColumn } from "../table/table-schema";

/**
 * Where the run's subsidy programmes came from, for the assumptions.
 * @example const sources: ProgrammeSources = { applied: ["SZ-2021"], fromTable: ["SZ-2021"], replaced: ["SZ-2021"], tableSheet: "Subsidy programmes" };
 */
export interface ProgrammeSources {
  /** Every programme applied. */
  applied: string[];
  /** Programmes read from the user's table (new or replacing a built-in one). */
  fromTable: string[];
  /** Built-in programmes the table replaces. */
  replaced: string[];
  /** The sheet of the user's table, when there is one. */
  tableSheet?: string;
}

export interface ReportInput {
  rights: number;
  projection: ProjectionRow[];
  summary: ProjectionSummary;
  deadlines: DeadlineRow[];
  issues: RowIssue[];
  settings: ProjectionSettings;
  language: Language;
  /** Subsidy offsets, placed against the budget; none when omitted. */
  offsets?: BudgetOffset[];
  programmes?: ProgrammeSources;
  /** The sheet of the user's fee table when its schedules replaced the built-in ones. */
  feeTableSheet?: string;
  /** Calendar years of the run's dates without a State Council holiday notice (their shifts are lower bounds). */
  yearsWithoutNotice?: readonly number[];
  /** Rights left out of the budget because their earliest unpaid fee is past its last day. */
  lapsed?: readonly LapsedRight[];
  /** More assumptions (label, value) already in the run's language: how the list was read. */
  readingAssumptions?: CellValue[][];
}

const KIND_KEYS: Record<RightKind, StringKey> = {
  invention: "kindInvention",
  utility: "kindUtility",
  design: "kindDesign",
};

const EVENT_KEYS: Partial<Record<EventKind, StringKey>> = {
  grant: "eventGrant",
  publication: "eventPublication",
  registration: "eventRegistration",
  "annuity-paid": "eventAnnuity",
};

const PART_KEYS: Record<OffsetPart, StringKey> = {
  "per-case": "partCase",
  "first-time-bonus": "partBonus",
};

const PLACEMENT_KEYS: Record<OffsetPlacement, StringKey> = {
  horizon: "budgetHorizon",
  before: "budgetBefore",
  after: "budgetAfter",
  "other-currency": "budgetOtherCurrency",
};

const STATUS_KEYS: Record<DeadlineStatus, StringKey> = {
  grace: "statusGrace",
  upcoming: "statusUpcoming",
  lapsed: "statusLapsed",
  "paid-to-term-end": "statusPaid",
  expired: "statusExpired",
  abandoned: "statusAbandoned",
  "registration-due": "statusRegistrationDue",
  "registration-missed": "statusRegistrationMissed",
};

const date = (day: DayNumber | undefined): CellValue =>
  day === undefined ? "" : serialFromDay(day);
const yuan = (amount: Money | undefined): CellValue =>
  amount === undefined ? "" : yuanToCell(amount);

/**
 * The sheets of a projection run, in the user's language: Projection (split over continuation sheets
 * past 1,000,000 rows, as every one-table sheet is), Summary (assumptions; fees, subsidies and net cost per fiscal year with a chart;
 * payable per owner; subsidy offsets by where they stand), Subsidy offsets, Deadlines, Issues.
 */
export function buildReport(input: ReportInput): OutputSheet[] {
  const { settings, language } = input;
  const t = (key: StringKey, values?: Record<string, string | number>) =>
    translate(language, key, values);
  const converting = settings.currency.code !== "CNY";
  const convertedFormat: ColumnFormat =
    minorUnits(settings.currency.code) === 0 ? "money0" : "money";
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
    (row.basis === "granted" ? t("basisGranted") : t("basisPending")) +
      (row.surcharge ? t("basisOverdue", { surcharge: yuanToCell(row.surcharge) }) : ""),
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

  // Summary: assumptions, then per fiscal year (with the chart), per owner, and the offsets' totals.
  const programmes = input.programmes;
  const list = (ids: readonly string[] | undefined) =>
    ids && ids.length > 0 ? ids.join(", ") : t("none");
  const assumptions: CellValue[][] = [
    // As ISO text: the value column mixes texts and numbers, so a serial would show as a bare number.
    [t("assumptionAsOf"), dayToIso(settings.asOf)],
    [t("assumptionHorizon"), settings.horizonYears],
    [t("assumptionFy"), settings.fiscalYearStartMonth],
    [
      t("assumptionCurrency"),
      `${settings.currency.code} ${settings.currency.ratePerCny.toString()}`,
    ],
    [t("assumptionShift"), settings.shiftToWorkday ? t("yes") : t("no")],
    [
      t("assumptionHolidays"),
      input.yearsWithoutNotice && input.yearsWithoutNotice.length > 0
        ? t("assumptionHolidaysValue", { years: yearRanges(input.yearsWithoutNotice) })
        : t("none"),
    ],
    [
      t("assumptionLapsed"),
      input.lapsed && input.lapsed.length > 0
        ? t("assumptionLapsedValue", {
            count: input.lapsed.length,
            cost: input.lapsed
              .reduce((sum, right) => sum.plus(right.restorationCost), new Money(0))
              .toNumber()
              .toLocaleString("en-US"),
          })
        : t("none"),
    ],
    [
      t("assumptionFees"),
      input.feeTableSheet === undefined
        ? t("assumptionFeesValue")
        : t("assumptionFeesTable", { sheet: input.feeTableSheet }),
    ],
    [t("assumptionProgrammes"), list(programmes?.applied)],
    [
      t("assumptionProgrammeTable"),
      programmes?.tableSheet && programmes.fromTable.length > 0
        ? t("assumptionProgrammeTableValue", {
            ids: list(programmes.fromTable),
            sheet: programmes.tableSheet,
          })
        : t("none"),
    ],
    [t("assumptionReplaced"), list(programmes?.replaced)],
    [t("assumptionSubsidies"), t("assumptionSubsidiesValue")],
    [t("assumptionApplicants"), t("assumptionApplicantsValue")],
    ...(input.readingAssumptions ?? []),
  ];
  // Fees, subsidies and net stand next to the label, so the chart's source is one contiguous range.
  const currencyCode = settings.currency.code;
  const fyColumns: OutputColumn[] = [
    { header: t("colFiscalYear"), format: "text" },
    { header: t("colFees"), format: "money" },
    { header: t("colSubsidies"), format: "money" },
    { header: t("colNet"), format: "money" },
    ...(converting
      ? [
          { header: t("colFeesConverted", { currency: currencyCode }), format: convertedFormat },
          {
            header: t("colSubsidiesConverted", { currency: currencyCode }),
            format: convertedFormat,
          },
          { header: t("colNetConverted", { currency: currencyCode }), format: convertedFormat },
        ]
      : []),
    { header: t("colPayments"), format: "integer" },
  ];
  const fyLine = (l: SummaryLine): CellValue[] => [
    l.label,
    yuanToCell(l.payable),
    yuanToCell(l.subsidies),
    yuanToCell(l.net),
    ...(converting
      ? [l.converted.toNumber(), l.subsidiesConverted.toNumber(), l.netConverted.toNumber()]
      : []),
    l.payments,
  ];
  const ownerColumns: OutputColumn[] = [
    { header: t("colOwner"), format: "text" },
    { header: t("colPayable"), format: "money" },
    ...convertedColumn,
    { header: t("colPayments"), format: "integer" },
  ];
  const ownerLine = (l: SummaryLine): CellValue[] => [
    l.label === NO_OWNER ? ledgerText(input.language, "noOwner") : l.label,
    yuanToCell(l.payable),
    ...(converting ? [l.converted.toNumber()] : []),
    l.payments,
  ];
  const offsetColumns: OutputColumn[] = [
    { header: t("colDated"), format: "text" },
    { header: t("colSubsidies"), format: "money" },
    ...(converting
      ? [
          {
            header: t("colSubsidiesConverted", { currency: currencyCode }),
            format: convertedFormat,
          },
        ]
      : []),
    { header: t("colOffsets"), format: "integer" },
  ];
  const offsetLine = (label: string, total: OffsetTotal, amounts = true): CellValue[] => [
    label,
    amounts ? yuanToCell(total.applied) : "",
    ...(converting ? [amounts ? total.converted.toNumber() : ""] : []),
    total.offsets,
  ];
  const placed = input.summary.offsets;
  const fyRows = [
    ...input.summary.byFiscalYear.map(fyLine),
    fyLine({ ...input.summary.total, label: t("total") }),
  ];
  const ownerRows = input.summary.byOwner.map(ownerLine);
  const offsetRows = [
    offsetLine(t("offsetsHorizon"), placed.horizon),
    offsetLine(t("offsetsBefore"), placed.before),
    offsetLine(t("offsetsAfter"), placed.after),
    offsetLine(t("offsetsAll"), placed.all),
    offsetLine(t("offsetsOtherCurrency"), placed["other-currency"], false),
  ];
  const fyTop = 2 + assumptions.length + 1;
  const ownerTop = fyTop + fyRows.length + 3;
  const offsetsTop = ownerTop + ownerRows.length + 3;
  const summary: OutputSheet = {
    role: "summary",
    name: t("sheetSummary"),
    blocks: [
      {
        top: 1,
        title: t("assumptions"),
        columns: [
          { header: t("colItem"), format: "text" },
          { header: t("colValue"), format: "general" },
        ],
        rows: assumptions,
      },
      {
        top: fyTop,
        title: t("byFiscalYear"),
        columns: fyColumns,
        rows: fyRows,
      },
      { top: ownerTop, title: t("byOwner"), columns: ownerColumns, rows: ownerRows },
      { top: offsetsTop, title: t("offsetsTitle"), columns: offsetColumns, rows: offsetRows },
    ],
    // Fiscal-year labels against fees, subsidies and net (CNY), without the Total row.
    charts: [
      {
        title: t("chartTitle"),
        block: 1,
        columns: [0, 1, 2, 3],
        rowCount: input.summary.byFiscalYear.length,
        anchorRow: 1,
        anchorColumn: fyColumns.length + 1,
      },
    ],
  };

  // Subsidy offsets: one row per rule and event, with why it pays less than its formula gives.
  const offsetsSheet: OutputSheet = {
    role: "offsets",
    name: t("sheetOffsets"),
    blocks: [
      {
        top: 0,
        columns: [
          { header: t("colId"), format: "text" },
          { header: t("colApplicant"), format: "text" },
          { header: t("colEvent"), format: "text" },
          { header: t("colJurisdiction"), format: "text" },
          { header: t("colDate"), format: "date" },
          { header: t("colFiscalYear"), format: "text" },
          { header: t("colBudget"), format: "text" },
          { header: t("colProgramme"), format: "text" },
          { header: t("colRule"), format: "text" },
          { header: t("colPart"), format: "text" },
          { header: t("colCurrency"), format: "text" },
          { header: t("colGross"), format: "money" },
          { header: t("colApplied"), format: "money" },
          ...(converting
            ? [
                {
                  header: t("colAppliedConverted", { currency: currencyCode }),
                  format: convertedFormat,
                },
              ]
            : []),
          { header: t("colReason"), format: "text" },
          { header: t("colNote"), format: "text" },
        ],
        rows: (input.offsets ?? []).length
          ? (input.offsets ?? []).map((placedOffset) => {
              const { offset } = placedOffset;
              const eventKey = EVENT_KEYS[offset.event];
              return [
                offset.rightId,
                offset.applicant,
                eventKey ? t(eventKey) : offset.event,
                offset.jurisdiction,
                serialFromDay(offset.date),
                fiscalYearLabel(placedOffset.fiscalYear, settings.fiscalYearStartMonth),
                t(PLACEMENT_KEYS[placedOffset.placement]),
                offset.programmeId,
                offset.ruleId,
                t(PART_KEYS[offset.part]),
                offset.currency,
                yuanToCell(placedOffset.gross),
                yuanToCell(placedOffset.applied),
                ...(converting
                  ? [offset.currency === "CNY" ? placedOffset.converted.toNumber() : ""]
                  : []),
                offset.reason ?? "",
                offset.note ?? "",
              ];
            })
          : [[...Array<CellValue>(converting ? 14 : 13).fill(""), t("noOffsets"), ""]],
        tableName: "IPSubsidyOffsets",
      },
    ],
    charts: [],
    freezeHeaderRows: 1,
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
          { header: t("colCode"), format: "text" },
          { header: t("colYear"), format: "integer" },
          { header: t("colDue"), format: "date" },
          { header: t("colPayable"), format: "money" },
          { header: t("colSurcharge"), format: "money" },
          { header: t("colLastDay"), format: "date" },
          { header: t("colRestorationCost"), format: "money" },
          { header: t("colRestorationByNotice"), format: "date" },
          { header: t("colRestorationBy"), format: "date" },
          { header: t("colCostToEnd"), format: "money" },
          { header: t("colNote"), format: "text" },
        ],
        rows: input.deadlines.map((row) => [
          row.id,
          row.owner,
          kind(row.kind),
          t(STATUS_KEYS[row.status]),
          row.status,
          row.year ?? "",
          date(row.due),
          yuan(row.fee),
          yuan(row.surcharge),
          date(row.lastDay),
          yuan(row.restorationCost),
          row.restorationByNotice !== undefined
            ? date(row.restorationByNotice)
            : row.restorationCost !== undefined
              ? t("restorationAfterNotice")
              : "",
          date(row.restorationBy),
          yuanToCell(row.costToTermEnd),
          row.feeProblem ?? "",
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
  // Every one-table sheet past Excel's rows continues on further sheets, not only the projection.
  return [
    ...projectionSheets,
    summary,
    ...splitLongSheet(offsetsSheet),
    ...splitLongSheet(deadlines),
    ...splitLongSheet(issues),
  ];
}

/** Rows that need more than one projection sheet, for the pane's warning before writing. */
export function projectionSheetCount(rows: number): number {
  return Math.max(1, Math.ceil(rows / MAX_DATA_ROWS_PER_SHEET));
}
