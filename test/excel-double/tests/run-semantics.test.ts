/* Excel.run semantics: the batch must return a promise (OfficeExtension.ErrorCodes.runMustReturnPromise);
 * statements still queued when it resolves are sent in a final sync; a sync sends what was queued when it
 * was called; objects queued after the run ended never reach Excel. */
import { createMemoryExcel, installMemoryExcel, MemoryRange } from "..";
import { expectOfficeError } from "./expect-office-error";

describe("Excel.run", () => {
  it("applies writes still queued at the end of the batch", async () => {
    const { Excel, model } = createMemoryExcel();
    const result = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["done"]];
      return 42;
    });
    expect(result).toBe(42);
    expect(model.getValues("Sheet1", "A1")).toEqual([["done"]]);
  });

  it("rejects a batch function that does not return a promise", async () => {
    const { Excel } = createMemoryExcel();
    const notAsync = (() => undefined) as unknown as () => Promise<void>;
    await expectOfficeError(Excel.run(notAsync), "RunMustReturnPromise");
  });

  it("sends a statement queued after sync() was called in the next batch", async () => {
    const { Excel, metrics } = createMemoryExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const first = context.sync();
      range.values = [[1]]; // queued while the first request is in flight
      await first;
      await context.sync();
    });
    expect(metrics.syncs.map((s) => s.operations)).toEqual([0, 1]);
  });

  it("counts writes made after the run ended, which never reach the workbook", async () => {
    const { Excel, model, metrics } = createMemoryExcel();
    let leaked: MemoryRange | undefined;
    await Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    });
    (leaked as MemoryRange).values = [["late"]];
    expect(metrics.operationsAfterRun).toBe(1);
    expect(model.getValues("Sheet1", "A1")).toEqual([[""]]);
    await expectOfficeError((leaked as MemoryRange).context.sync(), "InvalidRequestContext");
  });

  it("continues with a previous run's objects when they are passed to run", async () => {
    const { Excel, model } = createMemoryExcel();
    const range = await Excel.run(async (context) =>
      context.workbook.worksheets.getItem("Sheet1").getRange("B2")
    );
    await Excel.run(range, async () => {
      range.values = [["again"]];
    });
    expect(model.getValues("Sheet1", "B2")).toEqual([["again"]]);
  });

  it("drops the queue when the batch throws", async () => {
    const { Excel, model } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["never"]];
      throw new Error("bug in the batch");
    });
    await expect(run).rejects.toThrow("bug in the batch");
    expect(model.getValues("Sheet1", "A1")).toEqual([[""]]);
  });

  it("installs as the global Excel and OfficeExtension, and restores them", async () => {
    const fake = createMemoryExcel();
    const globals = globalThis as unknown as {
      Excel?: unknown;
      OfficeExtension?: { Error: unknown };
    };
    const restore = installMemoryExcel(fake);
    try {
      expect(globals.Excel).toBe(fake.Excel);
      const error = await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OfficeExtension.Error);
      expect((error as OfficeExtension.Error).code).toBe(Excel.ErrorCodes.itemNotFound);
    } finally {
      restore();
    }
    expect(globals.Excel).toBeUndefined();
  });

  it("records trace messages on a failing sync", async () => {
    const { Excel } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      context.trace("loading inputs");
      context.workbook.worksheets.getItem("Nope").load("name");
      await context.sync();
    });
    const error = await expectOfficeError(run, "ItemNotFound");
    expect(error.traceMessages).toEqual(["loading inputs"]);
  });
});
