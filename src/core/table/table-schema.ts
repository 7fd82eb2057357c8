/* The columns of a table the add-in writes or reads back (output sheets, the fee and programme tables). */

export type CellValue = string | number | boolean | null;

/** Excel's limit on the characters in one cell (the writer cuts longer text). */
export const EXCEL_MAX_CELL_TEXT = 32_767;

/**
 * True when Excel would take the text for a formula outside a text column: it starts with =, +, - or @.
 * @example formulaLike("-5% after grant") //=> true
 */
export function formulaLike(text: string): boolean {
  // The first character's code, not a regular expression: this runs for every text cell written.
  const first = text.charCodeAt(0);
  return first === 61 || first === 43 || first === 45 || first === 64;
}

/** Column formats; "text" columns are written as text so that nothing a user typed becomes a formula. */
export type ColumnFormat = "text" | "date" | "money" | "money0" | "integer" | "percent" | "general";

export interface OutputColumn {
  header: string;
  format: ColumnFormat;
}
