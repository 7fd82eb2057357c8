/* Excel on the web limits a request to 5 MB (learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization); an oversized request fails with
 * RequestPayloadSizeLimitExceeded and none of it is applied. */
import { createMemoryExcel, DEFAULT_PAYLOAD_LIMIT_BYTES } from "..";
import { expectOfficeError } from "./expect-office-error";

function block(rows: number, columns: number, text: string): string[][] {
  return Array.from({ length: rows }, () => new Array<string>(columns).fill(text));
}

describe("request payload limit", () => {
  it("defaults to 5 MB", () => {
    expect(createMemoryExcel().limits.payloadLimitBytes).toBe(5 * 1024 * 1024);
    expect(DEFAULT_PAYLOAD_LIMIT_BYTES).toBe(5242880);
  });

  it("rejects an oversized batch and applies nothing of it, not even its small statements", async () => {
    const { Excel, model, metrics } = createMemoryExcel(undefined, { payloadLimitBytes: 1000 });
    // 20 × 5 cells of "abcdefghij": 100 × 13 bytes ("abcdefghij" plus comma) > 1,000 bytes.
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("H1").values = [["small"]];
      sheet.getRange("A1:E20").values = block(20, 5, "abcdefghij");
      await context.sync();
    });
    const error = await expectOfficeError(run, "RequestPayloadSizeLimitExceeded");
    expect(error.message).toContain("Nothing in it was applied");
    expect(model.usedRangeAddress("Sheet1")).toBeNull();
    expect(metrics.syncs[0].errorCode).toBe("RequestPayloadSizeLimitExceeded");
    expect(metrics.syncs[0].payloadBytes).toBeGreaterThan(1000);
    expect(metrics.cellsWritten).toBe(0);
  });

  it("lets the same data through in chunks that each fit", async () => {
    const { Excel, model, metrics, limits } = createMemoryExcel();
    limits.payloadLimitBytes = 1000;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < 20; start += 5) {
        sheet.getRangeByIndexes(start, 0, 5, 5).values = block(5, 5, "abcdefghij");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point
        await context.sync();
      }
    });
    expect(model.usedRangeAddress("Sheet1")).toBe("A1:E20");
    expect(metrics.syncs.every((s) => s.payloadBytes <= 1000 && s.errorCode === null)).toBe(true);
  });

  it("measures the JSON of what is written in UTF-8 bytes", async () => {
    const { Excel, metrics } = createMemoryExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["¥", 12]]; // JSON [["¥",12]]: 10 characters, "¥" takes 2 bytes → 11 bytes
      range.numberFormat = [["@", "0"]]; // [["@","0"]]: 11 bytes
      await context.sync();
    });
    expect(metrics.syncs[0].payloadBytes).toBe(22);
  });

  it("also limits the response: loading more than the limit fails", async () => {
    const { Excel, model } = createMemoryExcel(undefined, { responseLimitBytes: 500 });
    model.setValues("Sheet1", "A1", block(50, 2, "0123456789"));
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B50").load("values");
      await context.sync();
    });
    await expectOfficeError(run, "ResponsePayloadSizeLimitExceeded");
  });
});
