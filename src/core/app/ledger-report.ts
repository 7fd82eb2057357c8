import { ledgerText } from "../i18n/ledger-strings";
import { Language } from "../i18n/strings";
import { HEADER_SEARCH_ROWS } from "../portfolio/ledger-header-row";
import { LedgerReading } from "../portfolio/read-ledger";

const rowList = (rows: number[]) => rows.join(", ");
/** A count with its digits grouped, as the product's tables show counts ("1,000"). */
const count = (n: number) => n.toLocaleString("en-US");

/**
 * Rows of a list the pane reads for its column map before a run: the header is looked for in the first
 * HEADER_SEARCH_ROWS, and a longer list is read whole only by the run (100,000 rows were 9 requests and
 * 15.6 MB from Excel each time the column map was shown).
 */
export const COLUMN_MAP_ROWS = 1000;

/**
 * What the pane says about how a list was read, in the user's language: the source and its header row,
 * then (after a run, when `counts` is given) rights read, and each kind of row skipped with its rows.
 * Lines for nothing skipped are left out. With `firstRows`, only the list's first rows were read: the
 * blank, total and repeated rows are not listed (the run lists them for the whole list), and a line says so.
 * @example ledgerReportLines(reading, "en", "Sheet1!A1:I14") //=> ["Reading Sheet1!A1:I14: header in row 3.", "Blank rows skipped: 6, 9.", …]
 */
export function ledgerReportLines(
  ledger: Omit<LedgerReading, "grid" | "issues">,
  language: Language,
  source: string,
  counts?: { records: number; rights: number },
  firstRows?: number
): string[] {
  const lines: string[] = [];
  lines.push(
    ledger.headerRow === undefined
      ? ledgerText(language, "ledgerNoHeader", { source, rows: HEADER_SEARCH_ROWS })
      : ledgerText(language, "ledgerSource", { source, row: ledger.headerRow })
  );
  if (counts) {
    lines.push(
      ledgerText(language, "ledgerRead", {
        records: count(counts.records),
        rights: count(counts.rights),
        rows: count(ledger.listRows),
      })
    );
  }
  if (ledger.titleRows.length > 0)
    lines.push(ledgerText(language, "ledgerTitleRows", { rows: rowList(ledger.titleRows) }));
  if (firstRows !== undefined) {
    lines.push(ledgerText(language, "ledgerFirstRows", { rows: count(firstRows) }));
    return lines;
  }
  if (ledger.blankRows.length > 0)
    lines.push(ledgerText(language, "ledgerBlankRows", { rows: rowList(ledger.blankRows) }));
  if (ledger.totalRows.length > 0)
    lines.push(ledgerText(language, "ledgerTotalRows", { rows: rowList(ledger.totalRows) }));
  if (ledger.merged && ledger.merged.length > 0)
    lines.push(
      ledgerText(language, "mergedCarried", {
        areas: ledger.merged.map((area) => `${area.range} (${area.header})`).join(", "),
      })
    );
  if (ledger.duplicates.length > 0)
    lines.push(
      ledgerText(language, "ledgerDuplicates", {
        pairs: ledger.duplicates
          .map((d) => ledgerText(language, "ledgerRowPair", { row: d.row, first: d.firstRow }))
          .join(", "),
      })
    );
  return lines;
}
