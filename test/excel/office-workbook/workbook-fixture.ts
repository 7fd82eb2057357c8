import { createMemoryExcel, MemoryExcel } from "../../excel-double";
import {
  ExcelHost,
  OfficeWorkbook,
  WriterLimits,
  DEFAULT_LIMITS,
} from "../../../src/excel/office-workbook";

/** The real OfficeWorkbook over a fresh in-memory Excel, with the user's own data already in it. */
export function workbookWithUserData(limits: Partial<WriterLimits> = {}): {
  fake: MemoryExcel;
  port: OfficeWorkbook;
} {
  const fake = createMemoryExcel();
  fake.model.renameSheet("Sheet1", "Portfolio");
  fake.model.setValues("Portfolio", "A1", [
    ["ID", "Right type", "Filing date", "Owner"],
    ["CN201810123456.7", "发明", "2018-07-09", "Tokyo HQ"],
  ]);
  const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost, () => true, {
    ...DEFAULT_LIMITS,
    ...limits,
  });
  return { fake, port };
}
