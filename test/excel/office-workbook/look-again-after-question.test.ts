import { ExcelHost, OfficeWorkbook } from "../../../src/excel/office-workbook";
import { outputs, snapshot } from "./output-fixture";
import { CHANGES, Fake, MARK_MODES, SINCE, afterFirstRun, listedWorkbook } from "./look-fixture";

// A rerun asks before replacing the outputs it found, and the user may change the workbook while the
// question is open. The write then looks at the workbook again: in one request, the sheets the inspection
// saw asked for by id beside the lists, instead of the full look's three. Whatever the user did meanwhile,
// the write must do exactly what it does after a full look: the same sheets removed, kept and written.

describe.each(MARK_MODES)("a rerun's write after its question, %s", (_, marks) => {
  it.each(CHANGES)(
    "does what a full look would do when the user %s",
    async (_what, change, withMarks, without) => {
      const given = await afterFirstRun(marks);
      const full = await afterFirstRun(marks);
      const found = await given.port.inspectOutputs(outputs(200));
      await full.port.inspectOutputs(outputs(200));
      expect(found.replace.length + found.adoptable.length).toBe(2);
      change(given.fake);
      change(full.fake);

      const answer = { adopt: true, keepEdited: true };
      const syncs = (fake: Fake) => fake.metrics.syncCount;
      const [givenBefore, fullBefore] = [syncs(given.fake), syncs(full.fake)];
      const givenReport = await given.port.writeSheets(outputs(200), {
        ...answer,
        inspected: found,
      });
      const fullReport = await full.port.writeSheets(outputs(200), answer);

      expect(givenReport).toEqual(fullReport);
      // The run id in the marks is the clock's, read a different number of times by the two writes.
      const seen = (fake: Fake) =>
        JSON.stringify(snapshot(fake)).replace(/;[0-9a-z]+;(writing|done);/g, ";run;$1;");
      expect(seen(given.fake)).toEqual(seen(full.fake));
      // One request instead of three (two without marks: no fingerprints) when it can tell; one more
      // when it cannot, then the full look. It can when the sheets are the same and each output's used
      // range is where the inspection hashed it, or too large to hash.
      const extra = syncs(given.fake) - givenBefore - (syncs(full.fake) - fullBefore);
      const oneRequest = marks ? withMarks : without;
      expect(extra).toBe(oneRequest ? (marks ? -2 : -1) : 1);
    }
  );
});

describe("a rerun's one-request look", () => {
  /** The write after its question, given what was found; its requests and report. */
  async function rerun(setup: Awaited<ReturnType<typeof afterFirstRun>>, asked = () => {}) {
    const found = await setup.port.inspectOutputs(outputs(200));
    asked();
    const start = setup.fake.metrics.syncCount;
    const report = await setup.port.writeSheets(outputs(200), { inspected: found });
    return { report, syncs: setup.fake.metrics.syncs.slice(start) };
  }
  const lookedAgain = (syncs: { statements: readonly string[] }[]) =>
    syncs.filter((sync) =>
      sync.statements.includes("WorksheetCollection.load(items/name, items/id)")
    ).length;

  it("is not tried when the outputs' values are more cells than one read takes", async () => {
    // The Summary's 8 cells and the Deadlines' 6, against 10 a read.
    const { report, syncs } = await rerun(await afterFirstRun(true, 10));
    expect([report.outcome, report.removed]).toEqual(["written", ["IP Summary", "IP Deadlines"]]);
    // The full look: its first request loads the lists and no values.
    expect(lookedAgain(syncs)).toBe(1);
    expect(syncs[0].statements.some((s) => s.includes(".load(values)"))).toBe(false);
  });

  it("gives way to the full look when Excel refuses its response as too large", async () => {
    const sizes = await rerun(await afterFirstRun(true));
    const oneRequest = sizes.syncs[0].responseBytes;
    const setup = await afterFirstRun(true);
    const { limits, metrics } = setup.fake;
    const usual = limits.responseLimitBytes;
    // The write's first request (the one-request look) allowed a byte less than its response.
    const { report, syncs } = await rerun(setup, () => {
      const first = metrics.syncCount + 1;
      Object.defineProperty(limits, "responseLimitBytes", {
        get: () => (metrics.syncCount === first ? oneRequest - 1 : usual),
      });
    });
    expect([report.outcome, report.removed]).toEqual(["written", ["IP Summary", "IP Deadlines"]]);
    // The refused request, then the full look's.
    expect(lookedAgain(syncs)).toBe(2);
  });
});

// A rerun's inspection, by the pane whose write left the outputs: it knows the sheets it left and looks
// at them in one request. Whatever the user did since, it must find what a full look (a pane opened later)
// finds.
describe.each(MARK_MODES)("the inspection after this pane's write, %s", (_, marks) => {
  it.each(CHANGES)(
    "finds what a full look finds when the user %s",
    async (_what, change, withMarks, without) => {
      const { fake, port } = await afterFirstRun(marks);
      change(fake);
      const reopened = new OfficeWorkbook(
        fake.Excel as unknown as ExcelHost,
        (version) => marks || version !== "1.12"
      );
      let start = fake.metrics.syncCount;
      const full = await reopened.inspectOutputs(outputs(200));
      const fullSyncs = fake.metrics.syncCount - start;
      start = fake.metrics.syncCount;
      const found = await port.inspectOutputs(outputs(200));
      const syncs = fake.metrics.syncCount - start;

      expect(found).toEqual(full);
      expect(syncs).toBe((marks ? withMarks : without) ? 1 : 1 + fullSyncs);
    }
  );
});

// A first run's inspection, after the pane listed the workbook's lists (when it opened): it saw every
// sheet and no output of ours, and checks that in one request. Whatever the user did since, it must find
// what a full look finds.
describe("the inspection after the pane listed the lists", () => {
  it.each(SINCE)("finds what a full look finds when the user %s", async (_what, change, one) => {
    const { fake, port } = await listedWorkbook();
    change(fake);
    let start = fake.metrics.syncCount;
    const full = await new OfficeWorkbook(fake.Excel as unknown as ExcelHost).inspectOutputs(
      outputs(100)
    );
    const fullSyncs = fake.metrics.syncCount - start;
    start = fake.metrics.syncCount;
    const found = await port.inspectOutputs(outputs(100));
    expect(found).toEqual(full);
    expect(fake.metrics.syncCount - start).toBe(one ? 1 : 1 + fullSyncs);
  });

  it("confirms outputs of ours in one request, where their marks say their values were hashed", async () => {
    const { fake } = await afterFirstRun(true);
    const pane = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
    await pane.listSources();
    const start = fake.metrics.syncCount;
    const found = await pane.inspectOutputs(outputs(200));
    expect(found.replace).toEqual(["IP Summary", "IP Deadlines"]);
    // The lists with the two outputs' marks, used ranges and values (a full look takes three).
    expect(fake.metrics.syncCount - start).toBe(1);
  });
});
