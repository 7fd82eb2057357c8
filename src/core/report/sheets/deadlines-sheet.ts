import { ReportContext, ReportInput } from "../report-context";
import { mappedBlock, OutputSheet } from "../output-model";
import { StringKey } from "../../i18n/strings";
import { Money, yuanToCell } from "../../money/money";
import { DeadlineStatus } from "../../projection/deadlines";
import { CellValue } from "../../table/table-schema";
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
  const deadlines: OutputSheet = {
    role: "deadlines",
    name: t("sheetDeadlines"),
    blocks: [
      // A row per right, made when written (no 100,000 rows held by the plan).
      mappedBlock(
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
        input.deadlines,
        (row) => [
          row.id,
          row.owner,
          kind(row.kind),
          statusText(row.status),
          row.status,
          row.year ?? "",
          date(row.due),
          cell(row.fee),
          cell(row.surcharge),
          date(row.lastDay),
          yuan(row.restorationCost),
          row.restorationByNotice !== undefined
            ? date(row.restorationByNotice)
            : row.restorationCost !== undefined
              ? restorationAfterNotice()
              : "",
          date(row.restorationBy),
          // Costs to the end of a term are shared instances (a few thousand): each converted once.
          amountCell(row.costToTermEnd),
          row.feeProblem ?? "",
        ]
      ),
    ],
    charts: [],
    freezeHeaderRows: 1,
  };

  return deadlines;
}
