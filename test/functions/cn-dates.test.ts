import { cnAnnuityYear, cnDueDate, cnGraceEnd, cnTermEnd } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// Date results are Excel serials: 44386 = 2021-07-09, 44570 = 2022-01-09, 44571 = 2022-01-10.
describe("IP.CN_DUEDATE and IP.CN_GRACE_END", () => {
  it("docs/offices/cn.md CN-E1: filed 2018-07-09, year 4 due 2021-07-09 (serial 44386)", () => {
    expect(cnDueDate("2018-07-09", 4)).toBe(44386);
    expect(cnDueDate(43290, 4, false)).toBe(44386);
  });

  it("grace ends 2022-01-09 (a Sunday), or Monday 2022-01-10 with the holiday shift", () => {
    expect(cnGraceEnd("2018-07-09", 4)).toBe(44570);
    expect(cnGraceEnd("2018-07-09", 4, true)).toBe(44571);
    expect(cnGraceEnd("2018-07-09", 4, "TRUE")).toBe(44571);
  });

  it("rejects a shift flag that is not TRUE or FALSE", () => {
    expect(cellError(() => cnDueDate("2018-07-09", 4, "maybe")).message).toBe(
      "shiftToWorkday must be TRUE or FALSE."
    );
  });
});

describe("IP.CN_ANNUITY_YEAR", () => {
  it("docs/offices/cn.md CN-E2: filed 1999-06-01, 2000-05-31 is in year 1 and 2000-06-01 in year 2", () => {
    expect(cnAnnuityYear("1999-06-01", "2000-05-31")).toBe(1);
    expect(cnAnnuityYear("1999-06-01", "2000-06-01")).toBe(2);
  });

  it("rejects a date before filing or after the longest term", () => {
    expect(cellError(() => cnAnnuityYear("1999-06-01", "1999-05-31")).message).toBe(
      "date 1999-05-31 is before the filing date 1999-06-01."
    );
    expect(cellError(() => cnAnnuityYear("1999-06-01", "2019-06-01")).message).toBe(
      "date falls in year 21, after the longest term (20 years) of any right filed then."
    );
  });
});

describe("IP.CN_TERM_END", () => {
  it("ends an invention filed 2018-07-09 on 2038-07-08 and a 2021-06-01 design on 2036-05-31", () => {
    // 2038-07-08: serial 50594 (2038-01-01 = 43101 + 7,305 days = 50406, + 188); 2036-05-31: serial 49826.
    expect(cnTermEnd("2018-07-09")).toBe(50594);
    expect(cnTermEnd("2021-06-01", "外观设计")).toBe(49826);
  });
});
