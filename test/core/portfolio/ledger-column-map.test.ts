import { COLUMN_LABELS, ColumnKey, columnOfHeader } from "../../../src/core/portfolio/columns";
import { columnMapOf } from "../../../src/core/portfolio/ledger-column-map";

describe("columnMapOf says which header feeds which field", () => {
  it("maps known headers, leaves unknown ones ignored", () => {
    expect(columnMapOf(["申请号", "授权公告日", "", "申请日"])).toEqual([
      { index: 0, header: "申请号", field: "id", byUser: false },
      { index: 1, header: "授权公告日", field: undefined, byUser: false },
      { index: 3, header: "申请日", field: "filingDate", byUser: false }, // the blank header is no column
    ]);
  });

  it("lets the user's choice win over a built-in name for the same field", () => {
    const map = columnMapOf(["授权日", "授权公告日"], { 授权公告日: "grantDate" });
    expect(map.map((entry) => entry.field)).toEqual([undefined, "grantDate"]);
  });

  it("lets the user ignore a column the built-in names would read", () => {
    expect(columnMapOf(["类型"], { 类型: "ignore" })[0]).toMatchObject({
      field: undefined,
      byUser: true,
    });
  });

  it("reads only the leftmost of two columns naming the same field", () => {
    expect(columnMapOf(["申请日", "申请日期"]).map((entry) => entry.field)).toEqual([
      "filingDate",
      undefined,
    ]);
  });

  // readLedger hands a user's choice to the portfolio reader as the field's label: each must read back.
  it.each(Object.keys(COLUMN_LABELS) as ColumnKey[])("the label of %s names it again", (key) => {
    expect(columnOfHeader(COLUMN_LABELS[key])).toBe(key);
  });
});
