import { ExcelHost, OfficeWorkbook } from "../../../src/excel/office-workbook";
import { PortfolioSource } from "../../../src/excel/workbook-port";
import { outputs } from "./output-fixture";
import { CHANGES, Fake, MARK_MODES, SINCE, afterFirstRun, listedWorkbook } from "./look-fixture";

// A run reads its list, plans, then looks for earlier outputs before it writes. The look that confirms
// what this pane last saw of the workbook (its list of lists, or its last write) rides with the read's
// first request, so the inspection after the plan sends none: a round trip fewer on every click (often
// 100 ms or more in Excel on the web). Whatever the user did before the click, the inspection must find
// what a full look finds.

/** The list the fixtures' workbooks hold, as the pane's list of lists gives it. */
const LIST: PortfolioSource = {
  kind: "region",
  name: "Portfolio",
  sheet: "Portfolio",
  address: "Portfolio!A1:A2",
  rows: 1,
};

/** Requests sent by `act`, and what it returned. */
async function counted<T>(fake: Fake, act: () => Promise<T>): Promise<[T, number]> {
  const start = fake.metrics.syncCount;
  const result = await act();
  return [result, fake.metrics.syncCount - start];
}

/** What a pane opened now (no earlier look) finds, and the requests its full look takes. */
const fullLook = (fake: Fake, marks = true) =>
  counted(fake, () =>
    new OfficeWorkbook(
      fake.Excel as unknown as ExcelHost,
      (version) => marks || version !== "1.12"
    ).inspectOutputs(outputs(200))
  );

describe.each(MARK_MODES)("a rerun's read, %s", (_, marks) => {
  it.each(CHANGES)(
    "confirms in passing what a full look finds when the user %s before the click",
    async (what, change, withMarks, without) => {
      const { fake, port } = await afterFirstRun(marks);
      change(fake);
      const [full, fullSyncs] = await fullLook(fake, marks);
      const [read, readSyncs] = await counted(fake, () => port.readSourceWithTables(LIST, []));
      const [found, inspectSyncs] = await counted(fake, () => port.inspectOutputs(outputs(200)));

      expect(read.grid.values).toEqual([["ID"], ["CN201810123456.7"]]);
      expect(found).toEqual(full);
      // One request for the read and the look together; a sheet of the last look deleted refuses it
      // (ItemNotFound), and it is sent again without the look.
      expect(readSyncs).toBe(what === "deletes an output" ? 2 : 1);
      // None for the inspection when the one request could tell, else the full look.
      expect(inspectSyncs).toBe((marks ? withMarks : without) ? 0 : fullSyncs);
    }
  );
});

describe.each(MARK_MODES)("the first read of a pane opened on earlier outputs, %s", (_, marks) => {
  it.each(CHANGES)(
    "confirms in passing what a full look finds when the user %s after the pane opened",
    async (what, change, withMarks, without) => {
      const { fake } = await afterFirstRun(marks);
      // Opened later: it knows the outputs only by the marks (or recorded names) its list of lists saw.
      const port = new OfficeWorkbook(
        fake.Excel as unknown as ExcelHost,
        (version) => marks || version !== "1.12"
      );
      await port.listSources();
      change(fake);
      const [full, fullSyncs] = await fullLook(fake, marks);
      const [, readSyncs] = await counted(fake, () => port.readSourceWithTables(LIST, []));
      const [found, inspectSyncs] = await counted(fake, () => port.inspectOutputs(outputs(200)));

      expect(found).toEqual(full);
      expect(readSyncs).toBe(what === "deletes an output" ? 2 : 1);
      expect(inspectSyncs).toBe((marks ? withMarks : without) ? 0 : fullSyncs);
    }
  );
});

describe("a pane opened on marks that claim too much", () => {
  it.each([
    ["the whole sheet", "A1:XFD1048576#0"],
    ["no address", "#1f"],
    ["no hash", "A1:B4"],
    ["nothing", ""],
  ])(
    "finds what a full look finds when a mark's print names %s, and reads no more than a look may",
    async (_, print) => {
      const { fake } = await afterFirstRun(true);
      const summary = fake.model.sheets.find((sheet) => sheet.name === "IP Summary")!;
      const mark = summary.customProperties.get("ipcostplanner.output")!;
      summary.customProperties.set("ipcostplanner.output", {
        ...mark,
        value: mark.value.replace(/;done;.*$/, `;done;${print}`),
      });
      const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
      await port.listSources();
      const [full] = await fullLook(fake);
      const start = fake.metrics.syncs.length;
      await port.readSourceWithTables(LIST, []);
      const found = await port.inspectOutputs(outputs(200));
      expect(found).toEqual(full);
      // No request read more cells than the list and the outputs hold.
      const largest = Math.max(
        ...fake.metrics.syncs.slice(start).map((sync) => sync.responseBytes)
      );
      expect(largest).toBeLessThan(2_000);
    }
  );
});

describe("a first run's read", () => {
  it.each(SINCE)(
    "confirms in passing what a full look finds when the user %s after the pane opened",
    async (what, change, one) => {
      const { fake, port } = await listedWorkbook();
      change(fake);
      const [full, fullSyncs] = await fullLook(fake);
      if (what === "renames the portfolio's sheet") {
        // The list is gone: the read fails as it does without a look (the pane lists the lists again).
        const alone = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
        const error = await alone.readSourceWithTables(LIST, []).catch((e: unknown) => e);
        await expect(port.readSourceWithTables(LIST, [])).rejects.toEqual(error);
        return;
      }
      await port.readSourceWithTables(LIST, []);
      const [found, inspectSyncs] = await counted(fake, () => port.inspectOutputs(outputs(200)));
      expect(found).toEqual(full);
      expect(inspectSyncs).toBe(one ? 0 : fullSyncs);
    }
  );
});

