/* Metrics the fake keeps for tests and benchmarks. Counting rule for syncs: every explicit
 * context.sync() counts; the implicit sync at the end of Excel.run counts only when statements were still
 * queued (Office.js sends no request for an empty batch). */
import { createMemoryExcel } from "..";

describe("metrics", () => {
  it("counts two explicit syncs as 2 when nothing is left queued at the end", async () => {
    const { Excel, metrics } = createMemoryExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      await context.sync();
      range.load("values");
      await context.sync();
    });
    expect(metrics.runCount).toBe(1);
    expect(metrics.syncCount).toBe(2);
    expect(metrics.syncs.map((s) => s.implicit)).toEqual([false, false]);
  });

  it("adds the implicit final sync when writes were still queued", async () => {
    const { Excel, metrics } = createMemoryExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.getRange("A2").values = [[2]];
      await context.sync();
      sheet.getRange("A3").values = [[3]];
    });
    expect(metrics.syncCount).toBe(3);
    expect(metrics.syncs[2]).toMatchObject({ implicit: true, operations: 1 });
  });

  it("records operations, payload bytes and suspension per sync", async () => {
    const { Excel, metrics } = createMemoryExcel();
    await Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]]; // JSON [[1,2]]: 7 bytes
      range.format.font.bold = true;
      await context.sync();
      range.load("values");
      await context.sync();
    });
    expect(metrics.syncs[0]).toMatchObject({
      operations: 4,
      payloadBytes: 7,
      suspendedCalculation: true,
      suspendedScreenUpdating: true,
    });
    expect(metrics.syncs[0].statements).toEqual([
      "Application.suspendApiCalculationUntilNextSync()",
      "Application.suspendScreenUpdatingUntilNextSync()",
      "Range.values = [1×2]",
      "RangeFont.bold = true",
    ]);
    // The request as JSON, one entry per statement with the data it writes.
    const request = JSON.stringify([
      { action: "Application.suspendApiCalculationUntilNextSync()" },
      { action: "Application.suspendScreenUpdatingUntilNextSync()" },
      { action: "Range.values", data: [[1, 2]] },
      { action: "RangeFont.bold" },
    ]);
    // 61 + 61 + 40 + 27 bytes of entries, 5 of brackets and commas.
    expect(request.length).toBe(194);
    expect(metrics.syncs[0].requestBytes).toBe(request.length);
    // Suspension lasts one sync only.
    expect(metrics.syncs[1]).toMatchObject({ operations: 1, suspendedCalculation: false });
  });

  it("records which sheets were written and how many cells", async () => {
    const { Excel, model, metrics } = createMemoryExcel();
    model.addSheet("Inputs");
    model.addSheet("Projection");
    model.setValues("Inputs", "A1", [["user data"]]);
    await Excel.run(async (context) => {
      const inputs = context.workbook.worksheets.getItem("Inputs").getRange("A1");
      inputs.load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Projection").getRange("A1:C2").values = [
        [1, 2, 3],
        [4, null, 6],
      ];
    });
    expect([...metrics.sheetsWritten]).toEqual(["Projection"]);
    expect(metrics.cellsWritten).toBe(5);
    metrics.reset();
    expect([metrics.syncCount, metrics.cellsWritten, metrics.sheetsWritten.size]).toEqual([
      0, 0, 0,
    ]);
  });

  it("counts runs, and empty explicit syncs", async () => {
    const { Excel, metrics } = createMemoryExcel();
    await Excel.run(async (context) => {
      await context.sync();
    });
    await Excel.run(async () => undefined);
    expect(metrics.runCount).toBe(2);
    expect(metrics.syncCount).toBe(1);
    expect(metrics.syncs[0].operations).toBe(0);
  });
});
