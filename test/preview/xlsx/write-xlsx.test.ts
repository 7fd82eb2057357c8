import ExcelJS from "exceljs";
import { writeXlsx } from "../../../src/preview/xlsx/write-xlsx";

describe("writeXlsx writes a workbook ExcelJS reads back", () => {
  it("keeps values, number formats, the frozen header row and the table", async () => {
    const bytes = writeXlsx([
      {
        name: "IP Projection",
        rows: [
          ["ID", "Due date", "Payable (CNY)"],
          ["CN202010123456.7", 46212, 1200.5], // serial 46212 = 2026-07-09
          ["<a&b>", null, 0],
        ],
        formats: [
          ["@", "@", "@"],
          ["@", "yyyy-mm-dd", "#,##0.00"],
          ["@", "yyyy-mm-dd", "#,##0.00"],
        ],
        frozenRows: 1,
        tables: [
          { name: "IPProjection", ref: "A1:C3", headers: ["ID", "Due date", "Payable (CNY)"] },
        ],
      },
      { name: "台账", rows: [["申请号"], ["ZL 2021 2 0234567.8"]] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["IP Projection", "台账"]);
    const sheet = book.getWorksheet("IP Projection")!;
    expect(sheet.getCell("A2").value).toBe("CN202010123456.7");
    expect(sheet.getCell("A3").value).toBe("<a&b>");
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    // ExcelJS reads a date-formatted serial as a Date: 2026-07-09 at midnight UTC.
    expect((sheet.getCell("B2").value as Date).toISOString()).toBe("2026-07-09T00:00:00.000Z");
    expect(sheet.getCell("C2").value).toBe(1200.5);
    expect(sheet.getCell("C2").numFmt).toBe("#,##0.00");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(Object.keys((sheet as unknown as { tables: object }).tables)).toEqual(["IPProjection"]);
    expect(book.getWorksheet("台账")!.getCell("A2").value).toBe("ZL 2021 2 0234567.8");
  });
});
