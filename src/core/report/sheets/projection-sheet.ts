import { ReportContext, ReportInput } from "../report-context";
import { OutputSheet } from "../output-model";
import { serialFromDay } from "../../dates/excel-serial";
import { Money, yuanToCell } from "../../money/money";
import { fiscalYearLabel } from "../../projection/fiscal-year";
import { MAX_DATA_ROWS_PER_SHEET } from "../output-model";
import { CellValue, OutputColumn } from "../../table/table-schema";

/** Rows made between two pauses of a run (a few tens of milliseconds of work). */
export const PROJECTION_ROWS_PER_STEP = 50_000;

/** The Projection sheet: one row per payment, continued on further sheets past 1,000,000 rows. */
export function projectionSheets(input: ReportInput, ctx: ReportContext): OutputSheet[] {
  const steps = projectionSheetsInSteps(input, ctx);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The Projection sheets, pausing after every `PROJECTION_ROWS_PER_STEP` rows (the value yielded: rows
 * made so far), so a run can show progress and be cancelled while a large projection's rows are made.
 */
export function* projectionSheetsInSteps(
  input: ReportInput,
  ctx: ReportContext
): Generator<number, OutputSheet[], void> {
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
  const kinds = new Map<string, string>();
  const labels = new Map<number, string>();
  const cells = new Map<Money, number>();
  const numbers = new Map<Money, number>();
  // Amounts are shared per fee and reduction; a bound keeps the caches small if they were not.
  const cached = (cache: Map<Money, number>, amount: Money, make: (amount: Money) => number) => {
    let value = cache.get(amount);
    if (value === undefined) {
      value = make(amount);
      if (cache.size < 10_000) cache.set(amount, value);
    }
    return value;
  };
  const cell = (amount: Money) => cached(cells, amount, yuanToCell);
  const number = (amount: Money) => cached(numbers, amount, (a) => a.toNumber());
  const granted = t("basisGranted");
  const pending = t("basisPending");
  const payments = input.projection;
  const projectionRows: CellValue[][] = [];
  for (let index = 0; index < payments.length; index += 1) {
    const row = payments[index];
    let kindText = kinds.get(row.kind);
    if (kindText === undefined) kinds.set(row.kind, (kindText = kind(row.kind)));
    let label = labels.get(row.fiscalYear);
    if (label === undefined)
      labels.set(
        row.fiscalYear,
        (label = fiscalYearLabel(row.fiscalYear, settings.fiscalYearStartMonth))
      );
    const basis =
      (row.basis === "granted" ? granted : pending) +
      (row.surcharge ? t("basisOverdue", { surcharge: yuanToCell(row.surcharge) }) : "");
    // One literal per layout: pushing onto a literal would grow its store to about three times the row.
    const values: CellValue[] = converting
      ? [
          row.id,
          row.owner,
          kindText,
          row.year,
          serialFromDay(row.due),
          label,
          cell(row.fee),
          number(row.reduction),
          cell(row.payable),
          number(row.converted),
          basis,
        ]
      : [
          row.id,
          row.owner,
          kindText,
          row.year,
          serialFromDay(row.due),
          label,
          cell(row.fee),
          number(row.reduction),
          cell(row.payable),
          basis,
        ];
    projectionRows.push(values);
    if ((index + 1) % PROJECTION_ROWS_PER_STEP === 0) yield index + 1;
  }
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
          rows:
            parts === 1
              ? projectionRows
              : projectionRows.slice(
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
