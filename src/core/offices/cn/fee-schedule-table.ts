import { columnLetter } from "../../table/a1";
import { isoToDay, dayToIso } from "../../dates/civil";
import { isDomainError } from "../../errors/domain-error";
import { isBlank, readDate } from "../../table/cell-readers";
import { RIGHT_KINDS, RightKind, rightKindFromText } from "./right-kind";
import { BUILT_IN_CN_RULES_DATA, CnRules, FeeScheduleData, loadCnRules } from "./rules";
import { RowIssue, SourceGrid } from "../../table/grid";
import { normalizeHeader } from "../../table/headers";
import { CellValue, OutputColumn } from "../../table/table-schema";

/**
 * The annual-fee schedules as a workbook table the user may correct (name IPFeeSchedules): one row per
 * band, `From | Right type | First year | Last year | Amount (CNY) | Source | Verified`. When the table
 * is present and valid its schedules replace the built-in ones for the task pane's projection (the
 * custom functions cannot read the workbook: they keep the built-in data). A table with any problem is
 * not used; each problem is reported with its row and column, and the built-in fees apply.
 */
export const FEE_TABLE_NAME = "IPFeeSchedules";
export const FEE_TABLE_COLUMNS: OutputColumn[] = [
  { header: "From", format: "text" },
  { header: "Right type", format: "text" },
  { header: "First year", format: "integer" },
  { header: "Last year", format: "integer" },
  { header: "Amount (CNY)", format: "text" },
  { header: "Source", format: "text" },
  { header: "Verified", format: "general" },
];
const KEYS = ["from", "kind", "first", "last", "amount", "source", "verified"] as const;

/** The built-in schedules as table rows, to pre-fill the table. */
export function builtInFeeTableRows(): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const schedule of BUILT_IN_CN_RULES_DATA.annualFees.schedules) {
    for (const kind of RIGHT_KINDS) {
      for (const band of schedule.fees[kind]) {
        rows.push([
          schedule.from,
          kind,
          band.years[0],
          band.years[1],
          band.amount,
          band.source ?? schedule.source,
          schedule.verified,
        ]);
      }
    }
  }
  return rows;
}

export interface FeeTableRead {
  /** Rules with the table's schedules, or undefined when the table has problems. */
  rules?: CnRules;
  issues: RowIssue[];
}

/**
 * Reads the fee table. Checks each cell (dates, kinds, whole years, decimal amounts, a source), then the
 * schedules as a whole with the same loader as the built-in data (bands without gaps, dates in order).
 * @example readFeeScheduleTable({ sheet: "Fees", top: 1, left: 0, values: [FEE_TABLE_COLUMNS.map((c) => c.header)] }).issues.length //=> 1
 */
export function readFeeScheduleTable(grid: SourceGrid): FeeTableRead {
  const [header = [], ...body] = grid.values;
  const issues: RowIssue[] = [];
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const at = FEE_TABLE_COLUMNS.findIndex(
      (c) => normalizeHeader(c.header) === normalizeHeader(String(cell))
    );
    if (at >= 0) index.set(KEYS[at], i);
  });
  const issue = (row: number, key: string | undefined, message: string) =>
    issues.push({
      sheet: grid.sheet,
      row,
      column:
        key === undefined || index.get(key) === undefined
          ? ""
          : columnLetter(grid.left + index.get(key)!),
      header:
        key === undefined
          ? ""
          : (FEE_TABLE_COLUMNS[KEYS.indexOf(key as (typeof KEYS)[number])]?.header ?? ""),
      kind: "error",
      message: `Fee table: ${message}`,
    });
  const missing = KEYS.slice(0, 6).filter((key) => !index.has(key));
  if (missing.length) {
    issue(
      grid.top,
      undefined,
      `columns missing: ${missing.map((k) => FEE_TABLE_COLUMNS[KEYS.indexOf(k)].header).join(", ")}.`
    );
    return { issues };
  }
  const bySchedule = new Map<string, { row: number; data: FeeScheduleData }>();
  body.forEach((cells, offset) => {
    const row = grid.top + 1 + offset;
    if (cells.every((cell) => isBlank(cell))) return;
    const at = (key: string) => cells[index.get(key)!];
    let from: string | undefined;
    try {
      from = dayToIso(readDate(at("from"), "From"));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      issue(row, "from", error.message);
    }
    const kind = rightKindFromText(String(at("kind") ?? "")) as RightKind | undefined;
    if (!kind)
      issue(row, "kind", `right type "${String(at("kind"))}" is not invention, utility or design.`);
    const first = Number(at("first"));
    const last = Number(at("last"));
    if (!Number.isInteger(first) || first < 1)
      issue(row, "first", `first year "${String(at("first"))}" is not a whole number from 1.`);
    if (!Number.isInteger(last) || last < first)
      issue(
        row,
        "last",
        `last year "${String(at("last"))}" is not a whole number from the first year on.`
      );
    const amount = String(at("amount") ?? "").trim();
    if (!/^\d+(\.\d{1,2})?$/.test(amount))
      issue(row, "amount", `amount "${amount}" is not a number of yuan such as 1200 or 1200.50.`);
    const source = String(at("source") ?? "").trim();
    if (!source) issue(row, "source", "every figure needs its source.");
    if (issues.length || !from || !kind) return;
    const key = from;
    if (!bySchedule.has(key)) {
      bySchedule.set(key, {
        row,
        data: {
          from: key,
          verified: true,
          source: "workbook table IPFeeSchedules",
          fees: { invention: [], utility: [], design: [] },
        },
      });
    }
    const entry = bySchedule.get(key)!;
    const verified = at("verified");
    if (verified === false || String(verified).toLowerCase() === "false")
      entry.data.verified = false;
    entry.data.fees[kind].push({ years: [first, last], amount, source });
  });
  if (issues.length) return { issues };
  if (bySchedule.size === 0) {
    issue(grid.top, undefined, "the table has no rows.");
    return { issues };
  }
  const ordered = [...bySchedule.values()].sort(
    (a, b) => isoToDay(a.data.from) - isoToDay(b.data.from)
  );
  for (const { data } of ordered)
    for (const kind of RIGHT_KINDS) data.fees[kind].sort((a, b) => a.years[0] - b.years[0]);
  try {
    const rules = loadCnRules({
      ...BUILT_IN_CN_RULES_DATA,
      annualFees: { schedules: ordered.map((o) => o.data) },
    });
    return { rules, issues };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    // The loader locates the schedule by its position; the rows of that schedule start at its first row.
    const position = error.location?.index ?? 0;
    issue(
      ordered[position]?.row ?? grid.top,
      undefined,
      error.message.replace(/^cn-annual-fees\.json /, "")
    );
    return { issues };
  }
}
