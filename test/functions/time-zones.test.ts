import {
  cnAnnuityYear,
  cnDueDate,
  cnGraceEnd,
  cnLateFeeOn,
  cnSchedule,
  cnTermEnd,
} from "../../src/functions";

// Dates are civil days, never instants: the same inputs give the same serials whatever the machine's
// time zone. Node applies a changed process.env.TZ to Date at once, so one process can try several zones,
// including ones at UTC−8 and UTC+14 where a local-midnight Date would fall on another UTC day.
const ZONES = ["Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati", "UTC"];

function battery() {
  return [
    cnDueDate("2018-07-09", 4),
    cnDueDate(43290, 4, true),
    cnGraceEnd("2018-07-09", 4, true),
    cnGraceEnd("2020-02-29", 2),
    cnAnnuityYear("2020-02-29", "2021-02-28"),
    cnTermEnd("2020-02-29", "utility"),
    cnLateFeeOn(1200, "2021-01-31", "2021-03-30"),
    cnSchedule("2019-10-01", "invention", "2024-03-01", 0.85),
  ];
}

describe("results do not depend on the time zone", () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  it.each(ZONES)("gives the expected values in %s", (zone) => {
    process.env.TZ = zone;
    const [due, dueShifted, graceShifted, graceLeap, yearLeap, termLeap, lateFee] = battery();
    expect(due).toBe(44386); // 2021-07-09
    expect(dueShifted).toBe(44386); // a Friday: unchanged
    expect(graceShifted).toBe(44571); // 2022-01-09 is a Sunday → 2022-01-10
    expect(graceLeap).toBe(44436); // year 2 due 2021-02-28, + 6 months = 2021-08-28
    expect(yearLeap).toBe(2);
    expect(termLeap).toBe(47541); // 2030-02-27
    expect(lateFee).toBe(60); // month 2 → 5% of 1,200
  });

  it("gives identical results in every zone", () => {
    const results = ZONES.map((zone) => {
      process.env.TZ = zone;
      return JSON.stringify(battery());
    });
    expect(new Set(results).size).toBe(1);
  });
});
