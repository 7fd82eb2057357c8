import { createMemoryExcel, MemoryExcel } from "../../excel-double";
import {
  DEFAULT_LIMITS,
  ExcelHost,
  OfficeWorkbook,
  WriterLimits,
} from "../../../src/excel/office-workbook";
import { PortfolioSource } from "../../../src/excel/workbook-port";
import { readLedger } from "../../../src/core/portfolio/read-ledger";
import { ledgerReportLines } from "../../../src/core/app/ledger-report";

// The pane shows the chosen list's column map from its first rows as soon as it has listed the lists.
// When that list is the one around the selection (what the README asks the user to select), the list of
// lists' second request reads those rows too: the pane opens, and Refresh answers, on a request fewer,
// each a round trip to Excel (often 100 ms or more on the web). The rows must be exactly those a read of
// the list gives, and never outlive the moment they were read for.

/** A ledger of `rows` rights at A1 of "Ledger", the header selected; `blankAfter` leaves a blank row. */
function ledgerWorkbook(
  rows: number,
  options: { blankAfter?: number; limits?: Partial<WriterLimits>; responseLimit?: number } = {}
) {
  const fake = createMemoryExcel(
    undefined,
    options.responseLimit ? { responseLimitBytes: options.responseLimit } : {}
  );
  fake.model.renameSheet("Sheet1", "Ledger");
  const values: unknown[][] = [["ID", "Right type", "Filing date", "Owner"]];
  for (let i = 0; i < rows; i += 1) {
    if (options.blankAfter !== undefined && i === options.blankAfter) values.push(["", "", "", ""]);
    values.push([`CN2018${String(10000000 + i)}.X`, "invention", "2018-07-09", `Lab ${i % 7}`]);
  }
  fake.model.setValues("Ledger", "A1", values as never);
  fake.model.activate("Ledger");
  fake.model.select("Ledger", "A1");
  return { fake, port: portOn(fake, options.limits) };
}

function portOn(fake: MemoryExcel, limits: Partial<WriterLimits> = {}, now?: () => number) {
  return new OfficeWorkbook(
    fake.Excel as unknown as ExcelHost,
    () => true,
    { ...DEFAULT_LIMITS, ...limits },
    now
  );
}

const regionOf = (sources: PortfolioSource[]) => sources.find((s) => s.kind === "region")!;

/** What a read of the list's first `rows` rows gives, by a pane that listed nothing first. */
async function readFresh(fake: MemoryExcel, source: PortfolioSource, rows?: number) {
  return portOn(fake).readSource(source, undefined, rows);
}

/** Requests made by `act`. */
async function requests(fake: MemoryExcel, act: () => Promise<unknown>) {
  const before = fake.metrics.syncCount;
  await act();
  return fake.metrics.syncCount - before;
}

