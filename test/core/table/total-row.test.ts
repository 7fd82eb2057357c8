import { isTotalRow } from "../../../src/core/table/total-row";

describe("isTotalRow recognises the total rows of ledgers", () => {
  it.each([
    [["合计", "", "", 111400]],
    [["合計", null, 3]],
    [["", "合计：12件", 5]], // the first non-blank cell counts, with a count after a colon
    [["Total", 7]], // Excel's table totals row label
    [["Grand Total", 7]],
    [["ＴＯＴＡＬ"]], // full width
    [["总计 7 项"]],
  ])("%j is a total row", (cells) => {
    expect(isTotalRow(cells)).toBe(true);
  });

  it.each([
    [["CN2020101234567", "Total station", "发明"]], // the word in a title, not in the first cell
    [["Totally new device"]], // a letter after the word
    [[""]],
    [[44021, "合计"]], // the first cell is a number (a date serial), not a label
  ])("%j is not a total row", (cells) => {
    expect(isTotalRow(cells)).toBe(false);
  });
});
