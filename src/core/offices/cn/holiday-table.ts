import { civilFromDay, dayToIso } from "../../dates/civil";
import { isDomainError } from "../../errors/domain-error";
import { isBlank, readDate } from "../../table/cell-readers";
import { columnLetter } from "../../table/a1";
import { HolidayYearData, holidayCalendar } from "./holiday-calendar";
import { BUILT_IN_CN_RULES_DATA, CnRules } from "./rules";
import { normalizeHeader } from "../../table/headers";
import { RowIssue, SourceGrid } from "../../table/grid";
import { OutputColumn } from "../../table/table-schema";

/**
 * A year's State Council holiday notice as a workbook table the user adds (name IPHolidays), one row per
 * day: `Date | Kind | Source`, Kind "holiday" (a day off: statutory, substitute or bridge day) or
 * "make-up workday" (listed for the record: CNIPA extends deadlines on those too). Every year with a row
 * replaces the built-in data, or the law's computed holidays for a year without a notice, in the task
 * pane's runs (cell functions cannot read the workbook: they keep the built-in data and say so). A table
 * with any problem is not used; each problem is reported with its row and column.
 */
export const HOLIDAY_TABLE_NAME = "IPHolidays";
export const HOLIDAY_TABLE_COLUMNS: OutputColumn[] = [
  { header: "Date", format: "date" },
  { header: "Kind", format: "text" },
  { header: "Source", format: "text" },
];
const KEYS = ["date", "kind", "source"] as const;
const KINDS: Record<string, "holiday" | "workday"> = {
  holiday: "holiday",
  "day off": "holiday",
  放假: "holiday",
  休日: "holiday",
  "make-up workday": "workday",
  workday: "workday",
  调休上班: "workday",
  上班: "workday",
  振替出勤日: "workday",
};

export interface HolidayTableRead {
  /** The rules with the table's years, or undefined when the table has problems. */
  rules?: CnRules;
  /** The calendar years the table gives. */
  years: number[];
  issues: RowIssue[];
}

/**
 * Reads the holiday table and, when every row is valid, returns `base` with the table's years in its
 * holiday calendar.
 * @example readHolidayTable({ sheet: "Holidays", top: 1, left: 0, values: [["Date", "Kind", "Source"], ["2027-10-04", "holiday", "2027 notice"]] }, CN_RULES).years //=> [2027]
 */
export function readHolidayTable(grid: SourceGrid, base: CnRules): HolidayTableRead {
  const [header = [], ...body] = grid.values;
  const issues: RowIssue[] = [];
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const at = HOLIDAY_TABLE_COLUMNS.findIndex(
      (c) => normalizeHeader(c.header) === normalizeHeader(String(cell))
    );
    if (at >= 0) index.set(KEYS[at], i);
  });
  const issue = (row: number, key: (typeof KEYS)[number] | undefined, message: string) =>
    issues.push({
      sheet: grid.sheet,
      row,
      column:
        key === undefined || index.get(key) === undefined
          ? ""
          : columnLetter(grid.left + index.get(key)!),
      header: key === undefined ? "" : HOLIDAY_TABLE_COLUMNS[KEYS.indexOf(key)].header,
      kind: "error",
      message: `Holiday table: ${message}`,
    });
  const missing = KEYS.filter((key) => !index.has(key));
  if (missing.length) {
    issue(
      grid.top,
      undefined,
      `columns missing: ${missing.map((k) => HOLIDAY_TABLE_COLUMNS[KEYS.indexOf(k)].header).join(", ")}.`
    );
    return { years: [], issues };
  }
  const byYear = new Map<number, HolidayYearData>();
  body.forEach((cells, offset) => {
    const row = grid.top + 1 + offset;
    if (cells.every((cell) => isBlank(cell))) return;
    const at = (key: (typeof KEYS)[number]) => cells[index.get(key)!];
    let iso: string | undefined;
    try {
      iso = dayToIso(readDate(at("date"), "Date"));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      issue(row, "date", error.message);
    }
    const kindText = String(at("kind") ?? "").trim();
    const kind = KINDS[kindText.toLowerCase()];
    if (!kind) issue(row, "kind", `"${kindText}" is not "holiday" or "make-up workday".`);
    const source = String(at("source") ?? "").trim();
    if (!source) issue(row, "source", "name the notice the day comes from.");
    if (iso === undefined || !kind || !source) return;
    const year = civilFromDay(readDate(iso, "Date")).year;
    let data = byYear.get(year);
    if (!data) byYear.set(year, (data = { year, source, holidays: [], makeUpWorkdays: [] }));
    else if (!data.source.includes(source)) data.source += `; ${source}`;
    (kind === "holiday" ? data.holidays : data.makeUpWorkdays!).push(iso.slice(5));
  });
  const years = [...byYear.keys()].sort((a, b) => a - b);
  for (const year of years) {
    if (byYear.get(year)!.holidays.length === 0)
      issue(grid.top, undefined, `${year} has no holiday row: a notice always closes some days.`);
  }
  if (issues.length > 0) return { years, issues };
  const builtIn = BUILT_IN_CN_RULES_DATA.holidays.years.filter((y) => !byYear.has(y.year));
  const holidays = holidayCalendar([...builtIn, ...years.map((y) => byYear.get(y)!)], "IPHolidays");
  return { rules: { ...base, holidays }, years, issues };
}
