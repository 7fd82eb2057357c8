/* workbook.settings (ExcelApi 1.4): add "Sets or adds the specified setting to the workbook";
 * getItemOrNullObject returns a null object for a missing key. */
import { createMemoryExcel } from "..";
import { expectOfficeError } from "./expect-office-error";

describe("settings", () => {
  it("adds, overwrites, reads and lists settings", async () => {
    const { Excel, model } = createMemoryExcel();
    await Excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("asOf", "2025-01-01");
      settings.add("portfolio", { rows: 3 });
      settings.add("asOf", "2025-06-30");
      const asOf = settings.getItemOrNullObject("asOf");
      const missing = settings.getItemOrNullObject("nope");
      asOf.load("value");
      missing.load("value");
      settings.load("items/key");
      await context.sync();
      expect(asOf.value).toBe("2025-06-30");
      expect(missing.isNullObject).toBe(true);
      expect(settings.items.map((s) => s.key)).toEqual(["asOf", "portfolio"]);
    });
    expect(model.settings.get("portfolio")).toEqual({ rows: 3 });
  });

  it("returns copies, so changing a read value changes nothing stored", async () => {
    const { Excel, model } = createMemoryExcel();
    model.settings.set("list", [1, 2]);
    await Excel.run(async (context) => {
      const item = context.workbook.settings.getItem("list").load("value");
      await context.sync();
      (item.value as number[]).push(3);
    });
    expect(model.settings.get("list")).toEqual([1, 2]);
  });

  it("fails getItem for a missing key with ItemNotFound", async () => {
    const { Excel } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      context.workbook.settings.getItem("nope").load("value");
      await context.sync();
    });
    await expectOfficeError(run, "ItemNotFound");
  });
});
