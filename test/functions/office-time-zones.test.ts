import {
  jpAnnuity,
  jpDueDateCell,
  krAnnuity,
  usDueDateCell,
  usMaintenance,
} from "../../src/functions";

// The JP, US and KR functions read dates as civil days: the same serials and table choices in every zone,
// including the boundary days of the tables (docs/offices/jp.md, us.md, kr.md).
const ZONES = ["Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati", "UTC"];

function battery() {
  return [
    jpDueDateCell("2020-02-29", 4),
    usDueDateCell("2021-08-31", 1),
    jpAnnuity(4, 10, null, null, "2022-04-01"),
    jpAnnuity(4, 10, null, null, 44651), // 2022-03-31
    usMaintenance(1, "micro", "2025-01-18"),
    usMaintenance(1, "micro", 45676), // 2025-01-19
    krAnnuity(7, 20, "2023-07-31"),
    krAnnuity(7, 20, "2023-08-01"),
  ];
}

describe("office functions do not depend on the time zone", () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  it.each(ZONES)("gives the expected values in %s", (zone) => {
    process.env.TZ = zone;
    expect(battery()).toEqual([44985, 45716, 18300, 11400, 400, 430, 860000, 770000]);
  });
});
