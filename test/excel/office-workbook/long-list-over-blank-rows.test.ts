import { createMemoryExcel } from "../../excel-double";
import {
  DEFAULT_LIMITS,
  ExcelHost,
  OfficeWorkbook,
  WriterLimits,
} from "../../../src/excel/office-workbook";

// The list of lists reads the rows below the selection's region to see whether the list goes on over
// blank rows (region-over-blank-rows). It read one read's cells of them and no more: a 30,000-right
// ledger of 14 columns with a blank row near its top was listed as its first 14,290 rights, and a run
// projected only those; rows of long Chinese titles below a blank row passed Excel's 5 MB response
// limit, and the pane could not list the workbook at all.

const TITLE = "一种基于深度学习的专利年费预测方法及其装置和计算机可读存储介质"
  .repeat(3)
  .slice(0, 90);

/** A ledger of `rights` rows on Sheet1, a blank row after the `blankAfter`th right, A1 selected. */
function ledger(
  rights: number,
  blankAfter: number,
  options: { limits?: Partial<WriterLimits>; responseLimitBytes?: number; title?: string } = {}
) {
  const fake = createMemoryExcel(
    undefined,
    options.responseLimitBytes ? { responseLimitBytes: options.responseLimitBytes } : {}
  );
  const rows: unknown[][] = [["ID", "Right type", "Filing date", "Title"]];
  for (let i = 0; i < rights; i += 1) {
    if (i === blankAfter) rows.push(["", "", "", ""]);
    rows.push([
      `CN2020${String(i).padStart(7, "0")}.1`,
      "invention",
      "2020-01-01",
      options.title ?? "t",
    ]);
  }
  fake.model.setValues("Sheet1", "A1", rows as never);
  fake.model.select("Sheet1", "A1");
  const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost, () => true, {
    ...DEFAULT_LIMITS,
    ...options.limits,
  });
  return { fake, port, rows };
}

const regionOf = async (port: OfficeWorkbook) =>
  (await port.listSources()).find((source) => source.kind === "region")!;

describe("a long list over a blank row", () => {
  it("is listed whole when the rows below its region pass one read's cells", async () => {
    // 10 rows a read (40 cells, 4 columns): the 47 rows below the blank row take 5 reads.
    const { fake, port, rows } = ledger(50, 3, { limits: { maxCellsPerRead: 40 } });
    const region = await regionOf(port);
    expect([region.address, region.rows]).toEqual(["Sheet1!A1:D52", 51]);
    // The lists, then the rows below in 4 more requests (the first part came with the lists).
    expect(fake.metrics.syncCount).toBe(6);
    // Every right read, the blank row among them (Excel reads the dates in as date serials).
    const grid = await port.readSource(region);
    expect(grid.values.map((row) => row[0])).toEqual(rows.map((row) => row[0]));
  });

  it("is listed whole at 30,000 rights of 14 columns (one read holds 14,285 rows)", async () => {
    const fake = createMemoryExcel();
    const header = [
      "ID",
      "Right type",
      "Filing date",
      "Title",
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
      "i",
      "j",
    ];
    const rows: unknown[][] = [header];
    for (let i = 0; i < 30_000; i += 1) {
      if (i === 5) rows.push(Array(14).fill(""));
      rows.push([
        `CN2020${String(i).padStart(7, "0")}.1`,
        "invention",
        "2020-01-01",
        "t",
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
      ]);
    }
    fake.model.setValues("Sheet1", "A1", rows as never);
    fake.model.select("Sheet1", "A1");
    const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
    const region = await regionOf(port);
    expect([region.address, region.rows]).toEqual(["Sheet1!A1:N30002", 30_001]);
  });

  it("still ends at a gap of four blank rows, or before a table, in a later part", async () => {
    const { fake, port } = ledger(30, 3, { limits: { maxCellsPerRead: 40 } });
    // Rows 20 to 23 cleared: a gap of four ends the list at row 19.
    fake.model.setValues(
      "Sheet1",
      "A20",
      Array.from({ length: 4 }, () => ["", "", "", ""]) as never
    );
    expect((await regionOf(port)).address).toBe("Sheet1!A1:D19");
    const withTable = ledger(30, 3, { limits: { maxCellsPerRead: 40 } });
    withTable.fake.model.setValues("Sheet1", "A25", [["Currency", "Rate"]] as never);
    withTable.fake.model.addTable("Sheet1", "A25:B32", true).name = "Rates";
    expect((await regionOf(withTable.port)).address).toBe("Sheet1!A1:D24");
  });

  it("is listed when the rows below pass Excel's response limit: they are read half at a time", async () => {
    // 20,000 rows of 90-character Chinese titles below a blank row: over 6 MB in one response.
    const { fake, port } = ledger(20_000, 5, { title: TITLE });
    const region = await regionOf(port);
    expect([region.address, region.rows]).toEqual(["Sheet1!A1:D20002", 20_001]);
    const refused = fake.metrics.syncs.filter(
      (s) => s.errorCode === "ResponsePayloadSizeLimitExceeded"
    );
    expect(refused.length).toBeGreaterThan(0);
    const answered = fake.metrics.syncs.filter((s) => !s.errorCode);
    expect(Math.max(...answered.map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);
});
