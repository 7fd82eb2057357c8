/* ChartCollection.add(type, sourceData, seriesBy) records a chart; the fake keeps its type, source
 * address, title and position so tests can check what the add-in asked for. */
import { createMemoryExcel } from "..";
import { expectOfficeError } from "./expect-office-error";

describe("charts", () => {
  it("adds a chart with type, source, title and position, and lists it", async () => {
    const { Excel, model } = createMemoryExcel();
    model.addSheet("Projection");
    model.setValues("Projection", "A1", [
      ["Year", "Fee"],
      [2025, 900],
      [2026, 1200],
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Projection");
      const chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRange("A1:B3"),
        Excel.ChartSeriesBy.columns
      );
      chart.title.text = "Annual fees";
      chart.name = "FeesChart";
      chart.setPosition("D2", "J15");
      const charts = sheet.charts.load("items/name");
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["FeesChart"]);
      chart.load("title/text");
      await context.sync();
      expect(chart.title.text).toBe("Annual fees");
    });
    expect(model.sheet("Projection").charts[0]).toMatchObject({
      chartType: "ColumnClustered",
      sourceAddress: "Projection!A1:B3",
      seriesBy: "Columns",
      title: "Annual fees",
      position: { startCell: "Projection!D2", endCell: "Projection!J15" },
    });
  });

  it("rejects an unknown chart type", async () => {
    const { Excel } = createMemoryExcel();
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("ColumnClusterd", sheet.getRange("A1:B2"));
      await context.sync();
    });
    await expectOfficeError(run, "InvalidArgument");
  });
});
