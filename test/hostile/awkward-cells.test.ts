import { createMemoryExcel } from "../excel-double";
import { ExcelHost, OfficeWorkbook } from "../../src/excel/office-workbook";
import { readPortfolio } from "../../src/core/portfolio/read-portfolio";
import { dayToIso } from "../../src/core/dates/civil";

async function readSheet(setup: (model: ReturnType<typeof createMemoryExcel>["model"]) => void) {
  const fake = createMemoryExcel();
  setup(fake.model);
  fake.model.select("Sheet1", "A1");
  const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
  const region = (await port.listSources()).find((s) => s.kind === "region")!;
  return readPortfolio(await port.readSource(region));
}

describe("awkward workbook content gets clear messages", () => {
  it("merged ID cells: the hidden cells read empty and the row says which cell to fix", async () => {
    const read = await readSheet((model) => {
      model.setValues("Sheet1", "A1", [
        ["ID", "Type", "Filing date"],
        ["CN1", "invention", "2019-01-01"],
        ["", "utility", "2019-01-01"],
      ]);
      model.merge("Sheet1", "A2:A3");
    });
    expect(read.rights.map((r) => r.id)).toEqual(["CN1"]);
    expect(read.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [3, "A", "ID is empty: give the application or patent number."],
    ]);
  });

  it("error values from formulas (#N/A, #REF!) are named with their cell", async () => {
    const read = await readSheet((model) => {
      model.setValues("Sheet1", "A1", [
        ["ID", "Type", "Filing date"],
        ["CN1", "invention", "2019-01-01"],
        ["CN2", "invention", "2019-01-01"],
      ]);
      model.setError("Sheet1", "C2", "#N/A");
      model.setError("Sheet1", "B3", "#REF!");
    });
    expect(read.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "C", "Filing date holds the error #N/A: fix the formula or type the value."],
      [3, "B", "Right type holds the error #REF!: fix the formula or type the value."],
    ]);
  });

  it("numbers stored as text are read as the numbers they show", async () => {
    const read = await readSheet((model) => {
      model.setNumberFormat("Sheet1", "A1:F2", "@");
      // Serial 43290 is 2018-07-09; "0.85" a reduction; "5" the last year paid.
      model.setValues("Sheet1", "A1", [
        ["ID", "Type", "Filing date", "Grant date", "Reduction", "Last year paid"],
        ["CN1", "invention", "43290", "2020-01-10", "0.85", "5"],
      ]);
    });
    expect(read.issues).toEqual([]);
    expect([
      dayToIso(read.rights[0].filing),
      read.rights[0].reduction.toString(),
      read.rights[0].lastPaidYear,
    ]).toEqual(["2018-07-09", "0.85", 5]);
  });

  it("a header with no rows below is not offered as a portfolio region", async () => {
    const fake = createMemoryExcel();
    fake.model.setValues("Sheet1", "A1", [["ID", "Type", "Filing date"]]);
    fake.model.select("Sheet1", "A1");
    const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
    expect((await port.listSources()).filter((s) => s.kind === "region")).toEqual([]);
  });

  it("a header row that is not a portfolio says which columns are missing", async () => {
    const read = await readSheet((model) =>
      model.setValues("Sheet1", "A1", [
        ["Invoice", "Amount"],
        ["INV-1", 300],
      ])
    );
    expect(read.issues[0].message).toMatch(
      /^Columns not found in the header row: "ID", "Right type", "Filing date"\./
    );
  });
});
