import { termEnd, termYears } from "../../../../src/core/offices/cn/term";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";

describe("term (Patent Law Art. 42, as amended in force 2021-06-01)", () => {
  it("ends on the day before the anniversary after the last year (docs/offices/cn.md CN-E8: last day of year 20)", () => {
    expect(dayToIso(termEnd("invention", isoToDay("2018-07-09")))).toBe("2038-07-08");
    expect(dayToIso(termEnd("utility", isoToDay("2018-07-09")))).toBe("2028-07-08");
  });

  it("gives designs filed from 2021-06-01 a 15-year term and earlier designs 10 years", () => {
    expect(termYears("design", isoToDay("2021-05-31"))).toBe(10);
    expect(termYears("design", isoToDay("2021-06-01"))).toBe(15);
    expect(dayToIso(termEnd("design", isoToDay("2021-06-01")))).toBe("2036-05-31");
  });

  it("ends the term of a 29 February filing on 27 February of a common year", () => {
    // 10th anniversary of 2020-02-29 is 2030-02-28 (corresponding-day rule), so the term ends the day before.
    expect(dayToIso(termEnd("utility", isoToDay("2020-02-29")))).toBe("2030-02-27");
    expect(dayToIso(termEnd("invention", isoToDay("2020-02-29")))).toBe("2040-02-28");
  });

  it("refuses filings before 1993-01-01, whose shorter terms are not in the data", () => {
    expect(() => termYears("invention", isoToDay("1992-12-31"))).toThrow(
      "No term rule for invention filings in force on 1992-12-31: the data starts on 1993-01-01."
    );
  });
});
