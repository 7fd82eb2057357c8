import {
  dueDate,
  graceEnd,
  presumedReceipt,
  registrationDeadline,
} from "../../../../src/core/offices/cn/deadlines";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";

const iso = dayToIso;

describe("due dates and grace deadlines (docs/offices/cn.md; 实施细则 2023 Art. 5, 60, 114, 115)", () => {
  it("docs/offices/cn.md CN-E1: filed 2018-07-09, the year-4 fee is due 2021-07-09", () => {
    expect(iso(dueDate("invention", isoToDay("2018-07-09"), 4))).toBe("2021-07-09");
  });

  it("docs/offices/cn.md CN-E3: filed 1997-06-03, the year-6 fee is due 2002-06-03", () => {
    expect(iso(dueDate("invention", isoToDay("1997-06-03"), 6))).toBe("2002-06-03");
  });

  it("ends the grace period six months after the formal due date: 2021-07-09 → 2022-01-09", () => {
    expect(iso(graceEnd("invention", isoToDay("2018-07-09"), 4))).toBe("2022-01-09");
  });

  it("moves a grace end on a Sunday to Monday only when asked (2022-01-09 is a Sunday)", () => {
    const filing = isoToDay("2018-07-09");
    expect(iso(graceEnd("invention", filing, 4, { shiftToWorkday: true }))).toBe("2022-01-10");
    expect(iso(graceEnd("invention", filing, 4, { shiftToWorkday: false }))).toBe("2022-01-09");
  });

  it("moves a due date in the National Day closure 2024-10-01…07 to 2024-10-08", () => {
    // State Council notice on the 2024 holidays: 10-01 … 10-07 closed.
    const filing = isoToDay("2019-10-01");
    expect(iso(dueDate("invention", filing, 6))).toBe("2024-10-01");
    expect(iso(dueDate("invention", filing, 6, { shiftToWorkday: true }))).toBe("2024-10-08");
  });

  it("clamps the grace end of a month-end due date: due 2021-08-31 → 2022-02-28", () => {
    expect(iso(graceEnd("invention", isoToDay("2019-08-31"), 3))).toBe("2022-02-28");
  });

  it("accepts years 1 to 20 when no kind is given, since a due date does not depend on the kind", () => {
    expect(iso(dueDate(undefined, isoToDay("2018-07-09"), 20))).toBe("2037-07-09");
    expect(() => dueDate(undefined, isoToDay("2018-07-09"), 21)).toThrow(
      "year 21 is outside the 20-year longest term (filed 2018-07-09): give a whole number from 1 to 20."
    );
  });
});

describe("registration deadline for the grant-year fee", () => {
  it("presumes a notice received 15 days after dispatch before 2024-01-20 (1999-12-16 → 1999-12-31)", () => {
    // Domain file §3: notice of 1999-12-16 presumed received 1999-12-31.
    expect(iso(presumedReceipt(isoToDay("1999-12-16")))).toBe("1999-12-31");
  });

  it("presumes electronic receipt on the dispatch day from 2024-01-20 (实施细则 2023 Art. 4)", () => {
    expect(iso(presumedReceipt(isoToDay("2024-01-20")))).toBe("2024-01-20");
    expect(iso(presumedReceipt(isoToDay("2024-01-19")))).toBe("2024-02-03");
  });

  it("falls two months after receipt: notice 2001-08-01 → received 2001-08-16 → 2001-10-16", () => {
    expect(iso(registrationDeadline(isoToDay("2001-08-01")))).toBe("2001-10-16");
  });

  it("applies the corresponding-day rule: received 1999-12-31 + 2 months → 2000-02-29", () => {
    expect(iso(registrationDeadline(isoToDay("1999-12-16")))).toBe("2000-02-29");
  });
});
