/* Range.values: "Cells that contain an error will return the error string"; Range.valueTypes gives
 * "Error" for them (Excel.RangeValueType). */
import { createMemoryExcel } from "..";

describe("error cells", () => {
  it("read as the error string with valueType Error", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [["x", 1, true, ""]]);
    model.setError("Sheet1", "B1", "#N/A");
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      range.load("values, valueTypes, text");
      await context.sync();
      return { values: range.values, types: range.valueTypes, text: range.text };
    });
    expect(read.values).toEqual([["x", "#N/A", true, ""]]);
    expect(read.types).toEqual([["String", "Error", "Boolean", "Empty"]]);
    expect(read.text).toEqual([["x", "#N/A", "TRUE", ""]]);
    expect(model.cell("Sheet1", "B1")).toMatchObject({ value: "#N/A", valueType: "Error" });
  });

  it("keeps a formula when a test gives it an error result", () => {
    const { model } = createMemoryExcel();
    model.setCell("Sheet1", "A1", { formula: "=VLOOKUP(1,B:C,2,FALSE)" });
    model.setError("Sheet1", "A1", "#N/A");
    expect(model.cell("Sheet1", "A1")).toMatchObject({
      formula: "=VLOOKUP(1,B:C,2,FALSE)",
      value: "#N/A",
    });
  });
});
