import { sourceWithRows } from "../../src/taskpane/choose-source";
import { PortfolioSource } from "../../src/excel/workbook-port";

// A run reads a list around the selection to its end, rows added since the pane listed it included; the
// pane then names the list as read, in its menu and above its column map.
describe("the list as a run read it", () => {
  const region: PortfolioSource = {
    kind: "region",
    name: "'专利 台账'!B3:F12",
    sheet: "专利 台账",
    address: "'专利 台账'!B3:F12",
    rows: 9,
  };

  it("keeps its top and sheet, and ends where the read ended", () => {
    expect(sourceWithRows(region, 13)).toEqual({
      kind: "region",
      name: "'专利 台账'!B3:F15",
      sheet: "专利 台账",
      address: "'专利 台账'!B3:F15",
      rows: 12,
    });
  });

  it("leaves a table, which grows by itself and is named by its name, as it is", () => {
    const table: PortfolioSource = { ...region, kind: "table", name: "Rights" };
    expect(sourceWithRows(table, 13)).toBe(table);
  });
});
