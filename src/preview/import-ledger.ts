import { MemoryExcel } from "../../test/excel-double";
import { findHeaderRow } from "../core/portfolio/ledger-header-row";
import { columnLetter } from "../core/table/a1";
import { parseDelimited } from "../core/table/parse-delimited";

/** A sheet name no sheet has yet: "Ledger", "Ledger (2)", … (Excel compares names without case). */
function freeSheetName(fake: MemoryExcel, wanted: string): string {
  const taken = new Set(fake.model.sheets.map((sheet) => sheet.name.toLowerCase()));
  const base =
    wanted
      .replace(/[\\/?*[\]:]/g, " ")
      .slice(0, 25)
      .trim() || "Ledger";
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`.toLowerCase())) return `${base} (${n})`;
}

/**
 * Puts the user's rows on a new sheet of the in-memory workbook and selects a cell of its header row, so the pane's
 * "selected list wins" rule takes it as the source. Returns the sheet's name.
 */
export function importRows(fake: MemoryExcel, name: string, rows: unknown[][]): string {
  const sheet = freeSheetName(fake, name);
  fake.model.addSheet(sheet);
  if (rows.length > 0) fake.model.setValues(sheet, "A1", rows);
  fake.model.activate(sheet);
  // A cell of the header row (below any title), so the region around the selection is the list itself.
  const used = (cell: unknown) => cell !== "" && cell !== null && cell !== undefined;
  const row =
    findHeaderRow(rows) ??
    Math.max(
      0,
      rows.findIndex((cells) => cells.some(used))
    );
  const column = Math.max(0, (rows[row] ?? []).findIndex(used));
  fake.model.select(sheet, `${columnLetter(column)}${row + 1}`);
  return sheet;
}

/** A CSV file or copied cells (tab-separated) as a new sheet; see importRows. */
export function importDelimited(fake: MemoryExcel, name: string, text: string): string {
  return importRows(fake, name, parseDelimited(text));
}
