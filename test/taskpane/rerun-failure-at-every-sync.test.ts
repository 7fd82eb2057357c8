import { prepareRun, writeRun } from "../../src/taskpane/run-projection";
import { snapshot } from "../excel/office-workbook/output-fixture";
import { SAMPLE_SETTINGS as settings, sampleWorkbook } from "./sample-run-fixture";

// The whole run on the sample portfolio (five real output sheets with tables and a chart), rerun with a
// sync failing at each of its syncs in turn, then cancelled at each of its checks: every time the
// workbook is as it was before the rerun, and the pane's report says so.
async function afterOneRun() {
  const setup = await sampleWorkbook({ maxRowsPerRequest: 40 });
  const prepared = await prepareRun(setup.port, setup.source, settings, "en");
  await writeRun(setup.port, prepared, {});
  return { ...setup, prepared };
}

describe.each([
  ["", false],
  [", after its question (the look at the workbook taken again in one request)", true],
])("a rerun of the sample portfolio%s", (_, asked) => {
  // As the pane does it: inspectOutputs, the question, then the write given what was found; `writing`
  // is called as the write begins (after the inspection's requests).
  const write = async (
    setup: Awaited<ReturnType<typeof afterOneRun>>,
    options: Parameters<typeof writeRun>[2],
    writing = () => {}
  ) => {
    const found = asked ? await setup.port.inspectOutputs(setup.prepared.sheets) : undefined;
    writing();
    return writeRun(setup.port, setup.prepared, { ...options, inspected: found });
  };

  it("leaves the workbook as it was when any sync fails, or when cancelled at any point", async () => {
    const clean = await afterOneRun();
    let start = 0;
    let checks = 0;
    const ok = await write(
      clean,
      { isCancelled: () => (checks++, false) },
      () => (start = clean.fake.metrics.syncCount)
    );
    expect(ok.outcome).toBe("written");
    const syncs = clean.fake.metrics.syncCount - start;
    // maxRowsPerRequest 40: the projection alone takes several requests.
    expect(syncs).toBeGreaterThan(12);

    for (let step = 1; step <= syncs; step += 1) {
      const setup = await afterOneRun();
      const { fake } = setup;
      const before = snapshot(fake);
      const report = await write(
        setup,
        {},
        () => (fake.limits.failAtSync = fake.metrics.syncCount + step)
      );
      expect([step, report.outcome, report.restored]).toEqual([step, "failed", true]);
      expect(snapshot(fake)).toEqual(before);
    }
    for (let point = 1; point <= checks; point += 1) {
      const setup = await afterOneRun();
      const { fake } = setup;
      const before = snapshot(fake);
      let count = 0;
      const report = await write(setup, { isCancelled: () => ++count >= point });
      expect([point, report.outcome]).toEqual([point, "cancelled"]);
      expect(snapshot(fake)).toEqual(before);
    }
  }, 120_000);
});
