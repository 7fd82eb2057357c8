import { ColumnFormat, formulaLike } from "../core/table/table-schema";

/** Excel number format codes for the output column formats ("@" is Text: what is typed stays text). */
export const NUMBER_FORMATS: Record<Exclude<ColumnFormat, "general">, string> = {
  text: "@",
  date: "yyyy-mm-dd",
  money: "#,##0.00",
  money0: "#,##0",
  integer: "0",
  percent: "0%",
};

/**
 * A value made safe to write: Excel takes text starting with =, +, - or @ as a formula, so outside text
 * columns such text gets Excel's own text prefix, the apostrophe (shown nowhere, stored as text).
 * @example safeCellValue("=HYPERLINK(\"x\")", "general") //=> "'=HYPERLINK(\"x\")"
 */
export function safeCellValue(value: unknown, format: ColumnFormat): unknown {
  if (typeof value !== "string" || format === "text") return value;
  return formulaLike(value) ? `'${value}` : value;
}
