import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { jpUpfrontDeadline } from "../../../../src/core/offices/jp/due-dates";
import {
  jpRestorationCost,
  jpRestorationLastDay,
} from "../../../../src/core/offices/jp/restoration";

// Worked examples J1 (deadline for years 1-3) and J3 (restoration) of docs/offices/jp.md.
describe("JP years 1-3 deadline and restoration", () => {
  it("J1: decision to grant served 2025-05-20 → years 1-3 payable by 2025-06-19", () => {
    expect(dayToIso(jpUpfrontDeadline(isoToDay("2025-05-20")))).toBe("2025-06-19");
  });

  it("J3: restoring year 10 (¥96,200): 192,400 + 212,100 = ¥404,500, graded MED", () => {
    const cost = jpRestorationCost("patent", new Money(96200));
    expect([cost.amount.toString(), cost.confidence]).toEqual(["404500", "MED"]);
  });

  it("has no restoration fee for utility models and designs: an error naming what is missing", () => {
    expect(() => jpRestorationCost("design", new Money(16900))).toThrow(
      expect.objectContaining({
        code: "figure-unconfirmed",
        message: expect.stringContaining("designs"),
      })
    );
  });
});

describe("the last day to request restoration (特許法第112条の2, Art. 3(1))", () => {
  it("is one year after the 追納 period ends, counted from the next day", () => {
    // J3: the 追納 period ends 2026-11-18, so restoration may be requested until 2027-11-18.
    expect(dayToIso(jpRestorationLastDay(isoToDay("2026-11-18")))).toBe("2027-11-18");
    // A period ending on 2027-02-28 runs from 2027-03-01: the last day is 2028-02-29 (leap year).
    expect(dayToIso(jpRestorationLastDay(isoToDay("2027-02-28")))).toBe("2028-02-29");
  });
});
