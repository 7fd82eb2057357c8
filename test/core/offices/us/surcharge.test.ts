import { isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { usLateFee } from "../../../../src/core/offices/us/surcharge";
import { US_PACK } from "../../../../src/core/offices/us/us-pack";

// Worked examples U1-U3 of docs/offices/us.md: a fixed surcharge by entity size (37 CFR 1.20(h)).
describe("USPTO grace-period surcharge", () => {
  it("U1: due 2026-09-14, paid 2026-10-01: $540 (total $2,690)", () => {
    const surcharge = usLateFee("large", isoToDay("2026-09-14"), isoToDay("2026-10-01"));
    expect([surcharge.toString(), surcharge.plus(2150).toString()]).toEqual(["540", "2690"]);
  });

  it("U2: small entity, in the grace period up to 2027-01-15: $216 (total $1,832)", () => {
    expect(usLateFee("small", isoToDay("2026-07-15"), isoToDay("2027-01-15")).toString()).toBe(
      "216"
    );
  });

  it("U3: micro entity, due 2025-02-28, paid in the grace period: $108 (total $538)", () => {
    expect(usLateFee("micro", isoToDay("2025-02-28"), isoToDay("2025-08-31")).toString()).toBe(
      "108"
    );
  });

  it("is nothing when paid in time, and lapsed after the grace period", () => {
    expect(usLateFee("large", isoToDay("2026-09-14"), isoToDay("2026-09-14")).toString()).toBe("0");
    expect(() => usLateFee("large", isoToDay("2026-09-14"), isoToDay("2027-03-15"))).toThrow(
      expect.objectContaining({ code: "lapsed" })
    );
  });

  it("the pack's lateFee maps the entity value and ignores the fee amount", () => {
    expect(
      US_PACK.lateFee(
        new Money(1),
        isoToDay("2026-07-15"),
        isoToDay("2026-08-01"),
        "小型实体"
      ).toString()
    ).toBe("216");
    expect(() =>
      US_PACK.lateFee(new Money(1), isoToDay("2026-07-15"), isoToDay("2026-08-01"), "sme")
    ).toThrow(expect.objectContaining({ code: "invalid-entity" }));
  });
});
