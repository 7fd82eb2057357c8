/* The counting sink benchmarks write into (bench/lib/whole-run.mjs): sheets added while
 * `model.sinkNewSheets` is on discard their cells but keep their used range, and every request is still
 * counted, so a benchmark's heap holds the add-in's memory and not a workbook's cells. */
import { createMemoryExcel } from "..";

describe("counting sink", () => {
  it("discards the cells of sheets added in sink mode, keeps their extent and counts the payload", async () => {
    const { Excel, metrics, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [["kept"]]);
    model.sinkNewSheets = true;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Out");
      sheet.getRange("B2:C3").numberFormat = [
        ["0", "@"],
        ["0", "@"],
      ];
      sheet.getRange("B2:C3").values = [
        [1, "a"],
        [2, "b"],
      ];
      await context.sync();
    });
    // [["0","@"],["0","@"]] is 21 bytes of JSON, [[1,"a"],[2,"b"]] 17.
    expect(metrics.syncs[0].payloadBytes).toBe(38);
    expect(metrics.cellsWritten).toBe(8);
    expect(model.getValues("Out", "B2:C3")).toEqual([
      ["", ""],
      ["", ""],
    ]);
    // The sink keeps rows and width, not the left edge: its used range starts in column A.
    expect(model.sheet("Out").usedRect(false)).toEqual({ top: 1, left: 0, bottom: 2, right: 2 });
    // Sheets that were there before keep their cells.
    expect(model.getValues("Sheet1", "A1")).toEqual([["kept"]]);
  });
});
