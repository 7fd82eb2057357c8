import { createMemoryExcel } from "../../excel-double";
import { ExcelHost, OfficeWorkbook } from "../../../src/excel/office-workbook";
import { mergedAreasOf } from "../../../src/excel/merged-areas";
import { planRunToEnd } from "../../../src/core/app/plan-run";
import { ledgerReportLines } from "../../../src/core/app/ledger-report";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";

// A ledger whose Owner (D) is merged over rows 2-4 and Right type (B) over rows 5-6, as people merge a
// group's common value. Excel keeps the value in the area's first cell only (Merge & Center).
function ledger(supports13 = true) {
  const fake = createMemoryExcel();
  fake.model.renameSheet("Sheet1", "台账");
  fake.model.setValues("台账", "A1", [
    ["申请号", "类型", "申请日", "专利权人"],
    ["CN201810123456.7", "发明", "2018-07-09", "研发部"],
    ["CN201910234567.8", "发明", "2019-03-01", ""],
    ["CN202010345678.9", "实用新型", "2020-05-06", ""],
    ["CN202110456789.1", "外观设计", "2021-01-04", "市场部"],
    ["CN202110456790.2", "", "2021-02-05", "市场部"],
  ]);
  fake.model.merge("台账", "D2:D4");
  fake.model.merge("台账", "B5:B6");
  fake.model.select("台账", "A1");
  const port = new OfficeWorkbook(
    fake.Excel as unknown as ExcelHost,
    (version) => supports13 || version !== "1.13"
  );
  return { fake, port };
}

const settings = {
  asOf: isoToDay("2026-11-23"),
  horizonYears: 5,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};

describe("merged cells in a ledger", () => {
  it("the port reports the merged areas of the list, relative to its first cell", async () => {
    const { port } = ledger();
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    const grid = await port.readSource(region);
    expect(grid.values[2][3]).toBe(""); // as Excel gives it: the value in the first row only
    expect(grid.merged).toEqual([
      { row: 1, column: 3, rowCount: 3, columnCount: 1 },
      { row: 4, column: 1, rowCount: 2, columnCount: 1 },
    ]);
  });

  it("the run reads a merged value for each row it covers, and says so on the Summary and in the pane", async () => {
    const { port } = ledger();
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    const plan = planRunToEnd({ portfolio: await port.readSource(region) }, settings, "en");
    // Rows 3 and 4 get the owner of row 2; row 6 the design type of row 5: every row is read, no issue.
    expect(plan.issues).toEqual([]);
    expect(plan.rights).toBe(5);
    const owners = plan.sheets.find((s) => s.role === "summary")!.blocks[2].rows.map((r) => r[0]);
    expect(owners).toEqual(expect.arrayContaining(["研发部", "市场部"]));
    expect(owners).toHaveLength(2);
    const assumptions = plan.sheets.find((s) => s.role === "summary")!.blocks[0].rows;
    expect(assumptions.find((row) => row[0] === "Merged cells")?.[1]).toBe(
      "A value merged over several rows of the list is read for each of these rows, in every column but the ID (merged ID cells leave the rows below without an ID). " +
        "Merged cells read for each row they cover: D2:D4 (专利权人), B5:B6 (类型)."
    );
    expect(ledgerReportLines(plan.ledger, "zh", "台账!A1:D6")).toContain(
      "已按所覆盖的每一行读取合并单元格：D2:D4 (专利权人), B5:B6 (类型)。"
    );
  });

  it("an Excel without ExcelApi 1.13 gives no merged areas: the rows below read as blank", async () => {
    const { port } = ledger(false);
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    const grid = await port.readSource(region);
    expect(grid.merged).toBeUndefined();
    const plan = planRunToEnd({ portfolio: grid }, settings, "en");
    // Row 6's type is blank, so it is an error; rows 3-4 are read without an owner.
    expect(plan.issues.map((issue) => `${issue.row}${issue.column}`)).toEqual(["6B"]);
  });

  it("a merged ID is not carried down: the rows below it have no ID", () => {
    const values = [
      ["ID", "Right type", "Filing date"],
      ["CN1", "发明", "2018-07-09"],
      ["", "发明", "2019-07-09"],
    ];
    const merged = [{ row: 1, column: 0, rowCount: 2, columnCount: 1 }];
    const plan = planRunToEnd(
      { portfolio: { sheet: "S", top: 1, left: 0, values, merged } },
      settings,
      "en"
    );
    expect(plan.issues.map((issue) => issue.message)).toEqual([
      "ID is empty: give the application or patent number.",
    ]);
  });
});

describe("the merged areas Excel lists", () => {
  it("parses RangeAreas.address, quoted sheet names with commas included", () => {
    expect(mergedAreasOf("Sheet1!D2:D4, Sheet1!B5:C6", 0, 0)).toEqual([
      { row: 1, column: 3, rowCount: 3, columnCount: 1 },
      { row: 4, column: 1, rowCount: 2, columnCount: 2 },
    ]);
    expect(mergedAreasOf("'Q1, 2024 (a!b)'!$AA10:$AA12", 2, 1)).toEqual([
      { row: 7, column: 25, rowCount: 3, columnCount: 1 },
    ]);
  });
});
