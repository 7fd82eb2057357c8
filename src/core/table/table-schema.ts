/* The columns of a table the add-in writes or reads back (output sheets, the fee and programme tables). */

export type CellValue = string | number | boolean | null;

/** Column formats; "text" columns are written as text so that nothing a user typed becomes a formula. */
export type ColumnFormat = "text" | "date" | "money" | "money0" | "integer" | "percent" | "general";

export interface OutputColumn {
  header: string;
  format: ColumnFormat;
}
