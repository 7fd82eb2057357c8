import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { epDueDate, euroPctPeriodEnd } from "../../../../src/core/offices/ep/due-date";

const due = (filing: string, year: number, priority?: string) => {
  const result = epDueDate(isoToDay(filing), year, priority ? isoToDay(priority) : undefined);
  return [dayToIso(result.due), result.deferred];
};

describe("EPO renewal due dates (docs/offices/ep.md)", () => {
  it("E1: filed 2024-05-15 → year 3 due 2026-05-31 (a Sunday: not moved), year 4 due 2027-05-31", () => {
    expect(due("2024-05-15", 3)).toEqual(["2026-05-31", false]);
    expect(due("2024-05-15", 4)).toEqual(["2027-05-31", false]);
  });

  it("E2: Euro-PCT, priority 2023-09-28, international filing 2024-03-20 → year 3 deferred to 2026-04-28", () => {
    expect(dayToIso(euroPctPeriodEnd(isoToDay("2023-09-28")))).toBe("2026-04-28");
    expect(due("2024-03-20", 3, "2023-09-28")).toEqual(["2026-04-28", true]);
    expect(due("2024-03-20", 4, "2023-09-28")).toEqual(["2027-03-31", false]);
  });

  it("E3: filed 2022-07-05 → year 5 due 2026-07-31", () => {
    expect(due("2022-07-05", 5)).toEqual(["2026-07-31", false]);
  });

  it("Guidelines example: filed in November 2008 → 3rd-year fee due 2010-11-30", () => {
    expect(due("2008-11-03", 3)).toEqual(["2010-11-30", false]);
  });

  it("keeps a due date that falls on the last day of the 31-month period, and ends the period at a short month's end", () => {
    // Priority 2023-08-31 + 31 months → 2026-03-31 (the same number exists); year 3 of a 2024-03-05 filing is due then too.
    expect(due("2024-03-05", 3, "2023-08-31")).toEqual(["2026-03-31", false]);
    // Priority 2023-07-31 + 31 months → 2026-02-28 (no 31 February: the last day of that month, Rule 131(4)).
    expect(dayToIso(euroPctPeriodEnd(isoToDay("2023-07-31")))).toBe("2026-02-28");
  });

  it("anchors a 29 February filing on 28 February in common years", () => {
    expect(due("2024-02-29", 3)).toEqual(["2026-02-28", false]);
    expect(due("2024-02-29", 5)).toEqual(["2028-02-29", false]);
  });

  it("refuses years 1, 2, 21 and fractions, and a priority date after the filing date", () => {
    expect(() => due("2024-05-15", 2)).toThrow(
      "year 2 has no EPO renewal fee: give a whole year from 3 to 20."
    );
    expect(() => due("2024-05-15", 21)).toThrow("year 21 has no EPO renewal fee");
    expect(() => due("2024-05-15", 3.5)).toThrow("year 3.5 has no EPO renewal fee");
    expect(() => due("2024-05-15", 3, "2024-06-01")).toThrow(
      "priorityDate 2024-06-01 is after the filing date 2024-05-15"
    );
  });
});
