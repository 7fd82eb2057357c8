import { epDueDate, epRenewal, renewal, upRenewal } from "../../src/functions";

// The European functions read dates as civil days: the same serials and fees in every time zone,
// including UTC-8 and UTC+14 (docs/offices/ep.md E1-E3, up.md UP3, de.md DE1).
const ZONES = ["Europe/Berlin", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Tokyo"];

describe("European functions do not depend on the time zone", () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  it.each(ZONES)("gives the worked examples in %s", (zone) => {
    process.env.TZ = zone;
    expect(epDueDate("2024-05-15", 3)).toBe(46173); // 2026-05-31
    expect(epDueDate("2024-03-20", 3, "2023-09-28")).toBe(46140); // 2026-04-28
    expect(epDueDate("2024-02-29", 5)).toBe(46812); // 2028-02-29
    expect(epRenewal(5, "2026-07-31", true)).toBe(700);
    expect(epRenewal(3, "2024-04-01")).toBe(690); // first day of the table
    expect(upRenewal(10, true, 46295)).toBe(998.75); // serial 46295 = 2026-09-30
    expect(renewal("GB", 20, "2026-04-01")).toBe(810); // first day of the 2026 figures
    expect(renewal("GB", 20, 46112)).toBe(610); // serial 46112 = 2026-03-31
  });
});
