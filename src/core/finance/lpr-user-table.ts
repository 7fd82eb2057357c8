import { isDomainError } from "../errors/domain-error";
import { DayNumber, civilFromDay, dayFromCivil, dayToIso } from "../dates/civil";
import { Money, moneyFromCell } from "../money/money";
import { columnLetter } from "../table/a1";
import { isBlank, readDate, readNumber } from "../table/cell-readers";
import { RowIssue, SourceGrid } from "../table/grid";
import { normalizeHeader } from "../table/headers";
import { LPR_TENORS, LprTable, LprTenor } from "./lpr";

/**
 * A user's later LPR fixings (table IPLPR: Published | Tenor | Rate), appended to the built-in table for
 * a pane run; the cell functions keep the built-in table. Only fixings after the built-in table's last one
 * are taken; a row on or before it is reported and ignored (the built-in table wins there).
 */
export const LPR_TABLE_NAME = "IPLPR";
export const LPR_TABLE_HEADERS = ["Published", "Tenor", "Rate", "Source"] as const;

export function mergeUserLpr(
  builtIn: LprTable,
  grid: SourceGrid
): { table: LprTable; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const header = (grid.values[0] ?? []).map((cell) => normalizeHeader(String(cell ?? "")));
  const at = (name: string) => header.indexOf(normalizeHeader(name));
  const [published, tenor, rate] = [at("Published"), at("Tenor"), at("Rate")];
  const issue = (
    row: number,
    column: number,
    message: string,
    code?: string,
    params: Record<string, string | number> = {}
  ): RowIssue => ({
    sheet: grid.sheet,
    row,
    column: column < 0 ? "" : columnLetter(grid.left + column),
    header: column < 0 ? "" : String(grid.values[0][column]),
    message,
    // the code lets the run render the issue in the user's language
    ...(code ? { code, params } : {}),
    kind: "error",
  });
  if (published < 0 || tenor < 0 || rate < 0) {
    issues.push(
      issue(
        grid.top,
        -1,
        'The LPR table needs "Published", "Tenor" and "Rate" columns: add them to the header row.',
        "fin_lprColumns"
      )
    );
    return { table: builtIn, issues };
  }
  const added: Record<LprTenor, { from: DayNumber; rate: Money }[]> = { "1Y": [], "5Y": [] };
  grid.values.slice(1).forEach((cells, offset) => {
    const row = grid.top + 1 + offset;
    if ([published, tenor, rate].every((column) => isBlank(cells[column]))) return;
    try {
      const day = readDate(cells[published], "Published");
      const tenorText = String(cells[tenor] ?? "")
        .trim()
        .toUpperCase();
      if (!LPR_TENORS.includes(tenorText as LprTenor)) {
        issues.push(
          issue(
            row,
            tenor,
            `Tenor "${String(cells[tenor])}" is unknown: give "1Y" or "5Y".`,
            "fin_lprTenor",
            { value: String(cells[tenor]) }
          )
        );
        return;
      }
      const value = readNumber(cells[rate], "Rate", "the rate as a fraction, e.g. 0.03");
      if (!(value > 0 && value < 0.2)) {
        issues.push(
          issue(
            row,
            rate,
            `Rate ${value} is outside (0, 0.2): give the LPR as a fraction, e.g. 0.03 for 3.00%.`,
            "fin_lprRate",
            { value }
          )
        );
        return;
      }
      if (day <= builtIn.confirmedThrough) {
        issues.push({
          ...issue(
            row,
            published,
            `${dayToIso(day)} is within the built-in LPR table (through ${dayToIso(builtIn.confirmedThrough)}): the built-in fixing is used.`,
            "fin_lprBuiltIn",
            { date: dayToIso(day), through: dayToIso(builtIn.confirmedThrough) }
          ),
          kind: "warning",
        });
        return;
      }
      added[tenorText as LprTenor].push({ from: day, rate: moneyFromCell(value) });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      issues.push(
        issue(row, published, error.message, error.key, { field: error.field, ...error.params })
      );
    }
  });
  const all = [...added["1Y"], ...added["5Y"]];
  if (all.length === 0) return { table: builtIn, issues };
  const series = { ...builtIn.series };
  for (const key of LPR_TENORS) {
    const rows = added[key].sort((a, b) => a.from - b.from);
    const merged = [...builtIn.series[key]];
    for (const entry of rows) {
      const last = merged[merged.length - 1];
      if (entry.from === last.from) continue; // a duplicate date: the first row wins
      if (!entry.rate.equals(last.value.rate))
        merged.push({
          from: entry.from,
          value: { rate: entry.rate },
        });
    }
    series[key] = merged;
  }
  const confirmedThrough = Math.max(...all.map((entry) => entry.from));
  const { year, month } = civilFromDay(confirmedThrough);
  // Known until the day before the 20th of the next month (a holiday shift makes it a day or two early).
  const knownUntil =
    dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 20) - 1;
  return { table: { ...builtIn, series, confirmedThrough, knownUntil }, issues };
}
