import { isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { jpLateFee } from "../../../../src/core/offices/jp/surcharge";

// Worked example J3 of docs/offices/jp.md (特許法第112条: 割増特許料 equal to the fee).
describe("JPO surcharge in the 追納 period", () => {
  const fee = new Money(96200); // year 10, 8 claims: 59,400 + 4,600×8
  const due = isoToDay("2026-05-18");

  it("is nothing when paid by the due date", () => {
    expect(jpLateFee(fee, due, due).toString()).toBe("0");
    expect(jpLateFee(fee, due, isoToDay("2026-01-01")).toString()).toBe("0");
  });

  it("J3: paid 2026-08-03, the surcharge equals the fee: 96,200 + 96,200 = 192,400", () => {
    const surcharge = jpLateFee(fee, due, isoToDay("2026-08-03"));
    expect([surcharge.toString(), surcharge.plus(fee).toString()]).toEqual(["96200", "192400"]);
  });

  it("applies from the day after the due date to 2026-11-18, then the right has lapsed", () => {
    expect(jpLateFee(fee, due, isoToDay("2026-05-19")).toString()).toBe("96200");
    expect(jpLateFee(fee, due, isoToDay("2026-11-18")).toString()).toBe("96200");
    expect(() => jpLateFee(fee, due, isoToDay("2026-11-19"))).toThrow(
      expect.objectContaining({ code: "lapsed" })
    );
  });
});
