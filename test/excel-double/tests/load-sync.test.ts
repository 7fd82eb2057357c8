/* Proxy semantics from the Office.js docs: a property must be loaded and synced before it is read
 * (OfficeExtension.ErrorCodes.propertyNotLoaded), values are snapshots taken at the sync, and
 * isNullObject is readable after context.sync() (OfficeExtension.ClientObject.isNullObject). */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read,
   office-addins/call-sync-after-load -- this file reads unloaded properties on purpose, to prove that the
   fake throws where Office.js throws. */
import { createMemoryExcel } from "..";
import { expectThrownOfficeError } from "./expect-office-error";

describe("load and sync", () => {
  it("throws PropertyNotLoaded when reading a property that was never loaded", async () => {
    const { Excel } = createMemoryExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      const error = expectThrownOfficeError(() => range.values, "PropertyNotLoaded");
      expect(error.message).toContain("PropertyNotLoaded");
      expect(error.message).toContain("The property 'values' is not available");
      expect(error.debugInfo.errorLocation).toBe("Range.values");
    });
  });

  it("still throws after load() until context.sync() has resolved", async () => {
    const { Excel } = createMemoryExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      expectThrownOfficeError(() => range.values, "PropertyNotLoaded");
      const pending = context.sync();
      // The request is on its way but has not answered yet.
      expectThrownOfficeError(() => range.values, "PropertyNotLoaded");
      await pending;
      expect(range.values).toEqual([[""]]);
    });
  });

  it("only loads the properties asked for", async () => {
    const { Excel } = createMemoryExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C3");
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:C3");
      expectThrownOfficeError(() => range.rowCount, "PropertyNotLoaded");
      expectThrownOfficeError(() => range.format.font.bold, "PropertyNotLoaded");
    });
  });

  it("returns snapshots as of the sync, not live values", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [[1]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      await context.sync();
      model.setValues("Sheet1", "A1", [[2]]); // someone else edits the cell
      expect(range.values).toEqual([[1]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });

  it("applies queued writes only at sync, in order, so a load queued after a write sees it", async () => {
    const { Excel, model } = createMemoryExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const before = sheet.getRange("A1");
      before.load("values");
      sheet.getRange("A1").values = [["written"]];
      expect(model.getValues("Sheet1", "A1")).toEqual([[""]]); // nothing applied yet
      const after = sheet.getRange("A1");
      after.load("values");
      await context.sync();
      expect(before.values).toEqual([[""]]);
      expect(after.values).toEqual([["written"]]);
    });
  });

  it("reads back a locally set value before sync, as Office.js proxies do", async () => {
    const { Excel } = createMemoryExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[5]];
      expect(range.values).toEqual([[5]]);
    });
  });

  it("supports nested paths, arrays of names and context.load", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [[1, 2]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load(["rowCount", "columnCount"]);
      range.load("format/font/bold, format/columnWidth");
      context.load(range, "values");
      await context.sync();
      expect([range.rowCount, range.columnCount]).toEqual([1, 2]);
      expect(range.format.font.bold).toBe(false);
      expect(range.format.columnWidth).toBe(48); // points: 8.43 characters of Calibri 11
      expect(range.toJSON()).toEqual({
        rowCount: 1,
        columnCount: 2,
        values: [[1, 2]],
        format: { font: { bold: false }, columnWidth: 48 },
      });
    });
  });

  it("tells null objects apart after sync, without a load", async () => {
    const { Excel } = createMemoryExcel();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      expectThrownOfficeError(() => missing.isNullObject, "PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("fails a write to a null object at sync with ItemNotFound", async () => {
    const { Excel } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      missing.getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("loads items of collections with item/property paths", async () => {
    const { Excel, model } = createMemoryExcel();
    model.addSheet("Data");
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
      expectThrownOfficeError(() => sheets.items[0].visibility, "PropertyNotLoaded");
      expect(sheets.toJSON()).toEqual({ items: [{ name: "Sheet1" }, { name: "Data" }] });
    });
  });
});
