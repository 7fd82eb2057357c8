import { ReportContext, ReportInput } from "../report-context";
import { OutputSheet, sourcedBlock } from "../output-model";
import { StringKey } from "../../i18n/strings";
import { Money, yuanToCell } from "../../money/money";
import { DeadlineStatus } from "../../projection/deadlines";
import { CellValue, EXCEL_MAX_CELL_TEXT, formulaLike } from "../../table/table-schema";
import { amountCells, date, yuan } from "../report-context";

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

/** The Deadlines sheet: per right the next fee, its status and code, the restoration cost and limits. */
export function deadlinesSheet(input: ReportInput, ctx: ReportContext): OutputSheet {
  const { t, kind } = ctx;
  // A row per right, 100,000 rows: the few statuses and fee amounts (shared instances per fee and
  // reduction) are each turned into cell text or a number once, not once per row.
  const statusTexts = new Map<DeadlineStatus, string>();
  const statusText = (status: DeadlineStatus): string => {
    let text = statusTexts.get(status);
    if (text === undefined) statusTexts.set(status, (text = t(STATUS_KEYS[status])));
    return text;
  };
  const amountCell = amountCells(yuanToCell);
  // Every lapsed right without a notice date says the same: translated once.
  let afterNotice: string | undefined;
  const restorationAfterNotice = () => (afterNotice ??= t("restorationAfterNotice"));
  const cell = (amount: Money | undefined): CellValue =>
    amount === undefined ? "" : amountCell(amount);
  const rows = input.deadlines;
  const fill = (index: number, cells: CellValue[]): void => {
    const row = rows[index];
    cells[0] = row.id;
    cells[1] = row.owner;
    cells[2] = kind(row.kind);
    cells[3] = statusText(row.status);
    cells[4] = row.status;
    cells[5] = row.year ?? "";
    cells[6] = date(row.due);
    cells[7] = cell(row.fee);
    cells[8] = cell(row.surcharge);
    cells[9] = date(row.lastDay);
    cells[10] = yuan(row.restorationCost);
    cells[11] =
      row.restorationByNotice !== undefined
        ? date(row.restorationByNotice)
        : row.restorationCost !== undefined
          ? restorationAfterNotice()
          : "";
    cells[12] = date(row.restorationBy);
    // Costs to the end of a term are shared instances (a few thousand): each converted once.
    cells[13] = amountCell(row.costToTermEnd);
    cells[14] = row.feeProblem ?? "";
  };
  // The rows' text is in text columns but one: the restoration note, in a date column (see RowSource.checked).
  const checked = (): boolean => {
    if (formulaLike(restorationAfterNotice())) return false;
    for (const row of rows) {
      const longest = Math.max(row.id.length, row.owner.length, row.feeProblem?.length ?? 0);
      if (longest > EXCEL_MAX_CELL_TEXT) return false;
    }
    return true;
  };
  const deadlines: OutputSheet = {
    role: "deadlines",
    name: t("sheetDeadlines"),
    blocks: [
      // A row per right, made when written (no 100,000 rows held by the plan), into the writer's
      // reused arrays when it can (RowSource.fill).
      sourcedBlock(
        {
          top: 0,
          tableName: "IPDeadlines",
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
        },
        {
          count: rows.length,
          rowAt: (index) => {
            const cells: CellValue[] = [];
            fill(index, cells);
            return cells;
          },
          fill,
          checked: checked(),
        }
      ),
    ],
    charts: [],
    freezeHeaderRows: 1,
  };

  return deadlines;
}
