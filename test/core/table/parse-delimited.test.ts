import { parseDelimited } from "../../../src/core/table/parse-delimited";

describe("parseDelimited reads CSV files and copied cells", () => {
  it("reads quoted fields with commas, quotes and line breaks", () => {
    expect(parseDelimited('ID,Title\r\nCN1,"Pump, ""quiet""\nmodel"\r\n')).toEqual([
      ["ID", "Title"],
      ["CN1", 'Pump, "quiet"\nmodel'],
    ]);
  });

  it("reads tab-separated copied cells and keeps numbers as text", () => {
    expect(parseDelimited("申请号\t申请日\n202010123456.7\t2020.7.9")).toEqual([
      ["申请号", "申请日"],
      ["202010123456.7", "2020.7.9"],
    ]);
  });

  it("drops the byte-order mark Excel writes in UTF-8 CSV, and pads short rows", () => {
    expect(parseDelimited("\uFEFFa,b,c\n\nx")).toEqual([
      ["a", "b", "c"],
      ["", "", ""], // the blank row stays: it is part of the ledger
      ["x", "", ""],
    ]);
  });

  it("gives no rows for an empty text", () => {
    expect(parseDelimited("")).toEqual([]);
  });
});
