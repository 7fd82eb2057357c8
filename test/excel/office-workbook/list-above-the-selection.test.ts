import { createMemoryExcel } from "../../excel-double";
import {
  DEFAULT_LIMITS,
  ExcelHost,
  OfficeWorkbook,
  WriterLimits,
} from "../../../src/excel/office-workbook";
import { readLedger } from "../../../src/core/portfolio/read-ledger";

// A ledger with a blank row inside, the selection below that row: Excel's region around the selection is
// the part below the blank row only, without the header. The pane listed that part, and its column map
// found no header (the rows above, the header among them, were left out of the run). The list now goes
// on above such a region, as it goes on below one, when the region has no header row of its own.

const HEADER = ["ID", "Right type", "Filing date", "Owner"];

/** `rows` rights under HEADER at A`top`, a blank row after the `blankAfter`th; `select` selected. */
function ledger(
  rows: number,
  blankAfter: number,
  select: string,
  options: { top?: number; limits?: Partial<WriterLimits>; above?: unknown[][] } = {}
) {
  const fake = createMemoryExcel();
  const pad = (row: unknown[]) => [...row, "", "", "", ""].slice(0, 4);
  const values: unknown[][] = [...(options.above ?? []).map(pad), HEADER];
  for (let i = 0; i < rows; i += 1) {
    if (i === blankAfter) values.push(["", "", "", ""]);
    values.push([
      `CN2020${String(i).padStart(7, "0")}.1`,
      "invention",
      "2020-01-01",
      `Lab ${i % 3}`,
    ]);
  }
  fake.model.setValues("Sheet1", `A${options.top ?? 1}`, values as never);
  fake.model.select("Sheet1", select);
  const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost, () => true, {
    ...DEFAULT_LIMITS,
    ...options.limits,
  });
  return { fake, port };
}

const regionOf = async (port: OfficeWorkbook, firstRows?: number) =>
  (await port.listSources(firstRows)).find((source) => source.kind === "region")!;

describe("the list around a selection below a blank row", () => {
  it("goes on above it to the header: the whole ledger is listed and read", async () => {
    const { port } = ledger(30, 5, "B20");
    const region = await regionOf(port);
    expect([region.address, region.rows]).toEqual(["Sheet1!A1:D32", 31]);
    const reading = readLedger(await port.readSource(region), "en");
    expect(reading.headerRow).toBe(1);
    expect(reading.blankRows).toEqual([7]);
  });

  it("is as before when the region has its header: a title above a blank row stays out", async () => {
    const { port } = ledger(10, 99, "B5", { above: [["2026年专利台账"], [""]] });
    expect((await regionOf(port)).address).toBe("Sheet1!A3:D13");
  });

  it("is as before when the selection is in the part with the header", async () => {
    const { port } = ledger(30, 5, "B3");
    expect((await regionOf(port)).address).toBe("Sheet1!A1:D32");
  });

  it("stops at its header: notes above the header stay out, wherever the selection is", async () => {
    // Notes at row 1, a blank row, the header at row 3, a blank row inside the rights.
    const below = ledger(10, 2, "B10", { above: [["Notes"], [""]] });
    expect((await regionOf(below.port)).address).toBe("Sheet1!A3:D14");
    const inTop = ledger(10, 2, "B4", { above: [["Notes"], [""]] });
    expect((await regionOf(inTop.port)).address).toBe("Sheet1!A3:D14");
  });

  it("stops at a gap of four blank rows above, and at a table's last row, without a header", async () => {
    // No header anywhere: header-less rows at 1-2, four blank rows, rights from row 7 with a blank row.
    const fake = createMemoryExcel();
    const rows = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => [`CN${from + i}`, "invention", "2020-01-01", "Lab"]);
    fake.model.setValues("Sheet1", "A1", rows(1, 2) as never);
    fake.model.setValues("Sheet1", "A7", rows(7, 3) as never);
    fake.model.setValues("Sheet1", "A11", rows(11, 3) as never);
    fake.model.select("Sheet1", "B12");
    const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
    expect((await regionOf(port)).address).toBe("Sheet1!A7:D13");
    // A table over rows 1-3 instead, one blank row under it: the list stops below the table.
    fake.model.setValues("Sheet1", "A3", [["CN3", "x", "y", "z"]] as never);
    fake.model.setValues("Sheet1", "A4", rows(4, 2) as never);
    fake.model.addTable("Sheet1", "A1:D3", true).name = "Other";
    expect((await regionOf(port)).address).toBe("Sheet1!A4:D13");
  });

  it("reads a long part above in several requests", async () => {
    // 10 rows a read (40 cells): the 25 rows above the blank row take 3 reads.
    const { fake, port } = ledger(40, 25, "B35", { limits: { maxCellsPerRead: 40 } });
    const region = await regionOf(port);
    expect([region.address, region.rows]).toEqual(["Sheet1!A1:D42", 41]);
    expect(fake.metrics.syncCount).toBe(5);
  });

  it("leaves its first rows to the column map's own read, as a read of the list gives them", async () => {
    const { fake, port } = ledger(30, 5, "B20");
    const region = await regionOf(port, 1000);
    const before = fake.metrics.syncCount;
    const grid = await port.readSource(region, undefined, 1000);
    expect(fake.metrics.syncCount - before).toBe(1);
    expect(grid.values[0]).toEqual(HEADER);
    expect(grid.values).toHaveLength(32);
  });
});
