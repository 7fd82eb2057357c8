import { serialFromDay } from "../dates/excel-serial";
import { minorUnits } from "../money/currency-units";
import { Money } from "../money/money";
import { OfficeDeadlineRow } from "../projection/office-deadlines";
import { CellValue, OutputSheet } from "./output-model";

const STATUS_WORDS: Record<OfficeDeadlineRow["status"], string> = {
  grace: "Overdue: pay in grace period",
  upcoming: "Upcoming",
  lapsed: "Lapsed: restore or abandon",
  "paid-to-term-end": "Paid to the last fee year",
  abandoned: "Abandoned",
};

/** Formal dates only: the sheet says so. */
export const OFFICE_DEADLINES_NOTE =
  "Formal dates: no closure calendar of JPO, USPTO, EPO, KIPO or the European national offices is applied; a deadline on a day the office is closed usually moves to its next working day.";

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
  rows: readonly OfficeDeadlineRow[]
): void {
  const sheet = sheets.find((s) => s.role === "deadlines");
  if (!sheet || rows.length === 0) return;
  const top = Math.max(0, ...sheet.blocks.map((block) => block.top + block.rows.length)) + 3;
  sheet.blocks.push({
    top,
    title: `Deadlines at other offices. ${OFFICE_DEADLINES_NOTE}`,
    columns: [
      { header: "ID", format: "text" },
      { header: "Owner", format: "text" },
      { header: "Office", format: "text" },
      { header: "Status", format: "text" },
      { header: "Year", format: "integer" },
      { header: "Due", format: "date" },
      { header: "Last day without surcharge", format: "date" },
      { header: "Last day with surcharge", format: "date" },
      { header: "Currency", format: "text" },
      { header: "Fee", format: "money" },
      { header: "Surcharge today", format: "money" },
      { header: "Restoration cost", format: "money" },
      { header: "Restore by", format: "date" },
      { header: "Cost to last fee year", format: "money" },
      { header: "Notes", format: "text" },
    ],
    rows: rows.map((row): CellValue[] => [
      row.id,
      row.owner,
      row.office,
      STATUS_WORDS[row.status],
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
      [row.feeMissing, row.restorationNote].filter(Boolean).join("; "),
    ]),
  });
}
