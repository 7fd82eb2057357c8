import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { OfficeRight } from "../../../../src/core/offices/office-pack";
import { US_PACK } from "../../../../src/core/offices/us/us-pack";
import { usKind } from "../../../../src/core/offices/us/kind";

// docs/offices/us.md: one line per stage, due grant + 3½/7½/11½ years, last day grant + 4/8/12 years.
function right(extra: Partial<OfficeRight>): OfficeRight {
  return { office: "US", kind: "utility", filing: isoToDay("2020-05-01"), ...extra };
}

describe("US pack schedule", () => {
  it("U1: granted 2023-03-14, undiscounted: 3 stages, the first due 2026-09-14 at $2,150", () => {
    const lines = US_PACK.schedule(right({ grant: isoToDay("2023-03-14") }));
    expect(
      lines.map((l) => [
        l.year,
        dayToIso(l.due),
        dayToIso(l.lastDay!),
        l.amount!.toString(),
        l.currency,
      ])
    ).toEqual([
      [1, "2026-09-14", "2027-03-14", "2150", "USD"],
      [2, "2030-09-14", "2031-03-14", "4040", "USD"],
      [3, "2034-09-14", "2035-03-14", "8280", "USD"],
    ]);
    // the newest schedule started 2025-01-19: every due date after 2026-01-19 may change
    expect(lines.every((l) => l.flags.includes("schedule-may-change"))).toBe(true);
  });

  it("U2: small entity granted 2019-01-15: stage 2 $1,616; stage 1 (due 2022-07-15) has no schedule in our data", () => {
    const lines = US_PACK.schedule(
      right({ filing: isoToDay("2017-01-10"), grant: isoToDay("2019-01-15"), entity: "small" })
    );
    expect(lines[0].amount).toBeUndefined();
    expect(lines[0].missing).toContain("No USPTO maintenance-fee schedule in force on 2022-07-15");
    expect([lines[1].amount!.toString(), lines[1].flags]).toEqual([
      "1616",
      ["schedule-may-change"],
    ]);
  });

  it("U3: micro, granted 2021-08-31: stage 1 due 2025-02-28 at $430", () => {
    const lines = US_PACK.schedule(
      right({ filing: isoToDay("2019-08-01"), grant: isoToDay("2021-08-31"), entity: "micro" })
    );
    // due 2025-02-28 is within a year of the 2025-01-19 schedule: not flagged
    expect([dayToIso(lines[0].due), lines[0].amount!.toString(), lines[0].flags]).toEqual([
      "2025-02-28",
      "430",
      [],
    ]);
  });

  it("design and plant patents have no maintenance fees: an empty schedule, not an error", () => {
    expect(US_PACK.schedule(right({ kind: "design", grant: isoToDay("2023-03-14") }))).toEqual([]);
    expect(US_PACK.schedule(right({ kind: "plant" }))).toEqual([]);
  });

  it("drops a stage whose window opens after the 20-year term from filing", () => {
    // filed 2010-01-05, granted 2019-06-04: stage 3 window opens 2030-06-04, after 2030-01-05
    const lines = US_PACK.schedule(
      right({ filing: isoToDay("2010-01-05"), grant: isoToDay("2019-06-04") })
    );
    expect(lines.map((l) => l.year)).toEqual([1, 2]);
  });

  it("asks for the issue date and rejects an entity the USPTO does not know", () => {
    expect(() => US_PACK.schedule(right({}))).toThrow("issue (grant) date");
    expect(() =>
      US_PACK.schedule(right({ grant: isoToDay("2023-03-14"), entity: "中小企業" }))
    ).toThrow(expect.objectContaining({ code: "invalid-entity" }));
    expect(() => US_PACK.schedule(right({ grant: isoToDay("2019-03-14") }))).toThrow(
      "before the filing date"
    );
  });
});

describe("US kinds", () => {
  it("reads utility (default), design and plant, and rejects others", () => {
    expect([usKind(null), usKind(""), usKind("Design"), usKind("意匠"), usKind("plant")]).toEqual([
      "utility",
      "utility",
      "design",
      "design",
      "plant",
    ]);
    expect(() => usKind("utility model")).toThrow('kind "utility model" is unknown');
  });
});
