/* Excel's grid is 1,048,576 rows × 16,384 columns (A…XFD) ("Excel specifications and limits"); a range
 * beyond it is InvalidArgument. */
import { createMemoryExcel, MAX_COLUMNS, MAX_ROWS, MemoryWorksheet } from "..";

type Sheet = MemoryWorksheet;
import { expectOfficeError } from "./expect-office-error";

describe("grid limits", () => {
  it("is 1,048,576 rows by 16,384 columns", () => {
    expect([MAX_ROWS, MAX_COLUMNS]).toEqual([1048576, 16384]);
  });

  it("writes the last row and the last column", async () => {
    const { Excel, model } = createMemoryExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1048576").values = [["last row"]];
      sheet.getRangeByIndexes(0, 16383, 1, 1).values = [["last column"]];
    });
    expect(model.getValues("Sheet1", "A1048576")).toEqual([["last row"]]);
    expect(model.getValues("Sheet1", "XFD1")).toEqual([["last column"]]);
  });

  it.each([
    ["a block that runs past row 1,048,576", (s: Sheet) => s.getRangeByIndexes(1048575, 0, 2, 1)],
    ["row 1,048,577 by address", (s: Sheet) => s.getRange("A1048577")],
    ["column XFE", (s: Sheet) => s.getRange("XFE1")],
  ])("rejects %s with InvalidArgument", async (_label, pick) => {
    const { Excel, model } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      const range = pick(context.workbook.worksheets.getItem("Sheet1"));
      range.values = [[1]];
      await context.sync();
    });
    await expectOfficeError(run, "InvalidArgument");
    expect(model.usedRangeAddress("Sheet1")).toBeNull();
  });
});
