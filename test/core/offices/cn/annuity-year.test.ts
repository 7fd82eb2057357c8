import { annuityYearOf, annuityYearStart } from "../../../../src/core/offices/cn/annuity-year";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";

describe("annuity years count from the filing date (审查指南 Part V ch. 9 §2.2.1)", () => {
  it("docs/offices/cn.md CN-E2: filed 1999-06-01, year 1 runs 1999-06-01 … 2000-05-31 and year 2 starts 2000-06-01", () => {
    const filing = isoToDay("1999-06-01");
    expect(annuityYearOf(filing, isoToDay("1999-06-01"))).toBe(1);
    expect(annuityYearOf(filing, isoToDay("2000-05-31"))).toBe(1);
    expect(annuityYearOf(filing, isoToDay("2000-06-01"))).toBe(2);
    expect(dayToIso(annuityYearStart(filing, 2))).toBe("2000-06-01");
  });

  it("docs/offices/cn.md CN-E1: filed 2018-07-09, year 4 starts 2021-07-09 (year 3 ends 2021-07-08)", () => {
    const filing = isoToDay("2018-07-09");
    expect(dayToIso(annuityYearStart(filing, 4))).toBe("2021-07-09");
    expect(annuityYearOf(filing, isoToDay("2021-07-08"))).toBe(3);
    expect(annuityYearOf(filing, isoToDay("2021-07-09"))).toBe(4);
  });

  it("starts the years of a 29 February filing on 28 February in common years", () => {
    const filing = isoToDay("2020-02-29");
    expect(annuityYearOf(filing, isoToDay("2021-02-27"))).toBe(1);
    expect(annuityYearOf(filing, isoToDay("2021-02-28"))).toBe(2);
    expect(dayToIso(annuityYearStart(filing, 5))).toBe("2024-02-29");
  });

  it("rejects a date before the filing date", () => {
    expect(() => annuityYearOf(isoToDay("2020-01-01"), isoToDay("2019-12-31"))).toThrow(
      "date 2019-12-31 is before the filing date 2020-01-01."
    );
  });
});
