import { OutputSheet } from "../../../src/core/report/output-model";
import { workbookWithUserData } from "./workbook-fixture";

const bigSheet = (rows: number): OutputSheet => ({
  role: "projection",
  name: "IP Projection",
  blocks: [
    {
      top: 0,
      columns: [
        { header: "ID", format: "text" },
        { header: "Year", format: "integer" },
        { header: "Due", format: "date" },
        { header: "Payable", format: "money" },
      ],
      rows: Array.from({ length: rows }, (_, i) => [
        `CN2020${String(i).padStart(7, "0")}.1`,
        (i % 20) + 1,
        45000 + i,
        1200,
      ]),
      tableName: "IPProjection1",
    },
  ],
  charts: [],
  freezeHeaderRows: 1,
});

describe("the writer sends large outputs in blocks", () => {
  it("keeps every request under the target, with one sync per block plus a constant", async () => {
    const target = 128 * 1024;
    const { fake, port } = workbookWithUserData({ targetRequestBytes: target });
    const output = bigSheet(30_000);
    const rowsPerBlock = port.rowsPerRequest(output.blocks[0]);
    const blocks = Math.ceil(30_001 / rowsPerBlock); // header row + 30,000 rows
    await port.writeSheets([output]);
    const writes = fake.metrics.syncs.filter((s) =>
      s.statements.some((st) => st.includes("values"))
    );
    expect(blocks).toBeGreaterThan(5);
    expect(writes.length).toBe(blocks);
    // Besides one sync per block: sheets, settings and tables (1), marks (1), new sheets (1), finish and
    // used ranges (1), then marks completed and the replace together (1).
    expect(fake.metrics.syncCount).toBe(blocks + 5);
    for (const sync of fake.metrics.syncs)
      expect(sync.payloadBytes).toBeLessThanOrEqual(target * 1.25);
    expect(writes.every((s) => s.suspendedCalculation)).toBe(true);
    expect(fake.model.getValues("IP Projection", "A30001:D30001")).toEqual([
      ["CN20200029999.1", 20, 74999, 1200],
    ]);
    expect(fake.model.table("IPProjection1")).toBeDefined();
  });

  it("halves a block that Excel on the web refuses as too large, and still writes everything", async () => {
    const { fake, port } = workbookWithUserData({ targetRequestBytes: 4 * 1024 * 1024 });
    fake.limits.payloadLimitBytes = 300 * 1024; // a stricter host than the writer assumed
    await port.writeSheets([bigSheet(20_000)]);
    expect(fake.metrics.syncs.some((s) => s.errorCode === "RequestPayloadSizeLimitExceeded")).toBe(
      true
    );
    expect(fake.model.getValues("IP Projection", "A20001")).toEqual([["CN20200019999.1"]]);
    for (const sync of fake.metrics.syncs.filter((s) => !s.errorCode))
      expect(sync.payloadBytes).toBeLessThanOrEqual(300 * 1024);
  });
});
