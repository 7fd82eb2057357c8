/* A1 addresses as Range.address reports them: "Specifies the range reference in A1-style. Address value
 * contains the sheet reference (e.g., "Sheet1!A1:B4")"; sheet names with spaces or special characters
 * are quoted, with ' doubled. */
import {
  columnIndex,
  columnLetters,
  formatAddress,
  parseAddress,
  quoteSheetName,
} from "../addresses";
import { createMemoryExcel } from "..";
import { expectOfficeError } from "./expect-office-error";

describe("addresses", () => {
  it("converts column letters both ways up to XFD", () => {
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(16383)]).toEqual([
      "A",
      "Z",
      "AA",
      "XFD",
    ]);
    expect([columnIndex("A"), columnIndex("az"), columnIndex("XFD")]).toEqual([0, 51, 16383]);
  });

  it("quotes sheet names only when Excel does", () => {
    expect(quoteSheetName("Projection")).toBe("Projection");
    expect(quoteSheetName("My sheet")).toBe("'My sheet'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName("2024")).toBe("'2024'");
    expect(quoteSheetName("AB12")).toBe("'AB12'"); // reads as a cell reference
    expect(quoteSheetName("费用")).toBe("费用");
  });

  it("parses sheet prefixes, $ signs, reversed corners, whole columns and rows", () => {
    expect(parseAddress("'It''s'!$B$2:A1")).toEqual({
      sheetName: "It's",
      rect: { top: 0, left: 0, bottom: 1, right: 1 },
    });
    expect(parseAddress("Sheet1!C:D").rect).toEqual({ top: 0, left: 2, bottom: 1048575, right: 3 });
    expect(parseAddress("3:4").rect).toEqual({ top: 2, left: 0, bottom: 3, right: 16383 });
  });

  it("formats full addresses, whole columns as A:A", () => {
    expect(formatAddress("Projection", { top: 0, left: 0, bottom: 19, right: 10 })).toBe(
      "Projection!A1:K20"
    );
    expect(formatAddress("My sheet", { top: 0, left: 0, bottom: 1048575, right: 0 })).toBe(
      "'My sheet'!A:A"
    );
  });

  it("reports address, indexes and counts of derived ranges", async () => {
    const { Excel, model } = createMemoryExcel();
    model.addSheet("My sheet");
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("My sheet").getRange("B2:D5");
      const parts = [base, base.getCell(1, 1)];
      for (const part of parts) part.load("address, rowIndex, columnIndex, rowCount, columnCount");
      const sheet = base.worksheet.load("name");
      await context.sync();
      expect(parts.map((p) => p.address)).toEqual(["'My sheet'!B2:D5", "'My sheet'!C3"]);
      expect([
        parts[0].rowIndex,
        parts[0].columnIndex,
        parts[0].rowCount,
        parts[0].columnCount,
      ]).toEqual([1, 1, 4, 3]);
      expect(sheet.name).toBe("My sheet");
    });
  });

  it("fails a malformed address at sync with InvalidArgument", async () => {
    const { Excel } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2:C3").load("address");
      await context.sync();
    });
    await expectOfficeError(run, "InvalidArgument");
  });
});
