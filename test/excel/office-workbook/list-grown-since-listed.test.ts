import { createMemoryExcel } from "../../excel-double";
import {
  DEFAULT_LIMITS,
  ExcelHost,
  OfficeWorkbook,
  WriterLimits,
} from "../../../src/excel/office-workbook";
import { PortfolioSource } from "../../../src/excel/workbook-port";

// The pane lists the list around the selection when it opens; the user then types a new right under it
// and clicks Project. The run read the list where it was listed, and the new right was silently left
// out of the projection (a table grows by itself; a list around the selection is an address). The run's
// read now looks under the list as listed, in its first request, and reads on where the list goes on.

const right = (n: number) => [
  `CN2020${String(n).padStart(7, "0")}.1`,
  "invention",
  "2020-01-01",
  "Lab",
];

function listed(rights: number, limits: Partial<WriterLimits> = {}) {
  const fake = createMemoryExcel();
  const rows: unknown[][] = [["ID", "Right type", "Filing date", "Owner"]];
  for (let i = 0; i < rights; i += 1) rows.push(right(i));
  fake.model.setValues("Sheet1", "A1", rows as never);
  fake.model.select("Sheet1", "B2");
  const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost, () => true, {
    ...DEFAULT_LIMITS,
    ...limits,
  });
  return { fake, port };
}

const regionOf = async (port: OfficeWorkbook): Promise<PortfolioSource> =>
  (await port.listSources()).find((source) => source.kind === "region")!;

const ids = (values: unknown[][]) => values.map((row) => row[0]);

describe("a list around the selection grown since the pane listed it", () => {
  it("is read to its end by the run: a right typed under it is projected", async () => {
    const { fake, port } = listed(10);
    const region = await regionOf(port);
    expect(region.address).toBe("Sheet1!A1:D11");
    fake.model.setValues("Sheet1", "A12", [right(10)] as never);
    const { grid } = await port.readSourceWithTables(region, []);
    expect(grid.values).toHaveLength(12);
    expect(grid.values[11][0]).toBe("CN20200000010.1");
  });

  it("takes rows under a blank row, not under four, and never a table under the list", async () => {
    const gap = listed(10);
    const region = await regionOf(gap.port);
    gap.fake.model.setValues("Sheet1", "A13", [right(11)] as never); // row 12 blank
    expect((await gap.port.readSourceWithTables(region, [])).grid.values).toHaveLength(13);
    const far = listed(10);
    const farRegion = await regionOf(far.port);
    far.fake.model.setValues("Sheet1", "A16", [right(11)] as never); // rows 12-15 blank
    expect((await far.port.readSourceWithTables(farRegion, [])).grid.values).toHaveLength(11);
    const table = listed(10);
    const tableRegion = await regionOf(table.port);
    table.fake.model.setValues("Sheet1", "A13", [
      ["Currency", "Rate", "", ""],
      ["USD", 7.1, "", ""],
    ] as never);
    table.fake.model.addTable("Sheet1", "A13:B14", true).name = "Rates";
    expect((await table.port.readSourceWithTables(tableRegion, [])).grid.values).toHaveLength(11);
  });

  it("is read whole when rows were inserted inside it, pushing its last rows under the address", async () => {
    const { fake, port } = listed(10);
    const region = await regionOf(port);
    // Two rights inserted after row 5: rows 6-11 move to 8-13 (as Excel's Insert does).
    const moved = fake.model.getValues("Sheet1", "A6:D11");
    fake.model.setValues("Sheet1", "A6", [right(100), right(101)] as never);
    fake.model.setValues("Sheet1", "A8", moved as never);
    const { grid } = await port.readSourceWithTables(region, []);
    expect(ids(grid.values)).toHaveLength(13);
    expect(grid.values[12][0]).toBe("CN20200000009.1");
  });

  it("reads a long addition in parts of one read's cells", async () => {
    const { fake, port } = listed(5, { maxCellsPerRead: 40 });
    const region = await regionOf(port);
    fake.model.setValues(
      "Sheet1",
      "A7",
      Array.from({ length: 30 }, (_, i) => right(5 + i)) as never
    );
    const { grid } = await port.readSourceWithTables(region, []);
    expect(grid.values).toHaveLength(36);
  });

  it("costs no request when nothing was added: the rows under it come with the first request", async () => {
    const { fake, port } = listed(10);
    const region = await regionOf(port);
    const before = fake.metrics.syncCount;
    const { grid } = await port.readSourceWithTables(region, []);
    expect(grid.values).toHaveLength(11);
    expect(fake.metrics.syncCount - before).toBe(1);
  });

  it("carries a value merged over the added rows down, as for the rows listed", async () => {
    const { fake, port } = listed(10);
    const region = await regionOf(port);
    fake.model.setValues("Sheet1", "A12", [
      right(10),
      ["CN20209999999.1", "invention", "2020-01-01", ""],
    ] as never);
    fake.model.merge("Sheet1", "D12:D13");
    const { grid } = await port.readSourceWithTables(region, []);
    expect(grid.merged).toEqual([{ row: 11, column: 3, rowCount: 2, columnCount: 1 }]);
  });

  it("is read with a column added beside it since: an applicant location typed in column E", async () => {
    const { fake, port } = listed(10);
    const region = await regionOf(port);
    fake.model.setValues("Sheet1", "E1", [
      ["Applicant location"],
      ...Array.from({ length: 10 }, () => ["Shenzhen"]),
    ] as never);
    const { grid } = await port.readSourceWithTables(region, []);
    expect(grid.values[0]).toEqual([
      "ID",
      "Right type",
      "Filing date",
      "Owner",
      "Applicant location",
    ]);
    expect(grid.values[10][4]).toBe("Shenzhen");
    expect(grid.left).toBe(0);
  });

  it("is read with a column inserted inside it, its last column pushed out of the address", async () => {
    const { fake, port } = listed(3);
    const region = await regionOf(port);
    // A column inserted before D: Owner moves to E.
    const owners = fake.model.getValues("Sheet1", "D1:D4");
    fake.model.setValues("Sheet1", "D1", [
      ["Grant date"],
      ["2021-01-01"],
      ["2021-01-01"],
      ["2021-01-01"],
    ] as never);
    fake.model.setValues("Sheet1", "E1", owners as never);
    const { grid } = await port.readSourceWithTables(region, []);
    expect(grid.values[0]).toEqual(["ID", "Right type", "Filing date", "Grant date", "Owner"]);
  });

  it("is not looked under by the column map's read of its first rows", async () => {
    const { fake, port } = listed(10);
    const region = await regionOf(port);
    fake.model.setValues("Sheet1", "A12", [right(10)] as never);
    expect((await port.readSource(region, undefined, 1000)).values).toHaveLength(11);
  });
});
