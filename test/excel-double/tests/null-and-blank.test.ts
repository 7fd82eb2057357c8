/* learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values: null in a 2-D array leaves
 * that cell unchanged; "" clears values and resets numberFormat to General; null for a whole property is
 * not valid input. */
import { createMemoryExcel } from "..";
import { expectOfficeError } from "./expect-office-error";

describe("null and empty-string input", () => {
  it('leaves cells written as null unchanged and clears cells written as ""', async () => {
    const { Excel, model, metrics } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [["keep", "clear", "old"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [[null, "", "new"]];
    });
    expect(model.getValues("Sheet1", "A1:C1")).toEqual([["keep", "", "new"]]);
    expect(model.cell("Sheet1", "B1").valueType).toBe("Empty");
    // "" and "new" were written; the null was not: 2 cells.
    expect(metrics.cellsWritten).toBe(2);
  });

  it("treats undefined like null, because JSON sends it as null", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [["keep"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[undefined]];
    });
    expect(model.getValues("Sheet1", "A1")).toEqual([["keep"]]);
  });

  it("leaves NaN and Infinity cells unchanged (JSON turns them into null) and counts them", async () => {
    const { Excel, model, metrics } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [[1, 2]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[NaN, Infinity]];
    });
    expect(model.getValues("Sheet1", "A1:B1")).toEqual([[1, 2]]);
    expect(metrics.nonFiniteNumbersWritten).toBe(2);
  });

  it('keeps the number format when a value is cleared, and "" resets a format to General', async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [[45352, 0.5]]);
    model.setNumberFormat("Sheet1", "A1:B1", [["yyyy-mm-dd", "0%"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["", null]];
      range.numberFormat = [[null, ""]];
    });
    expect(model.cell("Sheet1", "A1")).toMatchObject({ value: null, numberFormat: "yyyy-mm-dd" });
    expect(model.cell("Sheet1", "B1")).toMatchObject({ value: 0.5, numberFormat: "General" });
  });

  it("rejects null for the whole property", async () => {
    const { Excel } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      (range as unknown as { values: unknown }).values = null;
      await context.sync();
    });
    await expectOfficeError(run, "InvalidArgument");
  });
});
