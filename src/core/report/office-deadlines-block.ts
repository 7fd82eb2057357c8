import { Language, translate } from "../i18n/strings";
import { messageText } from "../i18n/issue-text";
import { OfficeStringKey, officeText } from "../i18n/office-strings";
import { serialFromDay } from "../dates/excel-serial";
import { minorUnits } from "../money/currency-units";
import { Money } from "../money/money";
import { OfficeDeadlineRow } from "../projection/office-deadlines";
import { OutputSheet } from "./output-model";
import { CellValue } from "../table/table-schema";

const STATUS_KEYS: Record<OfficeDeadlineRow["status"], OfficeStringKey> = {
  grace: "statusGrace",
  upcoming: "statusUpcoming",
  lapsed: "statusLapsed",
  "paid-to-term-end": "statusPaidToEnd",
  abandoned: "statusAbandoned",
};

const amount = (value: Money | undefined, currency: string): CellValue =>
  value === undefined ? "" : value.toDecimalPlaces(minorUnits(currency)).toNumber();
const date = (day: number | undefined): CellValue => (day === undefined ? "" : serialFromDay(day));

/**
 * Adds the other offices' deadlines below the CN ones on the Deadlines sheet: next fee, last day
 * without and with surcharge, today's surcharge, restoration cost and limit, cost to the last fee year,
 * in the office's currency; with the note that the dates are formal.
 */
export function addOfficeDeadlines(
  sheets: OutputSheet[],
  rows: readonly OfficeDeadlineRow[],
  language: Language = "en"
): void {
  const w = (key: OfficeStringKey) => officeText(language, key);
  const sheet = sheets.find((s) => s.role === "deadlines");
  if (!sheet || rows.length === 0) return;
  const top = Math.max(0, ...sheet.blocks.map((block) => block.top + block.rows.length)) + 3;
  sheet.blocks.push({
    top,
    title: w("deadlinesTitle"),
    columns: [
      { header: w("id"), format: "text" },
      { header: w("owner"), format: "text" },
      { header: w("office"), format: "text" },
      { header: w("status"), format: "text" },
      { header: w("year"), format: "integer" },
      { header: w("due"), format: "date" },
      { header: w("lastWithout"), format: "date" },
      { header: w("lastWith"), format: "date" },
      { header: w("currency"), format: "text" },
      { header: w("fee"), format: "money" },
      { header: w("surchargeToday"), format: "money" },
      { header: w("restorationCost"), format: "money" },
      { header: w("restoreBy"), format: "date" },
      { header: w("costToEnd"), format: "money" },
      { header: w("notes"), format: "text" },
      // The status in English as a code for formulas (COUNTIF(…, "grace")), like the CN block's column;
      // last, so the columns before it keep their places.
      { header: translate(language, "colCode"), format: "text" },
    ],
    rows: rows.map((row): CellValue[] => [
      row.id,
      row.owner,
      row.office,
      w(STATUS_KEYS[row.status]),
      row.year ?? "",
      date(row.due),
      date(row.lastFreeDay),
      date(row.lastDay),
      row.currency,
      amount(row.fee, row.currency),
      amount(row.surcharge, row.currency),
      amount(row.restorationCost, row.currency),
      date(row.restorationBy),
      amount(row.costToTermEnd, row.currency),
      [
        row.feeMissing,
        row.restorationNoteCoded
          ? messageText(language, row.restorationNoteCoded)
          : row.restorationNote,
      ]
        .filter(Boolean)
        .join("; "),
      row.status,
    ]),
  });
}
