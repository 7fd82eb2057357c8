import { addYearsClamped, isoToDay } from "../../src/core/dates/civil";
import { scheduleOfRight } from "../../src/core/projection/right-schedule";
import { Money } from "../../src/core/money/money";
import { readPortfolio } from "../../src/core/portfolio/read-portfolio";
import { projectPortfolio } from "../../src/core/projection/project";
import { createMemoryExcel } from "../excel-double";
import { DEFAULT_LIMITS, ExcelHost, OfficeWorkbook } from "../../src/excel/office-workbook";

// A portfolio of 100,000 rows is read in chunks (no request over the response limit), every row is
// validated, and the projection runs; nothing is dropped silently.
describe("a 100,000-row portfolio", () => {
  it("is read in chunks, validated and projected", async () => {
    const fake = createMemoryExcel();
    const kinds = ["invention", "utility", "design"];
    const rows: (string | number)[][] = [["ID", "Type", "Filing date", "Grant date"]];
    for (let i = 0; i < 100_000; i += 1) {
      const year = 2006 + (i % 19);
      rows.push([
        `CN${year}${String(i).padStart(8, "0")}.${i % 10}`,
        kinds[i % 3],
        `${year}-0${1 + (i % 9)}-1${i % 10}`,
        i % 4 === 0 ? "" : `${year + 2}-06-01`,
      ]);
    }
    rows[50_001][2] = "not a date"; // one bad row among them
    fake.model.setNumberFormat("Sheet1", `A1:D${rows.length}`, "@");
    fake.model.setValues("Sheet1", "A1", rows);
    fake.model.select("Sheet1", "A1");
    const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost, () => true, DEFAULT_LIMITS);
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    const grid = await port.readSource(region);
    expect(grid.values).toHaveLength(100_001);
    // 400,004 cells at most 200,000 per read: 3 reads after the size probe, each under 5 MB.
    const reads = fake.metrics.syncs.filter((s) => s.responseBytes > 0);
    expect(Math.max(...reads.map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
    const read = readPortfolio(grid);
    expect(read.rights).toHaveLength(99_999);
    expect(read.issues.map((i) => [i.row, i.column])).toEqual([[50_002, "C"]]);
    const settings = {
      asOf: isoToDay("2026-11-23"),
      horizonYears: 10,
      fiscalYearStartMonth: 1,
      currency: { code: "CNY", ratePerCny: new Money(1) },
      shiftToWorkday: false,
    };
    // Cross-check: the projection has exactly the schedule rows due in [as-of, as-of + 10 years) of
    // every right, as scheduleOfRight gives them one by one.
    const horizonEnd = addYearsClamped(settings.asOf, 10);
    const expected = read.rights.reduce(
      (sum, right) =>
        sum +
        scheduleOfRight(right, settings.asOf, false).rows.filter(
          (row) => row.due >= settings.asOf && row.due < horizonEnd
        ).length,
      0
    );
    expect(expected).toBeGreaterThan(300_000);
    expect(projectPortfolio(read.rights, settings).rows).toHaveLength(expected);
  }, 120_000);
});
