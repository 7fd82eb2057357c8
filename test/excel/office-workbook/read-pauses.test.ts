import { createMemoryExcel } from "../../excel-double";
import { DEFAULT_LIMITS, ExcelHost, OfficeWorkbook } from "../../../src/excel/office-workbook";

// A long list is read in chunks of rows; the pane's pause runs between chunks (never inside a request), so
// the page repaints and sees a Cancel while the list is read.
describe("reading a long list with a pause", () => {
  it("pauses between the chunks of a 2,500-row list read 1,000 rows at a time, and keeps every row", async () => {
    const fake = createMemoryExcel();
    const rows: (string | number)[][] = [["ID", "Year"]];
    for (let i = 1; i < 2_500; i += 1) rows.push([`CN${i}`, 2000 + (i % 20)]);
    fake.model.setValues("Sheet1", "A1", rows);
    fake.model.select("Sheet1", "A1");
    // 2,000 cells per read over 2 columns: 1,000 rows a read, so 2,500 rows take 3 reads and 2 pauses.
    const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost, () => true, {
      ...DEFAULT_LIMITS,
      maxCellsPerRead: 2_000,
    });
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    const syncsAtPause: number[] = [];
    const grid = await port.readSource(region, async () => {
      syncsAtPause.push(fake.metrics.syncCount);
    });
    expect(grid.values).toHaveLength(2_500);
    expect(grid.values[2_499]).toEqual(["CN2499", 2019]);
    expect(syncsAtPause).toHaveLength(2);
    // Each pause comes after a completed read: the second one sync after the first.
    expect(syncsAtPause[1] - syncsAtPause[0]).toBe(1);
  });
});
