import fc from "fast-check";
import { civilFromDay, dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import {
  calendarOf,
  isOfficeOpen,
  loadClosures,
  nextOpenDay,
  openDayFound,
  openDayOf,
  yearsWithoutClosures,
} from "../../../../src/core/offices/closures/office-closures";

const open = (office: "JP" | "US" | "KR" | "EP" | "UP", iso: string) => {
  const moved = nextOpenDay(calendarOf(office)!, isoToDay(iso));
  return [dayToIso(moved.day), moved.covered];
};

describe("JPO closed days (特許法 Art. 3(2); 行政機関の休日に関する法律 Art. 1(1))", () => {
  // Cabinet Office, 国民の祝日 2026: 05-06 is a substitute holiday for Sunday 05-03; 09-22 is a
  // 国民の休日 between 敬老の日 (09-21) and 秋分の日 (09-23).
  it("moves a last day off the 2026 holidays the Cabinet Office lists", () => {
    expect(open("JP", "2026-05-03")).toEqual(["2026-05-07", true]);
    expect(open("JP", "2026-09-21")).toEqual(["2026-09-24", true]);
    expect(open("JP", "2026-03-20")).toEqual(["2026-03-23", true]); // 春分の日, a Friday
  });

  it("closes 29 December to 3 January", () => {
    // Tuesday 2026-12-29 … Sunday 2027-01-03: the next open day is Monday 2027-01-04.
    expect(open("JP", "2026-12-29")).toEqual(["2027-01-04", true]);
    expect(isOfficeOpen(calendarOf("JP")!, isoToDay("2026-12-28"))).toBe(true);
  });

  it("moves over weekends only, and says so, in a year without data", () => {
    // docs/offices/jp.md J1: the formal date Saturday 2028-06-10 is paid on Monday 2028-06-12.
    expect(open("JP", "2028-06-10")).toEqual(["2028-06-12", false]);
    expect(yearsWithoutClosures("JP", isoToDay("2027-06-01"), isoToDay("2029-01-01"))).toEqual([
      2028, 2029,
    ]);
  });
});

describe("USPTO closed days (35 U.S.C. 21(b); OPM federal holidays)", () => {
  it("moves a last day off the 2026 federal holidays OPM lists", () => {
    // OPM 2026: Independence Day (Saturday) observed Friday 07-03; Thanksgiving 11-26.
    expect(open("US", "2026-07-03")).toEqual(["2026-07-06", true]);
    expect(open("US", "2026-11-26")).toEqual(["2026-11-27", true]);
    expect(open("US", "2026-01-19")).toEqual(["2026-01-20", true]); // Martin Luther King Jr. Day
  });

  it("follows the worked dates of docs/offices/us.md", () => {
    // U1: grace ends Sunday 2027-03-14 → Monday 2027-03-15. U3: Sunday 2025-08-31, Monday 2025-09-01 is
    // Labor Day → Tuesday 2025-09-02.
    expect(open("US", "2027-03-14")).toEqual(["2027-03-15", true]);
    expect(open("US", "2025-08-31")).toEqual(["2025-09-02", true]);
  });

  it("observes a Saturday 1 January on the Friday before, and Inauguration Day in D.C.", () => {
    // OPM 2021: New Year's Day 2022 observed Friday 2021-12-31; Inauguration Day Wednesday 2021-01-20.
    expect(open("US", "2021-12-31")).toEqual(["2022-01-03", true]);
    expect(open("US", "2021-01-20")).toEqual(["2021-01-21", true]);
    expect(isOfficeOpen(calendarOf("US")!, isoToDay("2026-07-02"))).toBe(true);
  });
});

describe("KIPO closed days (특허법 Art. 14(4))", () => {
  it("moves a last day off the 2026 public holidays, substitute days included", () => {
    // 2026 추석 09-24 … 09-26, then Sunday: Monday 09-28. 3·1절 on Sunday 03-01, substitute Monday 03-02.
    expect(open("KR", "2026-09-24")).toEqual(["2026-09-28", true]);
    expect(open("KR", "2026-03-01")).toEqual(["2026-03-03", true]);
  });

  it("counts Workers' Day (1 May) as closed", () => {
    expect(open("KR", "2025-05-01")).toEqual(["2025-05-02", true]);
  });

  it("moves K1's Sunday due date to Monday, over weekends only in 2028", () => {
    expect(open("KR", "2028-03-05")).toEqual(["2028-03-06", false]);
  });
});

describe("EPO closed days (Rule 134(1) EPC)", () => {
  it("moves a Sunday due date to Monday, without a year of closing days in our data", () => {
    // docs/offices/ep.md E1: due Sunday 2026-05-31, paid Monday 2026-06-01; E3: 2027-01-31 → 2027-02-01.
    expect(open("EP", "2026-05-31")).toEqual(["2026-06-01", false]);
    expect(open("EP", "2027-01-31")).toEqual(["2027-02-01", false]);
  });

  it("applies the year-end closure the EPO announced, to Unitary Patent fees too", () => {
    // EPO: offices closed 24 December 2025 to 1 January 2026; time limits extended to 2 January 2026.
    expect(open("EP", "2025-12-24")).toEqual(["2026-01-02", false]);
    expect(open("UP", "2025-12-31")).toEqual(["2026-01-02", false]);
  });

  it("has no calendar for the national offices whose closing days are not in our data", () => {
    expect([calendarOf("DE"), calendarOf("GB"), calendarOf("FR"), calendarOf("NL")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("the closures file", () => {
  const office = { rule: "r", confidence: "HIGH", source: [{ title: "t" }], years: [] };
  const file = (jp: unknown) => ({ offices: { JP: jp, US: office, KR: office, EP: office } });

  it("rejects an office without a rule, naming the key", () => {
    expect(() => loadClosures(file({ ...office, rule: "" }))).toThrow(
      "closures.json: offices.JP.rule is missing"
    );
  });

  it("rejects a day that is not a date and a repeated year", () => {
    expect(() =>
      loadClosures(file({ ...office, years: [{ year: 2026, closed: ["02-30"] }] }))
    ).toThrow('offices.JP.years[0].closed has "2026-02-30", not a date');
    expect(() =>
      loadClosures(
        file({
          ...office,
          years: [
            { year: 2026, closed: [] },
            { year: 2026, closed: [] },
          ],
        })
      )
    ).toThrow("offices.JP.years[1].year is missing or repeated");
  });
});

describe("open days remembered per calendar", () => {
  it("gives each calendar its own answer for a day another calendar was asked first", () => {
    // Thursday 2026-11-26 is Thanksgiving at the USPTO and a working day at the JPO. Asked of the JPO
    // first, then the USPTO, then again of a calendar loaded anew (with no closing days): each its own.
    const day = isoToDay("2026-11-26");
    expect(dayToIso(nextOpenDay(calendarOf("JP")!, day).day)).toBe("2026-11-26");
    expect(dayToIso(nextOpenDay(calendarOf("US")!, day).day)).toBe("2026-11-27");
    const bare = { rule: "r", confidence: "HIGH", source: [{ title: "t" }], years: [] };
    const loaded = loadClosures({ offices: { JP: bare, US: bare, KR: bare, EP: bare } });
    expect(nextOpenDay(loaded.get("US")!, day)).toEqual({ day, covered: false });
    // Asked again, the same answers.
    expect(dayToIso(nextOpenDay(calendarOf("US")!, day).day)).toBe("2026-11-27");
    expect(dayToIso(nextOpenDay(calendarOf("JP")!, day).day)).toBe("2026-11-26");
  });

  it("answers as a day-by-day search does, remembered or not, and as one number", () => {
    // The search as the rule says it: the first open day on or after the formal one, covered when every
    // day looked at lies in a year whose closing days are in the data.
    const search = (office: "JP" | "US" | "KR" | "EP", formal: number) => {
      const calendar = calendarOf(office)!;
      let day = formal;
      let covered = calendar.coveredYears.has(civilFromDay(day).year);
      while (!isOfficeOpen(calendar, day)) {
        day += 1;
        covered &&= calendar.coveredYears.has(civilFromDay(day).year);
      }
      return { day, covered };
    };
    fc.assert(
      fc.property(
        fc.constantFrom("JP" as const, "US" as const, "KR" as const, "EP" as const),
        // 1960 to 2160: before the first remembered day (1970-01-01) and after the last (2149-06-06).
        fc.integer({ min: isoToDay("1960-01-01"), max: isoToDay("2160-12-31") }),
        (office, formal) => {
          const expected = search(office, formal);
          const calendar = calendarOf(office)!;
          expect(nextOpenDay(calendar, formal)).toEqual(expected);
          expect(nextOpenDay(calendar, formal)).toEqual(expected); // asked again
          const found = openDayOf(calendar, formal);
          expect([openDayFound(found), (found & 1) === 1]).toEqual([
            expected.day,
            expected.covered,
          ]);
        }
      ),
      { numRuns: 2000, seed: 11 }
    );
    // The year ends the JPO and the EPO close, where the search goes furthest.
    for (const iso of ["2026-12-27", "2026-12-29", "2027-12-24", "1969-12-31", "2149-06-06"])
      for (const office of ["JP", "US", "KR", "EP"] as const)
        expect(nextOpenDay(calendarOf(office)!, isoToDay(iso))).toEqual(
          search(office, isoToDay(iso))
        );
  });
});
