import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { jpDueDate, jpGraceEnd, jpTermEnd } from "../../../../src/core/offices/jp/due-dates";

// docs/offices/jp.md: due dates (特許法第108条), the 追納 period (第112条, counted under 第3条).
describe("JP due dates", () => {
  it("J1: registered 2025-06-12, year 4 due 2028-06-12", () => {
    expect(dayToIso(jpDueDate("patent", isoToDay("2025-06-12"), 4))).toBe("2028-06-12");
  });

  it("keeps the formal date: registered 2025-06-10, year 4 due Saturday 2028-06-10 (no holiday shift)", () => {
    expect(dayToIso(jpDueDate("patent", isoToDay("2025-06-10"), 4))).toBe("2028-06-10");
  });

  it("J4: registered 2023-06-12, year 17 due 2039-06-12", () => {
    expect(dayToIso(jpDueDate("patent", isoToDay("2023-06-12"), 17))).toBe("2039-06-12");
  });

  it("anchors a 29 February registration on 28 February in common years, 29 in leap years", () => {
    const registered = isoToDay("2024-02-29");
    expect(dayToIso(jpDueDate("patent", registered, 4))).toBe("2027-02-28");
    expect(dayToIso(jpDueDate("patent", registered, 5))).toBe("2028-02-29");
  });

  it("says years paid before or at registration have no anniversary due date", () => {
    const registered = isoToDay("2025-06-12");
    expect(() => jpDueDate("patent", registered, 3)).toThrow(
      expect.objectContaining({ code: "paid-before-registration" })
    );
    expect(() => jpDueDate("utility", registered, 1)).toThrow("paid with the filing fee");
    expect(() => jpDueDate("design", registered, 1)).toThrow("paid at registration");
    expect(dayToIso(jpDueDate("design", registered, 2))).toBe("2026-06-12");
    expect(dayToIso(jpDueDate("utility", registered, 4))).toBe("2028-06-12");
  });

  it("rejects years outside the tables", () => {
    expect(() => jpDueDate("utility", isoToDay("2025-06-12"), 11)).toThrow("from 1 to 10");
    expect(() => jpDueDate("patent", isoToDay("2025-06-12"), 26)).toThrow("from 1 to 25");
  });
});

describe("the end of the 追納 period: (due + 1 day) + 6 months − 1 day", () => {
  it.each([
    ["2026-05-18", "2026-11-18"], // J3
    ["2026-04-30", "2026-10-31"], // month end: not 2026-10-30
    ["2026-02-28", "2026-08-31"],
    ["2024-02-29", "2024-08-31"],
    ["2026-08-31", "2027-02-28"],
    ["2026-12-31", "2027-06-30"],
  ])("due %s → last day %s", (due, last) => expect(dayToIso(jpGraceEnd(isoToDay(due)))).toBe(last));
});

describe("JP terms", () => {
  it("J4: a patent filed 2020-01-10 ends 2040-01-10", () => {
    expect(dayToIso(jpTermEnd("patent", isoToDay("2020-01-10"), isoToDay("2023-06-12")))).toBe(
      "2040-01-10"
    );
  });

  it("designs: 25 years from filing from 2020-04-01, else 20 years from registration", () => {
    expect(dayToIso(jpTermEnd("design", isoToDay("2020-04-01"), isoToDay("2021-01-05")))).toBe(
      "2045-04-01"
    );
    expect(dayToIso(jpTermEnd("design", isoToDay("2020-03-31"), isoToDay("2021-01-05")))).toBe(
      "2041-01-05"
    );
    expect(dayToIso(jpTermEnd("utility", isoToDay("2020-02-29"), isoToDay("2020-09-01")))).toBe(
      "2030-02-28"
    );
  });
});
