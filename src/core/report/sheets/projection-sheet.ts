import { ReportContext, ReportInput, amountCells } from "../report-context";
import { OutputSheet, sourcedBlock } from "../output-model";
import { serialFromDay } from "../../dates/excel-serial";
import { yuanToCell } from "../../money/money";
import { fiscalYearLabel } from "../../projection/fiscal-year";
import { MAX_DATA_ROWS_PER_SHEET } from "../output-model";
import { CellValue, EXCEL_MAX_CELL_TEXT, OutputColumn } from "../../table/table-schema";

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
  // A million rows share a hundred thousand rights, a few amounts and fiscal years: the cells of each
  // right, amounts entry and fiscal year are made once, and a row is made from the payment's columns.
  const payments = input.projection;
  const { rights, amounts } = payments;
  const granted = t("basisGranted");
  const pending = t("basisPending");
  const ids: string[] = new Array<string>(rights.length);
  const owners: string[] = new Array<string>(rights.length);
  const kinds: string[] = new Array<string>(rights.length);
  const bases: string[] = new Array<string>(rights.length);
  // Every text of a row is in a text column: only an ID or owner longer than a cell holds needs the
  // writer to look at the rows (see RowSource.checked).
  let longest = 0;
  for (let r = 0; r < rights.length; r += 1) {
    const right = rights[r];
    longest = Math.max(longest, right.id.length, right.owner.length);
    ids[r] = right.id;
    owners[r] = right.owner;
    kinds[r] = kind(right.kind);
    bases[r] = right.basis === "granted" ? granted : pending;
  }
  const cell = amountCells(yuanToCell);
  const number = amountCells((amount) => amount.toNumber());
  const fees: number[] = new Array<number>(amounts.length);
  const reductions: number[] = new Array<number>(amounts.length);
  const payables: number[] = new Array<number>(amounts.length);
  const converted: number[] = new Array<number>(amounts.length);
  const overdue: string[] = new Array<string>(amounts.length);
  for (let a = 0; a < amounts.length; a += 1) {
    const entry = amounts[a];
    fees[a] = cell(entry.fee);
    reductions[a] = number(entry.reduction);
    payables[a] = cell(entry.payable);
    converted[a] = number(entry.converted);
    overdue[a] = entry.surcharge
      ? t("basisOverdue", { surcharge: yuanToCell(entry.surcharge) })
      : "";
  }
  const labels = new Map<number, string>();
  const labelOf = (fiscalYear: number): string => {
    let label = labels.get(fiscalYear);
    if (label === undefined)
      labels.set(fiscalYear, (label = fiscalYearLabel(fiscalYear, settings.fiscalYearStartMonth)));
    return label;
  };
  const { right: rightOf, amount: amountOf, year, due, fiscalYear } = payments;
  // A row's cells, written into an array the writer reuses (RowSource.fill) or a new one (rowAt).
  const fill = (index: number, row: CellValue[]): void => {
    const r = rightOf[index];
    const a = amountOf[index];
    row[0] = ids[r];
    row[1] = owners[r];
    row[2] = kinds[r];
    row[3] = year[index];
    row[4] = serialFromDay(due[index]);
    row[5] = labelOf(fiscalYear[index]);
    row[6] = fees[a];
    row[7] = reductions[a];
    row[8] = payables[a];
    let next = 9;
    if (converting) row[next++] = converted[a];
    row[next] = overdue[a] === "" ? bases[r] : bases[r] + overdue[a];
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
            rowAt: (index) => {
              const row: CellValue[] = [];
              fill(first + index, row);
              return row;
            },
            fill: (index, row) => fill(first + index, row),
            checked: longest <= EXCEL_MAX_CELL_TEXT,
          }
        ),
      ],
      charts: [],
      freezeHeaderRows: 1,
    });
  }
  return projectionSheets;
}
