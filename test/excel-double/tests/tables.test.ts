/* TableCollection.add (ExcelApi 1.1): "If the table cannot be added (e.g., because the address is invalid,
 * or the table would overlap with another table), an error will be thrown"; "If the source does not contain
 * headers ... Excel will automatically generate a header and shift the data down by one row." */
import { createMemoryExcel } from "..";
import { expectOfficeError } from "./expect-office-error";

describe("tables", () => {
  it("adds tables named Table1, Table2… and gives their whole range", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [
      ["Patent", "Fee"],
      ["CN1", 900],
      ["CN2", 1200],
    ]);
    model.setValues("Sheet1", "E1", [["Year"], [1]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const first = sheet.tables.add("A1:B3", true);
      const second = context.workbook.tables.add("Sheet1!E1:E2", true);
      first.load("name");
      second.load("name");
      const whole = first.getRange().load("address, values");
      await context.sync();
      expect([first.name, second.name]).toEqual(["Table1", "Table2"]);
      expect(whole.values[0]).toEqual(["Patent", "Fee"]);
      expect(whole.address).toBe("Sheet1!A1:B3");
    });
    expect(model.tables.map((t) => t.name)).toEqual(["Table1", "Table2"]);
  });

  it("refuses a table that overlaps another table, at sync", async () => {
    const { Excel, model } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem("Sheet1").tables;
      tables.add("A1:C5", true);
      tables.add("C5:D9", true);
      await context.sync();
    });
    await expectOfficeError(run, "InvalidArgument");
    expect(model.tables).toHaveLength(1);
  });

  it("deletes a sheet's tables and charts with the sheet", async () => {
    const { Excel, model } = createMemoryExcel();
    model.addSheet("Projection");
    model.setValues("Projection", "A1", [
      ["Year", "Fee"],
      [1, 900],
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Projection");
      sheet.tables.add("A1:B2", true);
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"), "Auto");
      await context.sync();
      sheet.delete();
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      expect(tables.items).toHaveLength(0);
    });
    expect(model.tables).toHaveLength(0);
    expect(model.findSheet("Projection")).toBeUndefined();
  });

  it("makes headers unique text and fills blanks, as Excel does", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [
      ["Fee", "", "Fee", 2024],
      [1, 2, 3, 4],
    ]);
    await Excel.run(async (context) => {
      context.workbook.tables.add("A1:D2", true);
    });
    expect(model.getValues("Sheet1", "A1:D1")).toEqual([["Fee", "Column2", "Fee2", "2024"]]);
  });

  it("without headers, writes Column1… and shifts the data down one row", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [
      [1, 2],
      [3, 4],
    ]);
    await Excel.run(async (context) => {
      context.workbook.tables.add("A1:B2", false);
    });
    expect(model.getValues("Sheet1", "A1:B3")).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
    ]);
    expect(model.tables[0].rect).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
  });

  it("finds tables case-insensitively, by OrNullObject, and keeps cells when a table is deleted", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [["H"], ["v"]]);
    model.addTable("Sheet1", "A1:A2", true);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("table1");
      const missing = context.workbook.tables.getItemOrNullObject("Nope");
      table.name = "Fees";
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(model.tables.map((t) => t.name)).toEqual(["Fees"]);
    expect(model.getValues("Sheet1", "A1:A2")).toEqual([["H"], ["v"]]);
  });

  it("appends rows with rows.add and grows the table", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [
      ["Year", "Fee"],
      [1, 900],
    ]);
    model.addTable("Sheet1", "A1:B2", true);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Table1").rows.add(null, [
        [2, 1200],
        [3, 1200],
      ]);
    });
    expect(model.tables[0].rect.bottom).toBe(3);
    expect(model.getValues("Sheet1", "A3:B4")).toEqual([
      [2, 1200],
      [3, 1200],
    ]);
  });
});
