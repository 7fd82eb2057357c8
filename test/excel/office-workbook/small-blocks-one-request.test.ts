import { OutputSheet } from "../../../src/core/report/output-model";
import { WriteProgress } from "../../../src/excel/workbook-port";
import { outputs } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// Every request is a round trip to Excel (hundreds of milliseconds in Excel on the web). The blocks of a
// small run share one request, with what finishes the sheets (formats, tables, charts, the used ranges
// read back); a host that refuses that request as too large gets the blocks one by one, then the rest.
const writesValues = (statements: readonly string[]) =>
  statements.some((s) => s.startsWith("Range.values"));

/** What the two fixture sheets hold after a write: values and number formats. */
function written(fake: ReturnType<typeof workbookWithUserData>["fake"]) {
  return {
    summary: fake.model.getValues("IP Summary", "A1:B4"),
    summaryFormats: fake.model.getNumberFormats("IP Summary", "A1:B4"),
    deadlines: fake.model.getValues("IP Deadlines", "A1:B3"),
    deadlinesFormats: fake.model.getNumberFormats("IP Deadlines", "A1:B3"),
  };
}

describe("the small blocks of a run", () => {
  it("go to Excel in one request, title, formats and values of both sheets", async () => {
    const { fake, port } = workbookWithUserData();
    const start = fake.metrics.syncCount;
    await port.writeSheets(outputs(100));
    const writes = fake.metrics.syncs.slice(start).filter((s) => writesValues(s.statements));
    expect(writes).toHaveLength(1);
    // The same request finishes both sheets and reads back their used ranges (for the fingerprints).
    expect(writes[0].statements.filter((s) => s.startsWith("Range.load"))).toEqual([
      "Range.load(address, rowIndex, columnIndex, rowCount, columnCount, values)",
      "Range.load(address, rowIndex, columnIndex, rowCount, columnCount, values)",
    ]);
    // The Summary's title, its header and 2 rows, the Deadlines' header and 2 rows.
    expect(writes[0].statements.filter((s) => s.startsWith("Range.values"))).toEqual([
      "Range.values = [1×1]",
      "Range.values = [3×2]",
      "Range.values = [3×2]",
    ]);
    expect(written(fake)).toEqual({
      summary: [
        ["Per fiscal year", ""],
        ["Fiscal year", "Fees"],
        ["FY2026", 100],
        ["Total", 100],
      ],
      summaryFormats: [
        ["@", "General"],
        ["@", "#,##0.00"],
        ["@", "#,##0.00"],
        ["@", "#,##0.00"],
      ],
      deadlines: [
        ["ID", "Payable"],
        ["CN201810123456.7", 100],
        ["CN201920654321.X", 900],
      ],
      deadlinesFormats: [
        ["@", "#,##0.00"],
        ["@", "#,##0.00"],
        ["@", "#,##0.00"],
      ],
    });
  });

  it("are reported before the request (the first, with no rows yet) and each after it", async () => {
    const { port } = workbookWithUserData();
    const seen: WriteProgress[] = [];
    await port.writeSheets(outputs(100), { onProgress: (p) => seen.push(p) });
    // Two data rows in each sheet's block; the blocks counted across sheets.
    expect(seen).toEqual([
      { sheet: "IP Summary", block: 0, rowsWritten: 0, rowsTotal: 2 },
      { sheet: "IP Summary", block: 0, rowsWritten: 2, rowsTotal: 2 },
      { sheet: "IP Deadlines", block: 1, rowsWritten: 2, rowsTotal: 2 },
    ]);
  });

  it("are written one by one, with the same result, when Excel refuses them together as too large", async () => {
    // Two sheets of 300 rows: each block's request is some 10 KB, both together twice that.
    const sheets = (): OutputSheet[] =>
      ["IP Summary", "IP Deadlines"].map((name, s) => ({
        role: s === 0 ? "summary" : "deadlines",
        name,
        blocks: [
          {
            top: 1,
            title: `${name} title`,
            columns: [
              { header: "ID", format: "text" },
              { header: "Payable", format: "money" },
            ],
            rows: Array.from({ length: 300 }, (_, i) => [
              `CN2018101${String(i).padStart(5, "0")}.7`,
              i,
            ]),
          },
        ],
        charts: [],
      }));
    const together = workbookWithUserData();
    const start = together.fake.metrics.syncCount;
    await together.port.writeSheets(sheets());
    const shared = together.fake.metrics.syncs
      .slice(start)
      .filter((s) => writesValues(s.statements));
    expect(shared).toHaveLength(1);

    const { fake, port } = workbookWithUserData();
    fake.limits.payloadLimitBytes = shared[0].payloadBytes - 1;
    const from = fake.metrics.syncCount;
    const report = await port.writeSheets(sheets());
    expect(report.outcome).toBe("written");
    const syncs = fake.metrics.syncs.slice(from).filter((s) => writesValues(s.statements));
    expect(syncs.map((s) => s.errorCode)).toEqual(["RequestPayloadSizeLimitExceeded", null, null]);
    // The refused request held the finishing work too (the used ranges read back with their values, for
    // the fingerprints); it follows in a request of its own, once.
    const readsBack = (statements: readonly string[]) =>
      statements.filter((s) => s.startsWith("Range.load(address") && s.endsWith("values)")).length;
    expect(readsBack(syncs[0].statements)).toBe(2);
    const later = fake.metrics.syncs.slice(from).filter((s) => s.errorCode === null);
    expect(later.map((s) => readsBack(s.statements)).filter((n) => n > 0)).toEqual([2]);
    for (const name of ["IP Summary", "IP Deadlines"]) {
      expect(fake.model.getValues(name, "A1:B302")).toEqual(
        together.fake.model.getValues(name, "A1:B302")
      );
      expect(fake.model.getNumberFormats(name, "A1:B302")).toEqual(
        together.fake.model.getNumberFormats(name, "A1:B302")
      );
    }
    expect(fake.model.getValues("IP Deadlines", "A1:B3")).toEqual([
      ["IP Deadlines title", ""],
      ["ID", "Payable"],
      ["CN201810100000.7", 0],
    ]);
    // Fingerprinted from what the sheets hold: a rerun finds them unedited.
    expect((await port.inspectOutputs(sheets())).replace).toEqual(["IP Summary", "IP Deadlines"]);
  });
});
