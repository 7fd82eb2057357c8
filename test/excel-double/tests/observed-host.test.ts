import { createMemoryExcel } from "..";
import { observedHost } from "../observed-host";

// The preview redraws its grid after batches, in a task of its own and once for batches that end
// together (issue 14: a redraw after every batch held the pane's thread).
describe("observedHost", () => {
  it("calls afterRun once, after the batches that ended in the same task, not inside them", async () => {
    jest.useFakeTimers();
    try {
      const fake = createMemoryExcel();
      let repaints = 0;
      const host = observedHost(fake, () => (repaints += 1));
      await host.run(async () => 1);
      await host.run(async () => 2);
      expect(repaints).toBe(0);
      jest.runAllTimers();
      expect(repaints).toBe(1);
      // A failed batch is repainted too (Excel shows what it applied before the error).
      await expect(
        host.run(async () => {
          throw new Error("refused");
        })
      ).rejects.toThrow("refused");
      jest.runAllTimers();
      expect(repaints).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
