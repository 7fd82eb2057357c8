import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import {
  usDueDate,
  usGraceEnd,
  usGraceEndFromDue,
  usWindowOpens,
} from "../../../../src/core/offices/us/due-dates";
import { usStage } from "../../../../src/core/offices/us/stage";

// Worked examples U1-U3 of docs/offices/us.md (37 CFR 1.362; formal dates, no holiday shift).
describe("US maintenance-fee dates", () => {
  it("U1: granted 2023-03-14: window opens 2026-03-14, due 2026-09-14, grace ends 2027-03-14 (formal)", () => {
    const grant = isoToDay("2023-03-14");
    expect(
      [usWindowOpens(grant, 1), usDueDate(grant, 1), usGraceEnd(grant, 1)].map(dayToIso)
    ).toEqual(["2026-03-14", "2026-09-14", "2027-03-14"]);
  });

  it("U2: granted 2019-01-15, stage 2: window 2026-01-15 to 2026-07-15, grace to 2027-01-15", () => {
    const grant = isoToDay("2019-01-15");
    expect(
      [usWindowOpens(grant, 2), usDueDate(grant, 2), usGraceEnd(grant, 2)].map(dayToIso)
    ).toEqual(["2026-01-15", "2026-07-15", "2027-01-15"]);
  });

  it("U3: granted 2021-08-31: due 2025-02-28 (corresponding day), grace ends 2025-08-31 (formal)", () => {
    const grant = isoToDay("2021-08-31");
    expect(
      [usWindowOpens(grant, 1), usDueDate(grant, 1), usGraceEnd(grant, 1)].map(dayToIso)
    ).toEqual(["2024-08-31", "2025-02-28", "2025-08-31"]);
  });

  it("stage 3 is 11½ years after grant; a 29 February grant falls due on the last day of August", () => {
    const grant = isoToDay("2024-02-29");
    expect(dayToIso(usDueDate(grant, 3))).toBe("2035-08-29");
    expect(dayToIso(usGraceEnd(grant, 3))).toBe("2036-02-29");
    expect(dayToIso(usGraceEnd(grant, 1))).toBe("2028-02-29");
    expect(dayToIso(usGraceEnd(grant, 2))).toBe("2032-02-29");
    expect(dayToIso(usDueDate(isoToDay("2020-08-29"), 1))).toBe("2024-02-29");
    expect(dayToIso(usDueDate(isoToDay("2021-08-29"), 1))).toBe("2025-02-28");
  });

  it("without the grant date, a month-end due date's grace runs to the end of its month", () => {
    expect(dayToIso(usGraceEndFromDue(isoToDay("2025-02-28")))).toBe("2025-08-31");
    expect(dayToIso(usGraceEndFromDue(isoToDay("2026-09-14")))).toBe("2027-03-14");
  });
});

describe("stages", () => {
  it.each([
    [1, 1],
    [3.5, 1],
    [2, 2],
    [7.5, 2],
    [3, 3],
    [11.5, 3],
  ])("%p is stage %p", (value, stage) => expect(usStage(value)).toBe(stage));

  it.each([0, 4, 2.5, 12])("rejects %p", (value) =>
    expect(() => usStage(value)).toThrow("give 1, 2 or 3 (the stage), or 3.5, 7.5 or 11.5")
  );
});
