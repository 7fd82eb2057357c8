/* Range.getSurroundingRegion (ExcelApi 1.7): "a range bounded by any combination of blank rows and blank
 * columns relative to this range" — Excel's CurrentRegion (Ctrl+A). */
import { createMemoryExcel } from "..";

async function regionOf(
  setup: (model: ReturnType<typeof createMemoryExcel>["model"]) => void,
  cell: string
) {
  const { Excel, model } = createMemoryExcel();
  setup(model);
  return Excel.run(async (context) => {
    const region = context.workbook.worksheets
      .getItem("Sheet1")
      .getRange(cell)
      .getSurroundingRegion();
    region.load("address");
    await context.sync();
    return region.address;
  });
}

describe("getSurroundingRegion", () => {
  it("stops at the blank row and column around a block", async () => {
    const address = await regionOf((model) => {
      model.setValues("Sheet1", "B2", [
        ["Patent", "Fee"],
        ["CN1", 900],
        ["CN2", 1200],
      ]);
      // Separated by blank row 5 and blank column D: not part of the region.
      model.setValues("Sheet1", "B6", [["other"]]);
      model.setValues("Sheet1", "E2", [["other"]]);
    }, "C3");
    expect(address).toBe("Sheet1!B2:C4");
  });

  it("grows through diagonal neighbours and ragged edges", async () => {
    const address = await regionOf((model) => {
      model.setValues("Sheet1", "A1", [["a"]]);
      model.setValues("Sheet1", "B2", [["diagonal"]]);
      model.setValues("Sheet1", "C2", [["right"]]);
      model.setValues("Sheet1", "C3", [["below"]]);
    }, "A1");
    expect(address).toBe("Sheet1!A1:C3");
  });

  it("is the cell itself on a blank sheet", async () => {
    expect(await regionOf(() => undefined, "D4")).toBe("Sheet1!D4");
  });

  it("ignores formatting-only cells (blank means no value)", async () => {
    const address = await regionOf((model) => {
      model.setValues("Sheet1", "A1", [["x", "y"]]);
      model.setNumberFormat("Sheet1", "C1", "0.00");
    }, "A1");
    expect(address).toBe("Sheet1!A1:B1");
  });
});