describe("the column map's rows read with the list of lists", () => {
  it("open the pane on 2 requests: the lists with the list's first rows, and no read after", async () => {
    const { fake, port } = ledgerWorkbook(30);
    let region!: PortfolioSource;
    const listing = await requests(fake, async () => {
      region = regionOf((await port.loadPane(1000)).sources);
    });
    expect(listing).toBe(2);
    let grid!: Awaited<ReturnType<OfficeWorkbook["readSource"]>>;
    expect(
      await requests(fake, async () => (grid = await port.readSource(region, undefined, 1000)))
    ).toBe(0);
    expect(grid).toEqual(await readFresh(fake, region, 1000));
    expect(grid.values).toHaveLength(31);
  });

  it("are the first 1,000 rows of a longer list, as a read of them gives", async () => {
    const { fake, port } = ledgerWorkbook(2500);
    const region = regionOf(await port.listSources(1000));
    expect(region.rows).toBe(2500);
    const grid = await port.readSource(region, undefined, 1000);
    expect(fake.metrics.syncs.length).toBeGreaterThan(0);
    expect(grid).toEqual(await readFresh(fake, region, 1000));
    expect(grid.values).toHaveLength(1000);
    expect(grid.values[999][0]).toBe("CN201810000998.X");
  });

  it("serve a read of fewer rows, but not a read of the whole of a longer list", async () => {
    const { fake, port } = ledgerWorkbook(2500);
    const region = regionOf(await port.listSources(1000));
    expect(await requests(fake, () => port.readSource(region, undefined, 20))).toBe(0);
    const again = regionOf(await port.listSources(1000));
    let whole!: Awaited<ReturnType<OfficeWorkbook["readSource"]>>;
    expect(await requests(fake, async () => (whole = await port.readSource(again)))).toBe(1);
    expect(whole.values).toHaveLength(2501);
  });

  it("serve the whole read of a list shorter than the rows asked for", async () => {
    const { fake, port } = ledgerWorkbook(12);
    const region = regionOf(await port.listSources(1000));
    let grid!: Awaited<ReturnType<OfficeWorkbook["readSource"]>>;
    expect(await requests(fake, async () => (grid = await port.readSource(region)))).toBe(0);
    expect(grid).toEqual(await readFresh(fake, region));
  });

  it("take the list's rows below a blank row, as the list of lists counts them", async () => {
    // Excel's region ends at the blank row; the list goes on below it (region-over-blank-rows).
    const { fake, port } = ledgerWorkbook(40, { blankAfter: 5 });
    const region = regionOf(await port.listSources(1000));
    expect(region.address).toBe("Ledger!A1:D42");
    const grid = await port.readSource(region, undefined, 1000);
    expect(grid).toEqual(await readFresh(fake, region, 1000));
    expect(grid.values[6]).toEqual(["", "", "", ""]);
    // Fewer rows than the region and the rows below: cut where asked.
    const small = ledgerWorkbook(40, { blankAfter: 5 });
    const cut = regionOf(await small.port.listSources(10));
    expect(await requests(small.fake, () => small.port.readSource(cut, undefined, 10))).toBe(0);
    const listed = regionOf(await small.port.listSources(10));
    expect(await small.port.readSource(listed, undefined, 10)).toEqual(
      await readFresh(small.fake, listed, 10)
    );
  });

  it("give Excel's error values their types, in the listing's requests", async () => {
    const { fake, port } = ledgerWorkbook(30);
    fake.model.setError("Ledger", "C4", "#N/A");
    let region!: PortfolioSource;
    // One request more for the value types where a value starts with "#", as a read makes.
    expect(
      await requests(fake, async () => (region = regionOf(await port.listSources(1000))))
    ).toBe(3);
    let grid!: Awaited<ReturnType<OfficeWorkbook["readSource"]>>;
    expect(
      await requests(fake, async () => (grid = await port.readSource(region, undefined, 1000)))
    ).toBe(0);
    expect(grid.valueTypes![3]![2]).toBe("Error");
    expect(grid).toEqual(await readFresh(fake, region, 1000));
  });

  it("read merged cells as a read of the list does, an area across the last row taken included", async () => {
    const { fake, port } = ledgerWorkbook(30, { blankAfter: 10 });
    fake.model.setValues("Ledger", "D3", [[""], [""]] as never);
    fake.model.merge("Ledger", "D2:D4");
    // Rows 20-24 (below the blank row), merged over the 20-row cut.
    fake.model.setValues("Ledger", "D21", [[""], [""], [""], [""]] as never);
    fake.model.merge("Ledger", "D20:D24");
    const region = regionOf(await port.listSources(22));
    const grid = await port.readSource(region, undefined, 22);
    const fresh = await readFresh(fake, region, 22);
    // The ledger the column map shows is the same: the owner carried down the same rows.
    const language = "en" as const;
    const lines = (g: typeof grid) =>
      ledgerReportLines(readLedger(g, language, {}), language, region.address, undefined, 22);
    expect(lines(grid)).toEqual(lines(fresh));
    expect(readLedger(grid, language, {}).merged).toEqual(readLedger(fresh, language, {}).merged);
    expect(readLedger(grid, language, {}).merged).toEqual([
      { range: "D2:D4", header: "Owner" },
      { range: "D20:D22", header: "Owner" },
    ]);
    expect(grid.values).toEqual(fresh.values);
  });

  it("serve a table whose range is the region around the selection", async () => {
    const { fake, port } = ledgerWorkbook(30);
    fake.model.addTable("Ledger", "A1:D31", true).name = "Rights";
    const sources = await port.listSources(1000);
    const table = sources.find((s) => s.kind === "table")!;
    expect(table.address).toBe(regionOf(sources).address);
    let grid!: Awaited<ReturnType<OfficeWorkbook["readSource"]>>;
    expect(
      await requests(fake, async () => (grid = await port.readSource(table, undefined, 1000)))
    ).toBe(0);
    expect(grid).toEqual(await readFresh(fake, table, 1000));
  });

  it("serve one read only: the next asks Excel, and sees an edit made since", async () => {
    const { fake, port } = ledgerWorkbook(30);
    const region = regionOf(await port.listSources(1000));
    await port.readSource(region, undefined, 1000);
    fake.model.setValues("Ledger", "A1", [["Application number"]] as never);
    let grid!: Awaited<ReturnType<OfficeWorkbook["readSource"]>>;
    expect(
      await requests(fake, async () => (grid = await port.readSource(region, undefined, 1000)))
    ).toBe(1);
    expect(grid.values[0][0]).toBe("Application number");
  });

  it("are not served after two seconds: the user may have edited the list", async () => {
    const fake = ledgerWorkbook(30).fake;
    let clock = 1_000_000;
    const port = portOn(fake, {}, () => clock);
    const region = regionOf(await port.listSources(1000));
    clock += 2_001;
    expect(await requests(fake, () => port.readSource(region, undefined, 1000))).toBe(1);
    const again = regionOf(await port.listSources(1000));
    clock += 2_000;
    expect(await requests(fake, () => port.readSource(again, undefined, 1000))).toBe(0);
  });

  it("are dropped by a read of another list, and never serve the run's read", async () => {
    const { fake, port } = ledgerWorkbook(30);
    fake.model.addSheet("Other");
    fake.model.setValues("Other", "A1", [["ID"], ["CN1"]] as never);
    fake.model.addTable("Other", "A1:A2", true).name = "OtherList";
    const sources = await port.listSources(1000);
    const other = sources.find((s) => s.kind === "table")!;
    const region = regionOf(sources);
    expect(await requests(fake, () => port.readSource(other, undefined, 1000))).toBe(1);
    expect(await requests(fake, () => port.readSource(region, undefined, 1000))).toBe(1);
    // The run reads its list whole and fresh, whatever was listed just before.
    const listed = regionOf(await port.listSources(1000));
    fake.model.setValues("Ledger", "D2", [["Edited"]] as never);
    const { grid } = await port.readSourceWithTables(listed, []);
    expect(grid.values[1][3]).toBe("Edited");
    expect(await requests(fake, () => port.readSource(listed, undefined, 1000))).toBe(1);
  });

  it("are dropped by a write or an insertion", async () => {
    const { fake, port } = ledgerWorkbook(30);
    const region = regionOf(await port.listSources(1000));
    await port.insertTable("IP Sample portfolio", "IPSample", [["ID"], ["CN1"]], [0]);
    expect(await requests(fake, () => port.readSource(region, undefined, 1000))).toBe(1);
  });

  it("are not read without firstRows: the column map then reads them itself", async () => {
    const { fake, port } = ledgerWorkbook(30);
    const region = regionOf(await port.listSources());
    // The lists read the values of the region's first 20 rows only, where its header would be.
    const loads = fake.metrics.syncs.at(-1)!.statements.filter((s) => s.includes("values"));
    expect(loads).toHaveLength(1);
    expect(fake.metrics.syncs.at(-1)!.responseBytes).toBeLessThan(2_000);
    expect(await requests(fake, () => port.readSource(region, undefined, 1000))).toBe(1);
  });

  it("keep their cells out of the rows below's share of a read: those read in a request more", async () => {
    // 12 rows under a blank row, 4 columns, 60 cells a read: the region's 6 rows (24 cells) leave 9 rows
    // below for the lists' request, the other 3 are read in one more; the first rows still come along.
    const { fake, port } = ledgerWorkbook(17, { blankAfter: 5, limits: { maxCellsPerRead: 60 } });
    let region!: PortfolioSource;
    expect(
      await requests(fake, async () => (region = regionOf(await port.listSources(1000))))
    ).toBe(3);
    expect(region.rows).toBe(18);
    let grid!: Awaited<ReturnType<OfficeWorkbook["readSource"]>>;
    expect(
      await requests(fake, async () => (grid = await port.readSource(region, undefined, 1000)))
    ).toBe(0);
    expect(grid).toEqual(await readFresh(fake, region, 1000));
  });

  it("list the lists all the same when Excel finds the response too large with them", async () => {
    // The listing's second request with the first rows passes the response limit; without them it fits.
    const probe = ledgerWorkbook(400);
    await probe.port.listSources();
    const withoutRows = probe.fake.metrics.syncs.at(-1)!.responseBytes;
    const { fake, port } = ledgerWorkbook(400, { responseLimit: withoutRows + 1000 });
    let region!: PortfolioSource;
    expect(
      await requests(fake, async () => (region = regionOf(await port.listSources(1000))))
    ).toBe(3);
    expect(fake.metrics.syncs.at(-2)!.errorCode).toBe("ResponsePayloadSizeLimitExceeded");
    expect(region.rows).toBe(400);
    // The column map reads them on its own (in chunks that fit).
    const grid = await port.readSource(region, undefined, 1000);
    expect(grid.values).toHaveLength(401);
  });
});
