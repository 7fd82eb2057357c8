import { columnMapOf } from "../../../src/core/portfolio/ledger-column-map";
import { findDuplicateRows } from "../../../src/core/portfolio/ledger-duplicates";

const map = columnMapOf(["申请号", "国家", "申请日", "法律状态"]);

describe("findDuplicateRows finds one right typed on several rows", () => {
  it("finds the same number typed two ways at the same office, the filing date as serial and text", () => {
    // 2020-07-09 is serial 44021 (44021 days after 1899-12-30).
    const rows = [
      ["CN202010123456.7", "", "2020-07-09", "授权"],
      ["ZL 202010123456.7", "中国", 44021, ""],
    ];
    expect(findDuplicateRows(rows, map)).toEqual([
      { index: 1, firstIndex: 0, id: "CN202010123456.7", conflicts: [] },
    ]);
  });

  it("names the columns that disagree", () => {
    const rows = [
      ["CN202010123456.7", "CN", "2020-07-09", "授权"],
      ["202010123456.7", "CN", "2020-07-10", "视撤"],
    ];
    expect(findDuplicateRows(rows, map)[0].conflicts).toEqual(["申请日", "法律状态"]);
  });

  it("keeps the same number at two offices as two rights", () => {
    const rows = [
      ["2020-123456", "JP", "2020-07-09", ""],
      ["2020-123456", "US", "2020-07-09", ""],
    ];
    expect(findDuplicateRows(rows, map)).toEqual([]);
  });

  it("leaves rows without a number to the reader", () => {
    expect(
      findDuplicateRows(
        [
          ["", "CN"],
          ["", "CN"],
        ],
        map
      )
    ).toEqual([]);
  });
});
