import { cnAnnuity } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// Excel serial 43290 is 2018-07-09 (serial 43101 = 2018-01-01, + 189 days).
describe("IP.CN_ANNUITY", () => {
  it("docs/offices/cn.md CN-E1: year 4 of an invention filed 2018-07-09 costs CNY 1,200", () => {
    expect(cnAnnuity(43290, 4)).toBe(1200);
    expect(cnAnnuity("2018-07-09", 4, null, null)).toBe(1200);
    expect(cnAnnuity("2018/7/9", 4, "", "")).toBe(1200);
    expect(cnAnnuity("2018年7月9日", "4", "发明")).toBe(1200);
  });

  it("applies a reduction given as a fraction, a percentage or a percent text: 900 × 15% = 135", () => {
    expect(cnAnnuity("2020-01-01", 2, "invention", 0.85)).toBe(135);
    expect(cnAnnuity("2020-01-01", 2, "invention", 85)).toBe(135);
    expect(cnAnnuity("2020-01-01", 2, "invention", "85%")).toBe(135);
    expect(cnAnnuity("2020-01-01", 5, "utility", 70)).toBe(270); // 900 × 30%
  });

  it("reads the kind in English, Chinese and Japanese", () => {
    expect(cnAnnuity("2022-01-01", 11, "意匠")).toBe(3000);
    expect(cnAnnuity("2022-01-01", 9, "実用新案")).toBe(2000);
    expect(cnAnnuity("2022-01-01", 9, "Utility model")).toBe(2000);
    expect(cnAnnuity("2022-01-01", 20, "特許")).toBe(8000);
  });

  it("takes a one-cell range as its value", () => {
    expect(cnAnnuity([[43290]], [[4]])).toBe(1200);
  });

  it.each([
    [
      () => cnAnnuity("2018-07-09", 21),
      "#VALUE!",
      "year 21 is outside the 20-year term of this invention (filed 2018-07-09): give a whole number from 1 to 20.",
    ],
    [
      () => cnAnnuity("2018-07-09", 11, "utility"),
      "#VALUE!",
      "year 11 is outside the 10-year term of this utility (filed 2018-07-09): give a whole number from 1 to 10.",
    ],
    [
      () => cnAnnuity("2018-07-09", 4, "trademark"),
      "#VALUE!",
      'kind "trademark" is unknown: use "invention", "utility" or "design" (also 发明, 实用新型, 外观设计, 特許, 実用新案, 意匠).',
    ],
    [
      () => cnAnnuity("2018-07-09", 4, "invention", 1),
      "#VALUE!",
      "reduction 1 is not a fee reduction: give a fraction from 0 up to (not including) 1 such as 0.85 or 0.7, or the percentages 85 and 70.",
    ],
    [
      () => cnAnnuity("9 July 2018", 4),
      "#VALUE!",
      'filingDate "9 July 2018" is not a date: give a date, or text as yyyy-mm-dd, yyyy/mm/dd or yyyy年m月d日.',
    ],
    [
      () => cnAnnuity("2018-02-30", 4),
      "#VALUE!",
      'filingDate "2018-02-30" is not a calendar date.',
    ],
    [
      () => cnAnnuity(60, 4),
      "#VALUE!",
      "filingDate 60 is outside 1900-03-01 … 9999-12-31: give a date in that range.",
    ],
    [
      () => cnAnnuity(null, 4),
      "#VALUE!",
      "filingDate is empty: give a date, or text as yyyy-mm-dd, yyyy/mm/dd or yyyy年m月d日.",
    ],
    [
      () => cnAnnuity(true, 4),
      "#VALUE!",
      "filingDate is not a date: give a date, or text as yyyy-mm-dd, yyyy/mm/dd or yyyy年m月d日.",
    ],
    [
      () => cnAnnuity("2018-07-09", "four"),
      "#VALUE!",
      'year "four" is not a number: give a whole annuity year such as 4.',
    ],
    [
      () => cnAnnuity("2018-07-09", Number.NaN),
      "#VALUE!",
      "year NaN is not a number: give a whole annuity year such as 4.",
    ],
    [
      () => cnAnnuity([[43290, 43291]], 4),
      "#VALUE!",
      "filingDate is a range of several cells: give one cell or value.",
    ],
    [
      () => cnAnnuity("1992-12-31", 4),
      "#N/A",
      "No term rule for invention filings in force on 1992-12-31: the data starts on 1993-01-01.",
    ],
  ])("error %#: %s", (call, code, message) => {
    expect(cellError(call)).toMatchObject({ code, message });
  });
});
