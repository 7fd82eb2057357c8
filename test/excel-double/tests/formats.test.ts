/* Range formatting: font, fill, alignment, widths. Office.js reports a formatting property as null when the
 * range is not uniform ("If the column widths are not uniform, null will be returned"). */
import { createMemoryExcel } from "..";

describe("formats", () => {
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
});

describe("properties the fake does not model", () => {
  it("throw on assignment instead of being silently ignored", async () => {
    const { Excel } = createMemoryExcel();
    await Excel.run(async (context) => {
      const format = context.workbook.worksheets.getItem("Sheet1").getRange("A1").format;
      format.columnWidth = 80; // modelled
      expect(() => {
        (format as unknown as Record<string, unknown>).indentLevel = 2; // not modelled
      }).toThrow(TypeError);
    });
  });
});
