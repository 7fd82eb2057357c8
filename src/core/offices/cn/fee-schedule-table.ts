import { columnLetter } from "../../table/a1";
import { dayToIso } from "../../dates/civil";
import { isDomainError } from "../../errors/domain-error";
import { isBlank, readDate } from "../../table/cell-readers";
import { RightKind, rightKindFromText } from "./right-kind";
import { BUILT_IN_CN_RULES_DATA, CnRules, FeeBandData, loadCnRules } from "./rules";
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

/** The built-in bands as table rows (one row per dated band, in the data's order), to pre-fill the table. */
export function builtInFeeTableRows(): CellValue[][] {
  return BUILT_IN_CN_RULES_DATA.annualFees.bands.map((band) => [
    band.from,
    band.kind,
    band.years[0],
    band.years[1],
    band.amount,
    band.source.title,
    band.verified,
  ]);
}

export interface FeeTableRead {
  /** Rules with the table's schedules, or undefined when the table has problems. */
  rules?: CnRules;
  issues: RowIssue[];
}

/**
 * Reads the fee table. Checks each cell (dates, kinds, whole years, decimal amounts, a source), then the
 * bands as a whole with the same loader as the built-in data (each row a dated band; the schedule in force
 * on each date must run from year 1 without gaps).
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
  const bands: FeeBandData[] = [];
  const rowOf: number[] = [];
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
    // Each row is one dated band; a row marked FALSE is an unverified (LOW) figure.
    const verified = at("verified");
    const unverified = verified === false || String(verified).toLowerCase() === "false";
    bands.push({
      kind,
      years: [first, last],
      amount,
      from,
      confidence: unverified ? "LOW" : "HIGH",
      verified: !unverified,
      source: { title: source },
    });
    rowOf.push(row);
  });
  if (issues.length) return { issues };
  if (bands.length === 0) {
    issue(grid.top, undefined, "the table has no rows.");
    return { issues };
  }
  try {
    const rules = loadCnRules({ ...BUILT_IN_CN_RULES_DATA, annualFees: { bands } });
    return { rules, issues };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    // The loader locates the band by its position, which is the position of its row.
    const position = error.location?.index;
    issue(
      position === undefined ? grid.top : rowOf[position],
      undefined,
      error.message.replace(/^cn-annual-fees\.json /, "")
    );
    return { issues };
  }
}
