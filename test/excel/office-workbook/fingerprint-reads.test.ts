import { ExcelHost, OfficeWorkbook } from "../../../src/excel/office-workbook";
import { outputs } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// Edit detection reads back the values of small output sheets to fingerprint them. Each read is a round
// trip to Excel (figure 3 counts them): the new sheets' values come back with the request that finishes
// them (their last values request, when that is one), and a rerun reads all its previous small outputs in one request. A pane that wrote them knows
// where they are and reads them with the list of sheets; a pane opened later looks in full.
/** The workbook as a pane opened later sees it: a new OfficeWorkbook, with no write of its own. */
const reopened = (fake: ReturnType<typeof workbookWithUserData>["fake"]) =>
  new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
const readsOnly = (statements: readonly string[]) =>
  statements.length > 0 && statements.every((s) => s.startsWith("Range.load(values"));

describe("fingerprint reads", () => {
  it("take no request of their own when the new sheets are written", async () => {
    const { fake, port } = workbookWithUserData();
    const start = fake.metrics.syncCount;
    await port.writeSheets(outputs(100));
    const syncs = fake.metrics.syncs.slice(start);
    // Sheets, settings and tables; marks; the new sheets with their values (both small blocks together)
    // and what finishes them, in one request; marks and replace together.
    expect(syncs).toHaveLength(4);
    expect(syncs.filter((s) => readsOnly(s.statements))).toHaveLength(0);
    // The values came back with the request that wrote and finished them, without their types.
    const folded = syncs.flatMap((s) => s.statements).filter((s) => s.includes("values)"));
    expect(folded).toEqual([
      "Range.load(address, rowIndex, columnIndex, rowCount, columnCount, values)",
      "Range.load(address, rowIndex, columnIndex, rowCount, columnCount, values)",
    ]);
  });

  it("fingerprint the sheets as a later read does: the rerun finds them unedited and replaces them", async () => {
    const { port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    const found = await port.inspectOutputs(outputs(200));
    expect(found.edited).toEqual([]);
    expect(found.replace).toEqual(["IP Summary", "IP Deadlines"]);
  });

  it("read a rerun's previous small outputs with the sheets, when this pane wrote them", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    const start = fake.metrics.syncCount;
    const found = await port.inspectOutputs(outputs(200));
    expect(found.replace).toEqual(["IP Summary", "IP Deadlines"]);
    const [look] = fake.metrics.syncs.slice(start);
    expect(fake.metrics.syncCount - start).toBe(1);
    expect(look.statements.filter((s) => s === "Range.load(values)")).toHaveLength(2);
  });

  it("read a rerun's previous small outputs in one request, values only", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    const start = fake.metrics.syncCount;
    await reopened(fake).inspectOutputs(outputs(200));
    const syncs = fake.metrics.syncs.slice(start);
    const reads = syncs.filter((s) => readsOnly(s.statements));
    expect(reads.map((s) => s.statements)).toEqual([["Range.load(values)", "Range.load(values)"]]);
    // Sheets, settings and tables; marks with every sheet's used range; the values.
    expect(syncs).toHaveLength(3);
  });

  it("fall back to a read per sheet when Excel refuses the reads together as too large", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    // Each sheet's values fit in a response on their own, both together do not.
    const start = fake.metrics.syncCount;
    await reopened(fake).inspectOutputs(outputs(200));
    const together = fake.metrics.syncs.slice(start).find((s) => readsOnly(s.statements))!;
    fake.limits.responseLimitBytes = together.responseBytes - 1;
    const from = fake.metrics.syncCount;
    const found = await reopened(fake).inspectOutputs(outputs(200));
    const syncs = fake.metrics.syncs.slice(from);
    expect(syncs.filter((s) => s.errorCode === "ResponsePayloadSizeLimitExceeded")).toHaveLength(1);
    expect(syncs.filter((s) => readsOnly(s.statements) && !s.errorCode)).toHaveLength(2);
    expect(found.edited).toEqual([]);
    expect(found.replace).toEqual(["IP Summary", "IP Deadlines"]);
  });
});
