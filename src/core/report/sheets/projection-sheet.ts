import { ReportContext, ReportInput } from "../report-context";
import { OutputSheet } from "../output-model";
import { serialFromDay } from "../../dates/excel-serial";
import { yuanToCell } from "../../money/money";
import { fiscalYearLabel } from "../../projection/fiscal-year";
import { MAX_DATA_ROWS_PER_SHEET } from "../output-model";
import { CellValue, OutputColumn } from "../../table/table-schema";

/** The Projection sheet: one row per payment, continued on further sheets past 1,000,000 rows. */
export function projectionSheets(input: ReportInput, ctx: ReportContext): OutputSheet[] {
  const { settings } = input;
  const { t, kind, converting, convertedColumn } = ctx;
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

  return projectionSheets;
}
