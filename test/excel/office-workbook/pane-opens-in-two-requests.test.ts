import { ExcelHost, OfficeWorkbook } from "../../../src/excel/office-workbook";
import { PROGRAMME_TABLE_NAME } from "../../../src/core/subsidy/programme-table-columns";
import { workbookWithUserData } from "./workbook-fixture";

// When the pane opens it shows the settings it saved in the workbook, the lists, and whether the
// programmes table is there. Each request is a round trip to Excel (often 100 ms or more on the web): the
// settings and the tables (the programmes table among them) come with the list of lists' two requests.
// They took three to four more before: the settings, and the programmes table looked up on its own.
describe("what the pane loads when it opens", () => {
  it("is the saved settings and every list, the programmes table among them, in two requests", async () => {
    const { fake, port } = workbookWithUserData();
    fake.model.addSheet("Programmes");
    fake.model.setValues("Programmes", "A1", [
      ["Programme", "Rate"],
      ["Shenzhen", 0.5],
      ["Suzhou", 0.3],
    ]);
    fake.model.addTable("Programmes", "A1:B3", true).name = PROGRAMME_TABLE_NAME;
    fake.model.activate("Portfolio");
    fake.model.select("Portfolio", "A1");
    await port.saveSettings('{"horizonYears":15}');

    // A pane opened later, on the saved workbook.
    const pane = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
    const start = fake.metrics.syncCount;
    const opened = await pane.loadPane();
    expect(fake.metrics.syncCount - start).toBe(2);
    expect(opened.settings).toBe('{"horizonYears":15}');
    expect(opened.sources).toEqual(await pane.listSources());
    expect(opened.sources).toContainEqual({
      kind: "table",
      name: PROGRAMME_TABLE_NAME,
      sheet: "Programmes",
      address: "Programmes!A1:B3",
      rows: 2,
    });
  });

  it("has no settings in a workbook the pane never saved to", async () => {
    const { fake, port } = workbookWithUserData();
    const start = fake.metrics.syncCount;
    const opened = await port.loadPane();
    expect(fake.metrics.syncCount - start).toBe(2);
    expect(opened.settings).toBeUndefined();
    expect(opened.sources.map((source) => source.address)).toEqual(["Portfolio!A1:D2"]);
  });

  it("still has the settings and the tables when several ranges are selected (one more request)", async () => {
    // getSelectedRange fails a request when several ranges are selected (Ctrl+click): the settings
    // would be lost with it, and a run after would save the defaults over them.
    const { fake, port } = workbookWithUserData();
    fake.model.addSheet("Rates");
    fake.model.setValues("Rates", "A1", [
      ["Currency", "Rate"],
      ["USD", 7.1],
    ]);
    fake.model.addTable("Rates", "A1:B2", true).name = "IPRates";
    await port.saveSettings('{"horizonYears":15}');
    fake.model.selectAreas("Portfolio", ["A1", "C2"]);
    const start = fake.metrics.syncCount;
    const opened = await port.loadPane();
    expect(fake.metrics.syncCount - start).toBe(3);
    expect(opened.settings).toBe('{"horizonYears":15}');
    // No region without a single selected range: the tables are the lists.
    expect(opened.sources).toEqual([
      { kind: "table", name: "IPRates", sheet: "Rates", address: "Rates!A1:B2", rows: 1 },
    ]);
    // One range selected again: the region around it is a list too.
    fake.model.select("Portfolio", "A1");
    expect((await port.listSources()).map((source) => source.address)).toEqual([
      "Rates!A1:B2",
      "Portfolio!A1:D2",
    ]);
  });
});
