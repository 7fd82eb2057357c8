import { findHeaderRow } from "../../../src/core/portfolio/ledger-header-row";

describe("findHeaderRow finds the header below titles", () => {
  it("skips a title and a blank row", () => {
    expect(findHeaderRow([["2024年专利台账"], [], ["序号", "申请号", "申请日", "类型"]])).toBe(2);
  });

  it("takes the first row when it is the header", () => {
    expect(
      findHeaderRow([
        ["ID", "Right type", "Filing date"],
        ["CN1", "发明", "2020-01-02"],
      ])
    ).toBe(0);
  });

  it("does not take a note naming one field for the header", () => {
    // "申请号" alone names one field: a header names at least two.
    expect(findHeaderRow([["申请号"], ["说明"]])).toBeUndefined();
  });

  it("counts a column the user mapped", () => {
    expect(findHeaderRow([["note"], ["案号", "申请日"]], { 案号: "id" })).toBe(1);
  });

  it("looks no further than 20 rows", () => {
    const rows: unknown[][] = Array.from({ length: 20 }, () => ["title"]);
    expect(findHeaderRow([...rows, ["申请号", "申请日"]])).toBeUndefined();
  });
});
