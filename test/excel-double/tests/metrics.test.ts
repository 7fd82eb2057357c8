/* Metrics the fake keeps for tests and benchmarks. Counting rule for syncs: every explicit
 * context.sync() counts; the implicit sync at the end of Excel.run counts only when statements were still
 * queued (Office.js sends no request for an empty batch). */
import fc from "fast-check";
import { createMemoryExcel } from "..";
import { jsonBytes } from "../metrics";

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

// jsonBytes counts the bytes of JSON.stringify without building the string (issue 14: the double's
// counting was most of the benchmark's write time); every count must equal the string's UTF-8 length.
describe("jsonBytes counts what JSON.stringify writes", () => {
  const reference = (value: unknown) => {
    const json = JSON.stringify(value);
    return json === undefined ? 0 : Buffer.byteLength(json, "utf8");
  };

  it("counts worked examples", () => {
    expect(jsonBytes([[1, 2]])).toBe(7); // [[1,2]]
    expect(jsonBytes([[1, "¥"]])).toBe(10); // [[1,"¥"]]: ¥ is 2 bytes in UTF-8
    expect(jsonBytes("专利")).toBe(8); // 2 quotes + 2 × 3 bytes
    expect(jsonBytes("😀")).toBe(6); // 2 quotes + 4 bytes (a surrogate pair)
    expect(jsonBytes("\ud800")).toBe(8); // a lone surrogate is written "\ud800"
    expect(jsonBytes('a"\\\n\u0001')).toBe(15); // "a\"\\\n\u0001": 1 + 2 + 2 + 2 + 6 + 2 quotes
    expect(jsonBytes([NaN, -0, Infinity, 1e21, 123456789012345680000])).toBe(
      "[null,0,null,1e+21,123456789012345680000]".length
    );
    expect(jsonBytes({ a: undefined, b: () => 1, c: null })).toBe(10); // {"c":null}
    expect(jsonBytes([undefined, () => 1])).toBe(11); // [null,null]
    expect(jsonBytes(undefined)).toBe(0);
    expect(jsonBytes(new Date(Date.UTC(2026, 0, 1)))).toBe(26); // "2026-01-01T00:00:00.000Z"
  });

  it("equals the UTF-8 length of JSON.stringify on random values", () => {
    const cell = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.double(),
      fc.integer(),
      fc.maxSafeInteger(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: true })
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.array(cell)),
          fc.anything({
            withDate: true,
            withNullPrototype: true,
            withBoxedValues: true,
            withSparseArray: true,
          }),
          fc.dictionary(fc.string({ unit: "binary" }), cell),
          cell
        ),
        (value) => {
          expect(jsonBytes(value)).toBe(reference(value));
        }
      ),
      { numRuns: 3000, seed: 14 }
    );
  });
});
