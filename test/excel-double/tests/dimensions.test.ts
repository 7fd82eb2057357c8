/* Range.values/formulas/numberFormat take a 2-D array matching the range; Excel answers a mismatch with
 * InvalidArgument ("The number of rows or columns in the input array doesn't match the size or dimensions
 * of the range."). A single value applies to every cell (office-js-docs-pr#2013: works at run time), and so
 * does a 1 × 1 numberFormat array (the core-concepts sample sets [["$0.00"]] on E3:E6). */
import { createMemoryExcel } from "..";
import { expectOfficeError } from "./expect-office-error";

describe("written arrays must match the range", () => {
  it("rejects too few rows or columns with InvalidArgument at sync", async () => {
    const { Excel, model } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B3").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    const error = await expectOfficeError(run, "InvalidArgument");
    expect(error.message).toContain("doesn't match the size or dimensions of the range");
    expect(error.debugInfo.statement).toBe("Range.values = [2×2]");
    expect(model.usedRangeAddress("Sheet1")).toBeNull();
  });

  it.each([
    ["ragged rows", "values", [[1, 2], [3]]],
    ["a 1-D array", "values", [1, 2, 3, 4]],
    ["a 1 × 1 values array for 2 × 2 cells", "values", [[1]]],
    ["a 1 × 2 numberFormat for 2 × 2 cells", "numberFormat", [["0.00", "0%"]]],
    ["a 1 × 3 formulas array", "formulas", [["=1", "=2", "=3"]]],
  ])("rejects %s with InvalidArgument", async (_label, property, input) => {
    const { Excel } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (range as unknown as Record<string, unknown>)[property as string] = input;
      await context.sync();
    });
    await expectOfficeError(run, "InvalidArgument");
  });

  it("applies a single non-array value to every cell", async () => {
    const { Excel, model } = createMemoryExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (range as unknown as { values: unknown }).values = 0;
      (range as unknown as { numberFormat: unknown }).numberFormat = "0.00";
    });
    expect(model.getValues("Sheet1", "A1:B2")).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(model.getText("Sheet1", "A1:B2")).toEqual([
      ["0.00", "0.00"],
      ["0.00", "0.00"],
    ]);
  });

  // The numberFormat sample of https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts
  // sets [["$0.00"]] on the four cells E3:E6.
  it("applies a 1 × 1 numberFormat to every cell of a larger range, and sends it as 1 × 1", async () => {
    const { Excel, model, metrics } = createMemoryExcel();
    model.setValues("Sheet1", "A1:B3", [
      [1234.5, 0.25],
      [2, 3],
      ["x", 4],
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").numberFormat = [["#,##0.00"]];
      sheet.getRange("B1:B2").numberFormat = [["0%"]];
    });
    expect(model.getNumberFormats("Sheet1", "A1:B3")).toEqual([
      ["#,##0.00", "0%"],
      ["#,##0.00", "0%"],
      ["#,##0.00", "General"],
    ]);
    expect(model.getText("Sheet1", "A1:B3")).toEqual([
      ["1,234.50", "25%"],
      ["2.00", "300%"],
      ["x", "4"],
    ]);
    // JSON [["#,##0.00"]] and [["0%"]]: 14 + 8 bytes.
    expect(metrics.syncs[0].payloadBytes).toBe(22);
    expect(metrics.cellsWritten).toBe(5);
  });

  it("keeps statements before a failing one and drops the ones after it", async () => {
    const { Excel, model } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      sheet.getRange("A2:B2").values = [["too short"]];
      sheet.getRange("A3").values = [["after"]];
      await context.sync();
    });
    await expectOfficeError(run, "InvalidArgument");
    expect(model.getValues("Sheet1", "A1:A3")).toEqual([["before"], [""], [""]]);
  });

  it("rejects objects inside the array before changing any cell", async () => {
    const { Excel, model } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1, { amount: 2 }]];
      await context.sync();
    });
    await expectOfficeError(run, "InvalidArgument");
    expect(model.getValues("Sheet1", "A1:B1")).toEqual([["", ""]]);
  });
});
