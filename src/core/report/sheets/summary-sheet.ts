import { ReportContext, ReportInput } from "../report-context";
import { OutputSheet } from "../output-model";
import { dayToIso } from "../../dates/civil";
import { ledgerText } from "../../i18n/ledger-strings";
import { Money, yuanToCell } from "../../money/money";
import { yearRanges } from "../../offices/cn/holiday-calendar";
import { NO_OWNER, OffsetTotal, SummaryLine } from "../../projection/summary";
import { CellValue, OutputColumn } from "../../table/table-schema";

/** The Summary sheet: assumptions, per fiscal year (with the chart), per owner, and the offsets' totals. */
export function summarySheet(input: ReportInput, ctx: ReportContext): OutputSheet {
  const { settings } = input;
  const { t, converting, convertedFormat, convertedColumn } = ctx;
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

  return summary;
}
