import { workbookWithUserData } from "./workbook-fixture";

describe("reading a portfolio from the workbook", () => {
  it("lists tables and the region around the selection, and reads a table in chunks", async () => {
    const { port } = workbookWithUserData({ maxCellsPerRead: 8 });
    const rows = [
      ["ID", "Right type", "Filing date"],
      ...Array.from({ length: 9 }, (_, i) => [`CN${i}`, "utility", "2020-01-01"]),
    ];
    const inserted = await port.insertTable(
      "IP Sample portfolio",
      "IPSamplePortfolio",
      rows,
      [0, 2]
    );
    expect(inserted).toMatchObject({
      kind: "table",
      name: "IPSamplePortfolio",
      sheet: "IP Sample portfolio",
      rows: 9,
    });
    const sources = await port.listSources();
    expect(sources.map((s) => [s.kind, s.name])).toContainEqual(["table", "IPSamplePortfolio"]);
    const grid = await port.readSource(inserted);
    expect(grid.values).toEqual(rows); // read 2 rows per request (8 cells / 3 columns), reassembled
    expect([grid.sheet, grid.top, grid.left]).toEqual(["IP Sample portfolio", 1, 0]);
  });

  it("reports Excel error cells through valueTypes", async () => {
    const { fake, port } = workbookWithUserData();
    fake.model.setError("Portfolio", "C2", "#N/A");
    fake.model.select("Portfolio", "B2");
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    expect(region.address).toBe("Portfolio!A1:D2");
    const grid = await port.readSource(region);
    expect(grid.values[1][2]).toBe("#N/A");
    expect(grid.valueTypes![1]![2]).toBe("Error");
  });

  it("asks for value types only where a value starts with #, in one more request", async () => {
    // Range.values gives an error as its text: only such text can be one, and typed text can look alike.
    const { fake, port } = workbookWithUserData();
    fake.model.setValues("Portfolio", "A3", [
      ["CN201910000001.1", "utility", "2019-01-01", "#1 supplier"],
      ["CN201910000002.2", "utility", "2019-01-01", "Osaka Lab"],
    ]);
    fake.model.setError("Portfolio", "C2", "#N/A");
    fake.model.select("Portfolio", "B2");
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    fake.metrics.reset();
    const grid = await port.readSource(region);
    // Rows 2 and 3 (indexes 1 and 2) have "#" text: one request for the run of both; row 4 none.
    expect(grid.valueTypes![1]![2]).toBe("Error");
    expect(grid.valueTypes![2]![3]).toBe("String");
    expect(grid.valueTypes![0]).toBeUndefined();
    expect(grid.valueTypes![3]).toBeUndefined();
    expect(grid.valueTypes!.length).toBe(grid.values.length);
    const withoutSuspects = workbookWithUserData();
    withoutSuspects.fake.model.select("Portfolio", "B2");
    const plain = (await withoutSuspects.port.listSources()).find((s) => s.kind === "region")!;
    withoutSuspects.fake.metrics.reset();
    await withoutSuspects.port.readSource(plain);
    expect(fake.metrics.syncCount - withoutSuspects.fake.metrics.syncCount).toBe(1);
  });

  it("keeps the sample's IDs and dates as text", async () => {
    const { fake, port } = workbookWithUserData();
    await port.insertTable(
      "IP Sample portfolio",
      "IPSamplePortfolio",
      [
        ["ID", "Filing date"],
        ["202110123456.7", "2021-06-01"],
      ],
      [0, 1]
    );
    expect(fake.model.cell("IP Sample portfolio", "A2").value).toBe("202110123456.7");
    expect(fake.model.cell("IP Sample portfolio", "B2").value).toBe("2021-06-01");
  });

  it("reads only a list's first rows when asked, in one request, for a region and for a table", async () => {
    // The pane's column map needs the header and the rows below it, not the whole list.
    const { fake, port } = workbookWithUserData();
    const rows = Array.from({ length: 5000 }, (_, i) => [`CN${i}`, "utility", "2020-01-01", "HQ"]);
    fake.model.setValues("Portfolio", "A3", rows);
    fake.model.select("Portfolio", "A1");
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    expect(region.address).toBe("Portfolio!A1:D5002");
    let start = fake.metrics.syncCount;
    const top = await port.readSource(region, undefined, 1000);
    expect(fake.metrics.syncCount - start).toBe(1);
    expect(top.values).toHaveLength(1000);
    // Excel holds the typed date as its serial number (2020-01-01 is 43831).
    expect(top.values[999]).toEqual(["CN997", "utility", 43831, "HQ"]);
    expect([top.sheet, top.top, top.left]).toEqual(["Portfolio", 1, 0]);
    // A list shorter than that is read whole.
    expect((await port.readSource(region, undefined, 10_000)).values).toHaveLength(5002);

    const table = await port.insertTable(
      "Rights",
      "MyRights",
      [["ID"], ...rows.map((r) => [r[0]])],
      [0]
    );
    start = fake.metrics.syncCount;
    const tableTop = await port.readSource(table, undefined, 20);
    expect(fake.metrics.syncCount - start).toBe(1);
    expect(tableTop.values).toEqual([["ID"], ...rows.slice(0, 19).map((r) => [r[0]])]);
  });
});