describe("the look a read took", () => {
  it("serves the one inspection after it: the next looks for itself", async () => {
    const { fake, port } = await afterFirstRun(true);
    await port.readSourceWithTables(LIST, []);
    const [first, none] = await counted(fake, () => port.inspectOutputs(outputs(200)));
    const [second, own] = await counted(fake, () => port.inspectOutputs(outputs(200)));
    expect(none).toBe(0);
    expect(second).toEqual(first);
    // Lists; marks and used ranges; the values.
    expect(own).toBe(3);
  });

  it("is not taken by the pane's read for its column map (readSource)", async () => {
    const { fake, port } = await afterFirstRun(true);
    const [, readSyncs] = await counted(fake, () => port.readSource(LIST));
    const read = fake.metrics.syncs[fake.metrics.syncs.length - 1];
    const [found, inspectSyncs] = await counted(fake, () => port.inspectOutputs(outputs(200)));
    expect(readSyncs).toBe(1);
    expect(read.statements.some((s) => s.startsWith("WorksheetCollection.load"))).toBe(false);
    // The inspection's own one-request look, as before any read.
    expect(inspectSyncs).toBe(1);
    expect(found.replace).toEqual(["IP Summary", "IP Deadlines"]);
  });

  it("is dropped by a table inserted after the read: the inspection looks for itself", async () => {
    const { fake, port } = await listedWorkbook();
    await port.readSourceWithTables(LIST, []);
    await port.insertTable("IP Summary", "Mine", [["A"], ["1"]], []);
    const [found, inspectSyncs] = await counted(fake, () => port.inspectOutputs(outputs(200)));
    // The inserted sheet took the Summary's name: nothing of ours to replace, and the full look saw it.
    expect(found).toEqual({ replace: [], edited: [], adoptable: [], copies: [] });
    expect(inspectSyncs).toBeGreaterThan(0);
    const report = await port.writeSheets(outputs(200), { inspected: found });
    expect(report.outcome).toBe("written");
    expect(fake.model.getValues("IP Summary", "A1:A2")).toEqual([["A"], [1]]);
  });

  it("gives way when Excel refuses the read with it as too large: the inspection looks for itself", async () => {
    const sizes = await afterFirstRun(true);
    await counted(sizes.fake, () => sizes.port.readSourceWithTables(LIST, []));
    const together = sizes.fake.metrics.syncs[sizes.fake.metrics.syncs.length - 1].responseBytes;

    const { fake, port } = await afterFirstRun(true);
    const { limits, metrics } = fake;
    const usual = limits.responseLimitBytes;
    const first = metrics.syncCount + 1;
    // The read's first request (list and look together) allowed a byte less than its response.
    Object.defineProperty(limits, "responseLimitBytes", {
      get: () => (metrics.syncCount === first ? together - 1 : usual),
    });
    const [read, readSyncs] = await counted(fake, () => port.readSourceWithTables(LIST, []));
    const [found, inspectSyncs] = await counted(fake, () => port.inspectOutputs(outputs(200)));
    const [full] = await fullLook(fake);
    expect(read.grid.values).toEqual([["ID"], ["CN201810123456.7"]]);
    expect(readSyncs).toBeGreaterThan(1);
    expect(found).toEqual(full);
    // The look it kept, in a request of its own.
    expect(inspectSyncs).toBe(1);
  });
});

describe("a change while the run plans (after its read)", () => {
  it("keeps an output the user edited, though the question offered to replace it", async () => {
    const { fake, port } = await afterFirstRun(true);
    await port.readSourceWithTables(LIST, []);
    fake.model.setValues("IP Summary", "B3", [[150]]);
    const found = await port.inspectOutputs(outputs(200));
    // Seen before the edit: the pane asks to replace both, and the user agrees.
    expect(found.replace).toEqual(["IP Summary", "IP Deadlines"]);
    const report = await port.writeSheets(outputs(200), {
      adopt: false,
      keepEdited: true,
      inspected: found,
    });
    // The write looked again: the edited Summary stays the user's, the new one is written beside it.
    expect(report.outcome).toBe("written");
    expect(report.removed).toEqual(["IP Deadlines"]);
    expect(fake.model.getValues("IP Summary", "B3")).toEqual([[150]]);
    const summaries = fake.model.sheets.filter((s) => s.name.startsWith("IP Summary"));
    expect(summaries.map((s) => fake.model.getValues(s.name, "B3")[0][0])).toEqual([150, 200]);
  });

  it("names ours apart when the user adds a sheet named like an output before the first run's write", async () => {
    const { fake, port } = await listedWorkbook();
    await port.readSourceWithTables(LIST, []);
    fake.model.addSheet("IP Summary");
    fake.model.setValues("IP Summary", "A1", [["my notes"]]);
    const found = await port.inspectOutputs(outputs(200));
    // Seen before the sheet was added: nothing to ask, and the write starts from that look. The names
    // the new sheets take are chosen among the sheets as the write's finishing request found them.
    expect(found).toEqual({ replace: [], edited: [], adoptable: [], copies: [] });
    const report = await port.writeSheets(outputs(200), { inspected: found });
    expect(report.outcome).toBe("written");
    expect(report.sheets).toEqual(["IP Summary (2)", "IP Deadlines"]);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([
      "Portfolio",
      "IP Summary",
      "IP Summary (2)",
      "IP Deadlines",
    ]);
    expect(fake.model.getValues("IP Summary", "A1")).toEqual([["my notes"]]);
    expect(fake.model.usedRangeAddress("IP Summary")).toBe("A1");
    expect(fake.model.getValues("IP Summary (2)", "B3")).toEqual([[200]]);
  });
});
