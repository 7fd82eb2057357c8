import { isBlank } from "../table/cell-readers";
import { normalizeHeader } from "../table/headers";
import { ColumnKey, columnOfHeader } from "./columns";

/**
 * The user's own column map: a header (as normalizeHeader compares it) → the field it feeds, or "ignore".
 * It is remembered per workbook and wins over the built-in header names, so a 授权公告日 (grant
 * announcement date) column can feed the grant date, and a column read by mistake can be ignored.
 */
export type UserColumnMap = Record<string, ColumnKey | "ignore">;

/** One header of the source and what it feeds. */
export interface ColumnMapEntry {
  /** Column index (0-based) within the grid. */
  index: number;
  header: string;
  /** The field the column feeds, or undefined when it is ignored. */
  field?: ColumnKey;
  /** True when the user's map decided this column (either way). */
  byUser: boolean;
}

function userField(header: string, userMap: UserColumnMap): ColumnKey | "ignore" | undefined {
  return userMap[normalizeHeader(header)];
}

/**
 * Each non-blank header → the field it feeds. The user's map first; then the built-in names. A field is
 * fed by one column only: the column the user chose, else the leftmost, and any other column naming the
 * same field is ignored (shown as such, so the user can see which one is read).
 * @example columnMapOf(["申请号", "授权公告日"], { 授权公告日: "grantDate" })[1].field //=> "grantDate"
 */
export function columnMapOf(header: unknown[], userMap: UserColumnMap = {}): ColumnMapEntry[] {
  const entries: ColumnMapEntry[] = [];
  const taken = new Set<ColumnKey>();
  header.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const text = String(cell).trim();
    const chosen = userField(text, userMap);
    if (chosen && chosen !== "ignore") taken.add(chosen);
    entries.push({
      index,
      header: text,
      byUser: chosen !== undefined,
      field: chosen === "ignore" ? undefined : chosen,
    });
  });
  for (const entry of entries) {
    if (entry.byUser) continue;
    const field = columnOfHeader(entry.header);
    if (field && !taken.has(field)) {
      entry.field = field;
      taken.add(field);
    }
  }
  return entries;
}

/**
 * How many distinct fields a row would feed as a header: what tells the header row from a title above it.
 * @example fieldCount(["2024年专利台账"]) //=> 0
 */
export function fieldCount(cells: unknown[], userMap: UserColumnMap = {}): number {
  return new Set(columnMapOf(cells, userMap).flatMap((entry) => (entry.field ? [entry.field] : [])))
    .size;
}
