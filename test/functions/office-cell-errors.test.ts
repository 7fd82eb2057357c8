import { isoToDay } from "../../src/core/dates/civil";
import { DomainError } from "../../src/core/errors/domain-error";
import { Money } from "../../src/core/money/money";
import { jpRestorationCost } from "../../src/core/offices/jp/restoration";
import { usPetitionFee } from "../../src/core/offices/us/petition";
import { toCellError } from "../../src/functions/cell-errors";

// An UNCONFIRMED figure ships no value: in a cell it is #N/A with a message naming what is missing; an
// input the user must fix (entity, claims) is #VALUE!.
describe("office errors in cells", () => {
  function cellOf(call: () => unknown) {
    try {
      call();
    } catch (error) {
      return toCellError(error);
    }
    throw new Error("expected an error");
  }

  it("a figure not in our data is #N/A naming it", () => {
    const petition = cellOf(() => usPetitionFee("small", false, isoToDay("2026-01-01")));
    expect([petition.code, petition.message]).toEqual([
      "#N/A",
      expect.stringContaining("small-entity amount of the 37 CFR 1.17(m)(1) petition fee"),
    ]);
    const restoration = cellOf(() => jpRestorationCost("utility", new Money(6400)));
    expect([restoration.code, restoration.message]).toEqual([
      "#N/A",
      expect.stringContaining("restoration fee for utility models is not in our data"),
    ]);
  });

  it.each(["invalid-entity", "claims-required", "paid-before-registration"] as const)(
    "%s is #VALUE!",
    (code) => expect(toCellError(new DomainError(code, "x", "fix it")).code).toBe("#VALUE!")
  );
});
