import { outputs, snapshot } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// The red-team run injected a failure into each sync of a rerun: 14 of 38 left unmarked partial sheets
// and the previous outputs were gone. Here every sync of a rerun fails once, in turn.
const LIMITS = { maxRowsPerRequest: 1 }; // one row per request: many syncs to fail in

async function previousRun() {
  const setup = workbookWithUserData(LIMITS);
  setup.fake.model.addSheet("Budget");
  setup.fake.model.setValues("Budget", "A1", [["Rent", 1200]]);
  await setup.port.writeSheets(outputs(100));
  return setup;
}

describe("a sync failing at any step of a rerun", () => {
  it("leaves the user's data and the previous outputs exactly as they were, with no partial sheet", async () => {
    const clean = await previousRun();
    const start = clean.fake.metrics.syncCount;
    expect((await clean.port.writeSheets(outputs(200))).outcome).toBe("written");
    const syncs = clean.fake.metrics.syncCount - start;
    expect(syncs).toBeGreaterThan(10);

    for (let step = 1; step <= syncs; step += 1) {
      const { fake, port } = await previousRun();
      const before = snapshot(fake);
      fake.limits.failAtSync = fake.metrics.syncCount + step;
      const report = await port.writeSheets(outputs(200));
      fake.limits.failAtSync = undefined;
      expect([step, report.outcome, report.restored]).toEqual([step, "failed", true]);
      expect(report.error).toMatch(/injected fault/);
      expect(snapshot(fake)).toEqual(before);
      // And the next run works as if nothing had happened.
      expect((await port.writeSheets(outputs(300))).sheets).toEqual(["IP Summary", "IP Deadlines"]);
    }
  }, 60_000);
});
