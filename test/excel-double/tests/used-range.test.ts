/* Worksheet.getUsedRange: "the smallest range that encompasses any cells that have a value or formatting
 * assigned to them. If the entire worksheet is blank, this function will return the top left cell"; the
 * valuesOnly flag ignores formatting; Range.getUsedRange throws ItemNotFound when nothing is used. */
import { createMemoryExcel } from "..";

describe("used range", () => {
  it("spans values and formatted cells; valuesOnly spans values only", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "B2", [
      [1, 2],
      [3, 4],
    ]);
    model.setNumberFormat("Sheet1", "E7", "0.00");
    const [all, values] = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const usedValues = sheet.getUsedRange(true).load("address");
      await context.sync();
      return [used.address, usedValues.address];
    });
    expect(all).toBe("Sheet1!B2:E7");
    expect(values).toBe("Sheet1!B2:C3");
    expect(model.usedRangeAddress("Sheet1")).toBe("B2:E7");
  });

  it("is A1 on a blank sheet, and the OrNullObject variant is a null object", async () => {
    const { Excel } = createMemoryExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const maybe = sheet.getUsedRangeOrNullObject();
      maybe.load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(maybe.isNullObject).toBe(true);
    });
  });
});
