import {
  isYearReduced,
  parseReduction,
  payableAfterReduction,
  reductionWindowYears,
} from "../../../../src/core/offices/cn/reduction";
import { isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";

describe("fee reduction (专利收费减缴办法, 财税〔2016〕78号 and 〔2018〕37号; domain file §6)", () => {
  it("domain example: the year-2 fee of 900 at an 85% reduction → 900 × 15% = 135 (not 765)", () => {
    expect(payableAfterReduction(new Money(900), parseReduction(0.85)).toString()).toBe("135");
  });

  it("domain example: the year-5 fee of 1,200 at a 70% reduction → 1,200 × 30% = 360", () => {
    expect(payableAfterReduction(new Money(1200), parseReduction(70)).toString()).toBe("360");
  });

  it("reads the statutory percentages 85 and 70 and fractions in [0, 1)", () => {
    expect(parseReduction(85).toString()).toBe("0.85");
    expect(parseReduction(70).toString()).toBe("0.7");
    expect(parseReduction(0).toString()).toBe("0");
    expect(parseReduction(0.5).toString()).toBe("0.5");
  });

  it("rejects 1, negative values and other percentages", () => {
    const help =
      "give a fraction from 0 up to (not including) 1 such as 0.85 or 0.7, or the percentages 85 and 70.";
    expect(() => parseReduction(1)).toThrow(`reduction 1 is not a fee reduction: ${help}`);
    expect(() => parseReduction(-0.1)).toThrow(`reduction -0.1 is not a fee reduction: ${help}`);
    expect(() => parseReduction(50)).toThrow(`reduction 50 is not a fee reduction: ${help}`);
  });

  it("covers 6 years from the grant year for fees due from 2016-09-01 and 10 from 2018-08-01", () => {
    expect(reductionWindowYears(isoToDay("2018-07-31"))).toBe(6);
    expect(reductionWindowYears(isoToDay("2018-08-01"))).toBe(10);
    expect(() => reductionWindowYears(isoToDay("2016-08-31"))).toThrow(
      "No fee-reduction rule in force on 2016-08-31: the data starts on 2016-09-01."
    );
  });

  it("reduces grant year 4 through year 13 under the 10-year window, not year 3 or 14", () => {
    const due = isoToDay("2023-01-01");
    expect([3, 4, 13, 14].map((year) => isYearReduced(year, 4, due))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
