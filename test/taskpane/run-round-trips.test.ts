import { ExcelHost, OfficeWorkbook } from "../../src/excel/office-workbook";
import { prepareRun, writeRun } from "../../src/taskpane/run-projection";
import { SAMPLE_SETTINGS as settings, sampleWorkbook } from "./sample-run-fixture";

// Each context.sync() is a round trip to Excel: a few milliseconds on the desktop, often a hundred or more
// in Excel on the web, so a small portfolio's run waits more on round trips than on its work. Counted
// here as the pane makes them on the sample portfolio (in-memory Excel), request by request.
/** The requests sent since it was made, then since its last call. */
function syncCounter(fake: { metrics: { syncCount: number } }): () => number {
  let mark = fake.metrics.syncCount;
  return () => {
    const n = fake.metrics.syncCount - mark;
    mark = fake.metrics.syncCount;
    return n;
  };
}

describe("the round trips of a run on the sample portfolio", () => {
  it("are 1 to read and look for earlier outputs, and 2 to write the first run's five sheets", async () => {
    const { fake, port, source } = await sampleWorkbook();
    // The pane lists the workbook's lists when it opens (and after inserting the sample).
    await port.listSources();
    const counted = syncCounter(fake);
    const prepared = await prepareRun(port, source, settings, "en");
    // The table's place and values (where the pane listed it), the six other tables looked for, and the
    // sheets as the list of lists saw them, checked (no output, so no fingerprint).
    expect(counted()).toBe(1);
    const found = await port.inspectOutputs(prepared.sheets);
    expect(found).toEqual({ replace: [], edited: [], adoptable: [], copies: [] });
    // What the read checked is what the inspection answers from: no request of its own.
    expect(counted()).toBe(0);
    // Nothing found, so the pane asks nothing and the write starts from that look (as pane.ts passes
    // it): the five new sheets, their values and what finishes them (tables, charts, widths, the used
    // ranges read back), in one request; marks and names.
    const report = await writeRun(port, prepared, { inspected: found });
    expect(report.outcome).toBe("written");
    expect(report.sheets).toHaveLength(5);
    expect(counted()).toBe(2);
  });

  it("are 1 to read and look for earlier outputs, and 3 to write five sheets over them", async () => {
    const { fake, port, source } = await sampleWorkbook();
    await writeRun(port, await prepareRun(port, source, settings, "en"), {});

    // A second run, as a user's next click: it replaces the first one's five sheets.
    const counted = syncCounter(fake);
    const prepared = await prepareRun(port, source, settings, "en");
    // The table's place and values with the six other tables looked for (none is there), and, as the
    // pane that wrote them knows where they are, the sheets, settings and tables with the five sheets'
    // marks, used ranges and values (fingerprints).
    expect(counted()).toBe(1);
    const found = await port.inspectOutputs(prepared.sheets);
    expect(found.replace).toHaveLength(5);
    expect(counted()).toBe(0);
    // The pane asks before replacing the five it found; the user may change the workbook meanwhile, so
    // the write, given what was found, looks again.
    const report = await writeRun(port, prepared, { inspected: found });
    expect(report.outcome).toBe("written");
    expect(report.removed).toHaveLength(5);
    // One look again (the lists, with the five sheets' marks, used ranges and values asked for by id);
    // the five new sheets, their values and what finishes them, all in one request; marks and the replace.
    expect(counted()).toBe(3);
    const writes = fake.metrics.syncs
      .slice(-3)
      .filter((s) => s.statements.some((st) => st.startsWith("Range.values")));
    expect(writes).toHaveLength(1);
    expect(writes[0].statements).toContainEqual(expect.stringMatching(/^WorksheetCollection\.add/));
    expect(writes[0].statements).toContainEqual(expect.stringMatching(/^TableCollection\.add/));
  });

  it("are 1 to read and look, and 3 to write over earlier outputs, in a pane opened after them", async () => {
    const { fake, port, source } = await sampleWorkbook();
    await writeRun(port, await prepareRun(port, source, settings, "en"), {});

    // The workbook opened again later: a new pane lists the lists, and sees the outputs by their marks.
    const pane = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
    await pane.listSources();
    const counted = syncCounter(fake);
    const prepared = await prepareRun(pane, source, settings, "en");
    // The read, and the five outputs confirmed where their marks say their values were hashed.
    expect(counted()).toBe(1);
    const found = await pane.inspectOutputs(prepared.sheets);
    expect(found.replace).toHaveLength(5);
    expect(counted()).toBe(0);
    const report = await writeRun(pane, prepared, { inspected: found });
    expect(report.removed).toHaveLength(5);
    expect(counted()).toBe(3);
  });
});
