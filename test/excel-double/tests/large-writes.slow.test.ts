/* Large writes: a 5,000 × 15 projection and a 150,000 × 12 portfolio are stored, chunked and read back
 * whole. How long they take is a benchmark figure (`npm run bench`), not a test: a shared CI machine's
 * timing would make such a test fail for reasons that are not the code's. */
import { createMemoryExcel } from "..";

function numbers(rows: number, columns: number, offset = 0): number[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (offset + r) * 100 + c + 0.25)
  );
}

describe("large writes", () => {
  it("writes, formats and reads back 5,000 × 15 in one sync", async () => {
    const { Excel, metrics } = createMemoryExcel();
    const back = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const block = sheet.getRangeByIndexes(0, 0, 5000, 15);
      block.values = numbers(5000, 15);
      block.numberFormat = Array.from({ length: 5000 }, () =>
        new Array<string>(15).fill("#,##0.00")
      );
      sheet.getRangeByIndexes(0, 0, 1, 15).format.font.bold = true;
      block.format.autofitColumns();
      const used = sheet.getUsedRange().load("address, values");
      await context.sync();
      return used;
    });
    expect(back.address).toBe("Sheet1!A1:O5000");
    expect(back.values[4999][14]).toBe(499914.25);
    expect(metrics.cellsWritten).toBe(2 * 5000 * 15);
  });

  it("writes 150,000 × 12 in 20,000-row chunks under the 5 MB limit", async () => {
    const { Excel, model, metrics } = createMemoryExcel();
    const rows = 150000;
    const chunk = 20000;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < rows; start += chunk) {
        const count = Math.min(chunk, rows - start);
        sheet.getRangeByIndexes(start, 0, count, 12).values = numbers(count, 12, start);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point
        await context.sync();
      }
    });
    expect(metrics.syncCount).toBe(8); // ⌈150,000 / 20,000⌉ = 8
    expect(metrics.syncs.every((s) => s.payloadBytes < 5 * 1024 * 1024)).toBe(true);
    expect(model.usedRangeAddress("Sheet1")).toBe("A1:L150000");
    expect(model.getValues("Sheet1", "L150000")).toEqual([[14999911.25]]);
  });

  it("writes 150,000 × 12 in a single sync when the limit allows it, and finds its region", async () => {
    const { Excel, metrics } = createMemoryExcel(undefined, {
      payloadLimitBytes: 64 * 1024 * 1024,
    });
    const data = numbers(150000, 12);
    const region = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRangeByIndexes(0, 0, 150000, 12).values = data;
      const found = sheet.getRange("A1").getSurroundingRegion().load("address");
      await context.sync();
      return found.address;
    });
    expect(region).toBe("Sheet1!A1:L150000");
    expect(metrics.syncs[0].payloadBytes).toBeGreaterThan(5 * 1024 * 1024);
  });
});
