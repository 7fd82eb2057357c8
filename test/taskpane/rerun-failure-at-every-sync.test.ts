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

describe("a rerun of the sample portfolio", () => {
  it("leaves the workbook as it was when any sync fails, or when cancelled at any point", async () => {
    const clean = await afterOneRun();
    const start = clean.fake.metrics.syncCount;
    let checks = 0;
    const ok = await writeRun(clean.port, clean.prepared, { isCancelled: () => (checks++, false) });
    expect(ok.outcome).toBe("written");
    const syncs = clean.fake.metrics.syncCount - start;
    expect(syncs).toBeGreaterThan(15);

    for (let step = 1; step <= syncs; step += 1) {
      const { fake, port, prepared } = await afterOneRun();
      const before = snapshot(fake);
      fake.limits.failAtSync = fake.metrics.syncCount + step;
      const report = await writeRun(port, prepared, {});
      expect([step, report.outcome, report.restored]).toEqual([step, "failed", true]);
      expect(snapshot(fake)).toEqual(before);
    }
    for (let point = 1; point <= checks; point += 1) {
      const { fake, port, prepared } = await afterOneRun();
      const before = snapshot(fake);
      let count = 0;
      const report = await writeRun(port, prepared, { isCancelled: () => ++count >= point });
      expect([point, report.outcome]).toEqual([point, "cancelled"]);
      expect(snapshot(fake)).toEqual(before);
    }
  }, 120_000);
});
