/* WorksheetCollection.add(name): "If specified, the name should be unique"; Excel's sheet-name rules
 * (at most 31 characters, none of : \ / ? * [ ]) come from the Rename worksheet dialog. */
import { createMemoryExcel } from "..";
import { expectOfficeError } from "./expect-office-error";

async function addSheet(name: string) {
  const fake = createMemoryExcel();
  const run = fake.Excel.run(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
  return { fake, run };
}

describe("worksheets", () => {
  it("adds a sheet at the end without activating it", async () => {
    const { fake, run } = await addSheet("Projection");
    await run;
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Projection"]);
    expect(fake.model.activeSheet?.name).toBe("Sheet1");
  });

  it("rejects a duplicate name, ignoring case, with ItemAlreadyExists", async () => {
    const { fake, run } = await addSheet("sheet1");
    await expectOfficeError(run, "ItemAlreadyExists");
    expect(fake.model.sheets).toHaveLength(1);
  });

  it.each([
    ["a".repeat(32)],
    ["Q1:Q2"],
    ["a\\b"],
    ["a/b"],
    ["why?"],
    ["*"],
    ["[x]"],
    [""],
    ["'quoted'"],
  ])("rejects the invalid name %j with InvalidArgument", async (name) => {
    const { run } = await addSheet(name);
    await expectOfficeError(run, "InvalidArgument");
  });

  it("accepts a 31-character name", async () => {
    const { fake, run } = await addSheet("b".repeat(31));
    await run;
    expect(fake.model.sheets).toHaveLength(2);
  });

  it("fails getItem for a missing sheet with ItemNotFound at sync, not before", async () => {
    const { Excel } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Missing"); // no error yet
      sheet.load("name");
      await context.sync();
    });
    await expectOfficeError(run, "ItemNotFound");
  });

  it("reads name and visibility, renames, activates and freezes rows", async () => {
    const { Excel, model } = createMemoryExcel();
    model.addSheet("Data");
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const data = sheets.getItem("Data");
      data.load("name, visibility");
      await context.sync();
      expect([data.name, data.visibility]).toEqual(["Data", "Visible"]);
      data.name = "Inputs";
      data.activate();
      data.freezePanes.freezeRows(1);
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Inputs");
    });
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Inputs"]);
    expect(model.sheet("Inputs").frozenRows).toBe(1);
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const { Excel } = createMemoryExcel();
    await expectOfficeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      }),
      "InvalidOperation"
    );
    await expectOfficeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
        await context.sync();
      }),
      "InvalidOperation"
    );
  });

  it("uses a worksheet added earlier in the same batch", async () => {
    const { Excel, model } = createMemoryExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("New");
      sheet.getRange("A1").values = [["hello"]];
      sheet.getRange("A1").select();
    });
    expect(model.getValues("New", "A1")).toEqual([["hello"]]);
    expect(model.selection).toEqual({ sheet: "New", address: "A1" });
  });
});
