/* The payload log lets a benchmark time Office.js's own serialisation (JSON.stringify) of exactly the
 * requests a run sent: it must hold what each statement wrote, in order, and nothing when not asked for. */
import { createMemoryExcel } from "..";

describe("payload log", () => {
  it("keeps what each statement wrote, in order, when the log is an array", async () => {
    const { Excel, metrics } = createMemoryExcel();
    metrics.payloadLog = [];
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      const written: (number | string)[][] = [[1, "¥"]];
      range.values = written;
      range.numberFormat = [["0.00", "@"]];
      range.format.font.bold = true;
      await context.sync();
      // A writer refilling its array for the next request must not change what was sent.
      written[0][0] = 2;
    });
    expect(metrics.payloadLog).toEqual([[[1, "¥"]], [["0.00", "@"]]]);
    // The log is what payloadBytes measured: [[1,"¥"]] is 10 bytes (¥ is 2 in UTF-8), [["0.00","@"]] 14.
    const utf8 = (text: string) => Buffer.byteLength(text, "utf8");
    expect(metrics.payloadLog!.map((v) => utf8(JSON.stringify(v)))).toEqual([10, 14]);
    expect(metrics.syncs[0].payloadBytes).toBe(24);
  });

  it("keeps nothing by default", async () => {
    const { Excel, metrics } = createMemoryExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(metrics.payloadLog).toBeUndefined();
  });
});
