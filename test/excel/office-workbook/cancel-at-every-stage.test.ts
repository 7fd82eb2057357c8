import { outputs, snapshot } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// Cancel used to delete the previous outputs (they went first). Now the writer checks for Cancel before
// every request until the new sheets are complete, and a cancel removes only the new sheets.
describe("Cancel at any point of a rerun", () => {
  it("removes the new sheets and leaves the previous outputs and the user's data as they were", async () => {
    const checks = async () => {
      const { port } = workbookWithUserData({ maxRowsPerRequest: 1 });
      await port.writeSheets(outputs(100));
      let count = 0;
      await port.writeSheets(outputs(200), { isCancelled: () => (count++, false) });
      return count;
    };
    const points = await checks();
    expect(points).toBeGreaterThan(8); // before the sheets, before each request, before the finish…
    for (let point = 1; point <= points; point += 1) {
      const { fake, port } = workbookWithUserData({ maxRowsPerRequest: 1 });
      await port.writeSheets(outputs(100));
      const before = snapshot(fake);
      let count = 0;
      const report = await port.writeSheets(outputs(200), { isCancelled: () => ++count >= point });
      expect([point, report.outcome, report.restored]).toEqual([point, "cancelled", true]);
      expect(snapshot(fake)).toEqual(before);
    }
  }, 60_000);
});
