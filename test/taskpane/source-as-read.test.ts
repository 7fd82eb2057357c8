import { sourceAsRead } from "../../src/taskpane/choose-source";
import { PortfolioSource } from "../../src/excel/workbook-port";

// A run reads a list around the selection whole, rows and columns added since the pane listed it
// included; the pane then names the list as read, in its menu and above its column map.
describe("the list as a run read it", () => {
  const region: PortfolioSource = {
    kind: "region",
    name: "'专利 台账'!B3:F12",
    sheet: "专利 台账",
    address: "'专利 台账'!B3:F12",
    rows: 9,
  };

  it("is the listed source itself when the run read it where it was listed", () => {
    expect(sourceAsRead(region, { top: 3, left: 1, rows: 10, columns: 5 })).toBe(region);
  });

  it("ends where the read ended: 3 rows and a column added", () => {
    expect(sourceAsRead(region, { top: 3, left: 1, rows: 13, columns: 6 })).toEqual({
      kind: "region",
      name: "'专利 台账'!B3:G15",
      sheet: "专利 台账",
      address: "'专利 台账'!B3:G15",
      rows: 12,
    });
  });

  it("leaves a table, which grows by itself and is named by its name, as it is", () => {
    const table: PortfolioSource = { ...region, kind: "table", name: "Rights" };
    expect(sourceAsRead(table, { top: 3, left: 1, rows: 13, columns: 6 })).toBe(table);
  });
});
