import { ReportContext, ReportInput, amountCells } from "../report-context";
import { OutputSheet, sourcedBlock } from "../output-model";
import { serialFromDay } from "../../dates/excel-serial";
import { yuanToCell } from "../../money/money";
import { fiscalYearLabel } from "../../projection/fiscal-year";
import type { ProjectionRow } from "../../projection/project";
import { MAX_DATA_ROWS_PER_SHEET } from "../output-model";
import { CellValue, OutputColumn } from "../../table/table-schema";

/**
 * The Projection sheet: one row per payment, continued on further sheets past 1,000,000 rows. Its rows
 * are made when they are written (a RowSource over the projection), so a run never holds hundreds of
 * thousands of them besides the payments they are made from.
 */
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
  // Hundreds of thousands of rows share few distinct words, labels and amounts: each is made once.
  const labels = new Map<number, string>();
  const cell = amountCells(yuanToCell);
  const number = amountCells((amount) => amount.toNumber());
  const granted = t("basisGranted");
  const pending = t("basisPending");
  const payments = input.projection;
  const labelOf = (row: ProjectionRow): string => {
    let label = labels.get(row.fiscalYear);
    if (label === undefined)
      labels.set(
        row.fiscalYear,
        (label = fiscalYearLabel(row.fiscalYear, settings.fiscalYearStartMonth))
      );
    return label;
  };
  const basisOf = (row: ProjectionRow): string =>
    (row.basis === "granted" ? granted : pending) +
    (row.surcharge ? t("basisOverdue", { surcharge: yuanToCell(row.surcharge) }) : "");
  // One literal per layout: pushing onto a literal would grow its store to about three times the row.
  const rowAt = (index: number): CellValue[] => {
    const row = payments[index];
    return converting
      ? [
          row.id,
          row.owner,
          kind(row.kind),
          row.year,
          serialFromDay(row.due),
          labelOf(row),
          cell(row.fee),
          number(row.reduction),
          cell(row.payable),
          number(row.converted),
          basisOf(row),
        ]
      : [
          row.id,
          row.owner,
          kind(row.kind),
          row.year,
          serialFromDay(row.due),
          labelOf(row),
          cell(row.fee),
          number(row.reduction),
          cell(row.payable),
          basisOf(row),
        ];
  };
  const projectionSheets: OutputSheet[] = [];
  const parts = Math.max(1, Math.ceil(payments.length / MAX_DATA_ROWS_PER_SHEET));
  for (let part = 0; part < parts; part += 1) {
    const suffix = part === 0 ? "" : ` ${part + 1}`;
    const first = part * MAX_DATA_ROWS_PER_SHEET;
    const count = Math.min(MAX_DATA_ROWS_PER_SHEET, payments.length - first);
    projectionSheets.push({
      role: "projection",
      name: t("sheetProjection") + suffix,
      blocks: [
        sourcedBlock(
          { top: 0, columns: projectionColumns, tableName: `IPProjection${part + 1}` },
          {
            count: Math.max(0, count),
            rowAt: (index) => rowAt(first + index),
          }
        ),
      ],
      charts: [],
      freezeHeaderRows: 1,
    });
  }
  return projectionSheets;
}
