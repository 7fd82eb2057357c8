import { MemoryExcel } from "../../../test/excel-double";
import { formatRect } from "../../../test/excel-double/addresses";
import { XlsxSheet, XlsxValue } from "./write-xlsx";

/**
 * The in-memory workbook as sheets to write: every sheet from A1 to the end of its used range, with each
 * cell's number format, its frozen rows and its tables (name, range, header texts). Charts are left out.
 */
export function bookFromModel(fake: MemoryExcel): XlsxSheet[] {
  return fake.model.sheets.map((sheet) => {
    const used = fake.model.usedRangeAddress(sheet.name);
    if (!used) return { name: sheet.name, rows: [] };
    const end = used.split(":").pop()!;
    const values = fake.model.getValues(sheet.name, `A1:${end}`) as XlsxValue[][];
    const formats = values.map((row, r) => row.map((_, c) => sheet.style(r, c).numberFormat));
    const tables = fake.model.tablesOf(sheet.name).map((table) => ({
      name: table.name,
      ref: formatRect(table.rect),
      headers: (values[table.rect.top] ?? [])
        .slice(table.rect.left, table.rect.right + 1)
        .map((header) => String(header ?? "")),
    }));
    return { name: sheet.name, rows: values, formats, frozenRows: sheet.frozenRows, tables };
  });
}
