/* Selection: range.select() selects the range and activates its sheet; workbook.getSelectedRange() and
 * getActiveCell() report it; worksheet.activate() makes a sheet active. */
import { createMemoryExcel } from "..";
import { expectOfficeError } from "./expect-office-error";

describe("selection and active sheet", () => {
  it("reports the selection the test set up", async () => {
    const { Excel, model } = createMemoryExcel();
    model.addSheet("Inputs");
    model.select("Inputs", "B2:C4");
    const [selected, active] = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      range.worksheet.load("name");
      await context.sync();
      return [range.address, range.worksheet.name];
    });
    expect([selected, active]).toEqual(["Inputs!B2:C4", "Inputs"]);
  });

  it("moves the selection and the active sheet with range.select()", async () => {
    const { Excel, model } = createMemoryExcel();
    model.addSheet("Projection");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Projection").getRange("A1:K20").select();
    });
    expect(model.selection).toEqual({ sheet: "Projection", address: "A1:K20" });
    expect(model.activeSheet?.name).toBe("Projection");
  });

  it("activates a sheet, keeping that sheet's own selection", async () => {
    const { Excel, model } = createMemoryExcel();
    model.addSheet("Data");
    model.select("Data", "D4");
    model.activate("Sheet1");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").activate();
    });
    expect(model.selection).toEqual({ sheet: "Data", address: "D4" });
  });

  it("refuses to activate a hidden sheet", async () => {
    const { Excel, model } = createMemoryExcel();
    model.addSheet("Hidden");
    model.setVisibility("Hidden", "Hidden");
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Hidden").activate();
      await context.sync();
    });
    await expectOfficeError(run, "InvalidOperation");
  });

  it("refuses to read more than 5 million cells in one request", async () => {
    const { Excel } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
      await context.sync();
    });
    // 5 columns × 1,048,576 rows = 5,242,880 cells > 5,000,000.
    await expectOfficeError(run, "RangeExceedsLimit");
  });
});
