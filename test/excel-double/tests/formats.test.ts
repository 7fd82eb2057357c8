/* Range formatting: font, fill, alignment, widths. Office.js reports a formatting property as null when the
 * range is not uniform ("If the column widths are not uniform, null will be returned"). */
import { createMemoryExcel } from "..";
import { expectOfficeError } from "./expect-office-error";

describe("formats", () => {
  it("sets and reads bold, font color, fill and alignment; null when mixed", async () => {
    const { Excel, model } = createMemoryExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:C1");
      header.format.font.bold = true;
      header.format.font.color = "white";
      header.format.fill.color = "#4472c4";
      header.format.horizontalAlignment = "Center";
      const mixed = sheet.getRange("A1:A2");
      mixed.load("format/font/bold");
      header.load("format/font/color, format/fill/color, format/horizontalAlignment");
      await context.sync();
      expect(mixed.format.font.bold).toBeNull();
      expect(header.format.font.color).toBe("#FFFFFF");
      expect(header.format.fill.color).toBe("#4472C4");
      expect(header.format.horizontalAlignment).toBe("Center");
    });
    expect(model.cell("Sheet1", "B1")).toMatchObject({ bold: true, fillColor: "#4472C4" });
  });

  it("sets column widths, reads null for unequal widths, and autofits to the content", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [["a", "a much longer piece of text"]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A:A").format.columnWidth = 100;
      sheet.getRange("B1").format.autofitColumns();
      const a = sheet.getRange("A1").format.load("columnWidth");
      const ab = sheet.getRange("A1:B1").format.load("columnWidth");
      const c = sheet.getRange("C1").format.load("columnWidth");
      await context.sync();
      expect(a.columnWidth).toBe(100);
      expect(ab.columnWidth).toBeNull();
      expect(c.columnWidth).toBe(48); // Excel's standard width: 64 px = 48 pt
    });
    // 27 characters × 7 px + 5 px padding = 194 px = 145.5 pt.
    expect(model.sheet("Sheet1").columnWidths.get(1)).toBe(145.5);
  });

  it("formats whole columns without creating a million cells", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "B5", [["=1"]]);
    await Excel.run(async (context) => {
      const column = context.workbook.worksheets.getItem("Sheet1").getRange("B:B");
      (column as unknown as { numberFormat: unknown }).numberFormat = "@";
      column.format.font.bold = true;
    });
    // A later write into the text-formatted column stays text.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B9").values = [["=2"]];
    });
    expect(model.cell("Sheet1", "B9")).toMatchObject({ value: "=2", formula: null, bold: true });
    expect(model.cell("Sheet1", "B5")).toMatchObject({ formula: "=1", numberFormat: "@" });
    expect(model.usedRangeAddress("Sheet1")).toBe("B5:B9");
  });

  it("clears formats, contents or both", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [[1, 2, 3]]);
    model.setNumberFormat("Sheet1", "A1:C1", "0.00");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear("Formats");
      sheet.getRange("C1").clear();
    });
    expect(model.cell("Sheet1", "A1")).toMatchObject({ value: null, numberFormat: "0.00" });
    expect(model.cell("Sheet1", "B1")).toMatchObject({ value: 2, numberFormat: "General" });
    expect(model.cell("Sheet1", "C1")).toMatchObject({ value: null, numberFormat: "General" });
  });

  it("rejects alignment and booleans that are not Excel values", async () => {
    const { Excel } = createMemoryExcel();
    await expectOfficeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.horizontalAlignment =
          "Middle";
        await context.sync();
      }),
      "InvalidArgument"
    );
  });
});

describe("properties the fake does not model", () => {
  it("throw on assignment instead of being silently ignored", async () => {
    const { Excel } = createMemoryExcel();
    await Excel.run(async (context) => {
      const format = context.workbook.worksheets.getItem("Sheet1").getRange("A1").format;
      format.wrapText = true; // modelled
      expect(() => {
        (format as unknown as Record<string, unknown>).indentLevel = 2; // not modelled
      }).toThrow(TypeError);
    });
  });
});
