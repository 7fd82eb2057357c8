import { createMemoryExcel } from "../../excel-double";
import { DEFAULT_LIMITS, ExcelHost, OfficeWorkbook } from "../../../src/excel/office-workbook";

// 20,000 rights with 90-character Chinese titles: one read of the table's values answers over 6 MB,
// past Excel on the web's 5 MB response limit. The reader halves the chunk and reads on.
const TITLE = "一种基于深度学习的专利年费预测方法及其装置和计算机可读存储介质"
  .repeat(3)
  .slice(0, 90);

describe("reading a portfolio whose response passes 5 MB", () => {
  it("halves the read and returns every row, no response over the limit", async () => {
    const fake = createMemoryExcel();
    const rows: string[][] = [["ID", "Type", "Filing date", "Title"]];
    for (let i = 0; i < 20_000; i += 1)
      rows.push([`CN2020${String(i).padStart(7, "0")}.1`, "invention", "2020-01-01", TITLE]);
    fake.model.setNumberFormat("Sheet1", `A1:D${rows.length}`, "@");
    fake.model.setValues("Sheet1", "A1", rows);
    fake.model.select("Sheet1", "A1");
    const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost, () => true, DEFAULT_LIMITS);
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    const grid = await port.readSource(region);
    expect(TITLE).toHaveLength(90);
    expect(grid.values).toHaveLength(20_001);
    expect(grid.values[20_000]).toEqual(rows[20_000]);
    const refused = fake.metrics.syncs.filter(
      (s) => s.errorCode === "ResponsePayloadSizeLimitExceeded"
    );
    expect(refused).toHaveLength(1);
    expect(refused[0].responseBytes).toBeGreaterThan(5 * 1024 * 1024);
    const answered = fake.metrics.syncs.filter((s) => !s.errorCode);
    expect(Math.max(...answered.map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);
});
