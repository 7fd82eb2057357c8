/* Merged cells: Excel keeps only the upper-left value of a merged area ("Merging cells only keeps the
 * upper-left value"), and reading the area returns that value in the top-left cell and "" elsewhere. */
import { createMemoryExcel } from "..";

describe("merged cells", () => {
  it("reads the top-left value and blanks for the rest of the area", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [
      ["Title", "lost"],
      ["lost", "lost"],
    ]);
    model.setValues("Sheet1", "C1", [["outside"]]);
    model.merge("Sheet1", "A1:B2");
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2");
      range.load("values, valueTypes, text");
      await context.sync();
      return { values: range.values, types: range.valueTypes, text: range.text };
    });
    expect(read.values).toEqual([
      ["Title", "", "outside"],
      ["", "", ""],
    ]);
    expect(read.types).toEqual([
      ["String", "Empty", "String"],
      ["Empty", "Empty", "Empty"],
    ]);
    expect(model.cell("Sheet1", "B2").mergedArea).toBe("A1:B2");
  });
});
