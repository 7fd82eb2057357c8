import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { jpUpfrontDeadline } from "../../../../src/core/offices/jp/due-dates";
import { jpRestorationCost } from "../../../../src/core/offices/jp/restoration";

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
