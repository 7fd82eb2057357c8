import { PortfolioSource } from "../../src/excel/workbook-port";
import { chooseSource } from "../../src/taskpane/choose-source";

const table = (name: string, address: string): PortfolioSource => ({
  kind: "table",
  name,
  sheet: "Sheet1",
  address,
  rows: 3,
});
const region = (address: string): PortfolioSource => ({
  kind: "region",
  name: address,
  sheet: "Sheet1",
  address,
  rows: 9,
});

describe("chooseSource: the selected list wins", () => {
  it("starts on the selection's region, not on an unrelated table listed first", () => {
    const listed = [table("Rates", "Sheet1!K1:L4"), region("Sheet1!A1:I14")];
    expect(chooseSource(listed, undefined, false).index).toBe(1);
  });

  it("starts on the table the selection is in, listed once", () => {
    const listed = [
      table("Rates", "Sheet1!K1:L4"),
      table("Ledger", "Sheet1!A1:I14"),
      region("Sheet1!A1:I14"),
    ];
    expect(chooseSource(listed, undefined, false)).toEqual({
      sources: listed.slice(0, 2),
      index: 1,
    });
  });

  it("keeps the list the user picked in the menu", () => {
    const listed = [table("Rates", "Sheet1!K1:L4"), region("Sheet1!A1:I14")];
    expect(chooseSource(listed, listed[0], true).index).toBe(0);
  });

  it("follows a new selection when the user never picked", () => {
    const listed = [table("Rates", "Sheet1!K1:L4"), region("Sheet1!A1:I14")];
    expect(chooseSource(listed, listed[0], false).index).toBe(1);
  });
});
