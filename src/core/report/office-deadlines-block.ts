import { Language, translate } from "../i18n/strings";
import { messageText } from "../i18n/issue-text";
import { OfficeStringKey, officeText } from "../i18n/office-strings";
import { dayToIso } from "../dates/civil";
import { serialFromDay } from "../dates/excel-serial";
import { yearRanges } from "../offices/cn/holiday-calendar";
import { closuresCoverageEnd, yearsWithoutClosures } from "../offices/closures/office-closures";
import { minorUnits } from "../money/currency-units";
import { Money } from "../money/money";
import { OfficeDeadlineRow } from "../projection/office-deadlines";
import { blockRowCount, OutputSheet } from "./output-model";
import { CellValue } from "../table/table-schema";
import { runSteps } from "../table/steps";

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

/** Where the office's closed days moved a last day, and where a year on the way has no closing days in our data. */
function closureNotes(row: OfficeDeadlineRow, language: Language): string[] {
  const w = (key: OfficeStringKey, values: Record<string, string>) =>
    officeText(language, key, values);
  const notes: string[] = [];
  if (row.formalLastFreeDay !== undefined)
    notes.push(w("closureFormalFree", { date: dayToIso(row.formalLastFreeDay) }));
  if (row.formalLastDay !== undefined)
    notes.push(w("closureFormalLast", { date: dayToIso(row.formalLastDay) }));
  if (row.closures === "partial") {
    const first = row.formalLastFreeDay ?? row.lastFreeDay;
    const last = row.lastDay ?? row.lastFreeDay;
    const years =
      first === undefined || last === undefined
        ? []
        : yearsWithoutClosures(row.office, first, last);
    if (years.length > 0)
      notes.push(
        w("closurePartial", { office: calendarName(row.office), years: yearRanges(years) })
      );
  }
  return notes;
}

const calendarName = (office: string) =>
  ({ JP: "JPO", US: "USPTO", KR: "KIPO", EP: "EPO", UP: "EPO" })[office] ?? office;

/**
 * Adds the other offices' deadlines below the CN ones on the Deadlines sheet: next fee, last day
 * without and with surcharge, today's surcharge, restoration cost and limit, cost to the last fee year,
 * in the office's currency; with notes where an office's closed days moved a last day or are not in our data.
 */
export function addOfficeDeadlines(
  sheets: OutputSheet[],
  rows: readonly OfficeDeadlineRow[],
  language: Language = "en"
): void {
  runSteps(addOfficeDeadlinesInSteps(sheets, rows, language));
}

/** Deadline rows made between two pauses of `addOfficeDeadlinesInSteps` (each a few dates and amounts). */
export const OFFICE_DEADLINE_ROWS_PER_STEP = 1_000;

/**
 * `addOfficeDeadlines`, pausing after every `OFFICE_DEADLINE_ROWS_PER_STEP` rows made (the value yielded:
 * rows made so far): tens of thousands of foreign rights would otherwise be one long task.
 */
export function* addOfficeDeadlinesInSteps(
  sheets: OutputSheet[],
  rows: readonly OfficeDeadlineRow[],
  language: Language = "en"
): Generator<number, void, void> {
  const w = (key: OfficeStringKey) => officeText(language, key);
  const sheet = sheets.find((s) => s.role === "deadlines");
  if (!sheet || rows.length === 0) return;
  const cells: CellValue[][] = [];
  for (const row of rows) {
    cells.push(rowCells(row, language, w));
    if (cells.length % OFFICE_DEADLINE_ROWS_PER_STEP === 0) yield cells.length;
  }
  const top = Math.max(0, ...sheet.blocks.map((block) => block.top + blockRowCount(block))) + 3;
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
    rows: cells,
  });
  addOfficeAssumptions(sheets, rows, language);
}

/** The cells of one deadline row. */
function rowCells(
  row: OfficeDeadlineRow,
  language: Language,
  w: (key: OfficeStringKey) => string
): CellValue[] {
  return [
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
      ...closureNotes(row, language),
      row.restorationNoteCoded
        ? messageText(language, row.restorationNoteCoded)
        : row.restorationNote,
    ]
      .filter(Boolean)
      .join("; "),
    row.status,
  ];
}

/**
 * The Summary's assumptions about the other offices: pending applications (JP, KR, US assumed granted on
 * the as-of date; EP assumed to stay pending), the closed days applied, and the rights that lapsed (not
 * budgeted) with what restoring them costs per currency where our data has the figure.
 */
function addOfficeAssumptions(
  sheets: OutputSheet[],
  rows: readonly OfficeDeadlineRow[],
  language: Language
): void {
  const summary = sheets.find((s) => s.role === "summary");
  if (!summary) return;
  const w = (key: OfficeStringKey, values?: Record<string, string | number>) =>
    officeText(language, key, values);
  // Rows with a fee year lapsed on our dates; a right the portfolio marks lapsed has none.
  const lapsed = rows.filter((row) => row.status === "lapsed" && row.year !== undefined);
  const costs = new Map<string, Money>();
  for (const row of lapsed)
    if (row.restorationCost)
      costs.set(row.currency, (costs.get(row.currency) ?? new Money(0)).plus(row.restorationCost));
  const costText = [...costs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([currency, cost]) =>
        `${currency} ${cost.toDecimalPlaces(minorUnits(currency)).toNumber().toLocaleString("en-US")}`
    )
    .join("; ");
  const end = (office: "JP" | "US" | "KR") => String(closuresCoverageEnd(office) ?? "-");
  const top = Math.max(0, ...summary.blocks.map((block) => block.top + block.rows.length)) + 3;
  summary.blocks.push({
    top,
    title: w("assumptionsTitle"),
    columns: [
      { header: w("assumption"), format: "text" },
      { header: w("value"), format: "text" },
    ],
    rows: [
      [w("assumePending"), w("assumePendingValue")],
      [w("assumePendingEp"), w("assumePendingEpValue")],
      [
        w("assumeClosures"),
        w("assumeClosuresValue", { jp: end("JP"), us: end("US"), kr: end("KR") }),
      ],
      [
        w("assumeLapsed"),
        lapsed.length === 0
          ? "0"
          : w("assumeLapsedValue", {
              count: lapsed.length,
              ids: lapsed.map((row) => row.id).join(", "),
              costs: costText || w("costsUnknown"),
            }),
      ],
    ],
  });
}
