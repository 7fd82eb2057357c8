/* global describe, expect, it */
import { applyProgrammes } from "../../../src/core/subsidy";
import { builtIn, event, plain, totalApplied } from "./helpers";

// docs/subsidies.md, worked example 4, with Shenzhen IP insurance (2024 rules, from 2024-02-10
// for 5 years): "up to 50% of the premium, at most CNY 200,000 per applicant per year".
describe("Shenzhen IP insurance 2024: 50% of the premium, at most 200,000 per applicant per year", () => {
  const insurance = builtIn("SZ-INS-2024");
  const premium = (rightId: string, iso: string, amount: string) =>
    event(rightId, "Acme", "premium-paid", "CN", iso, { costBase: amount });

  const offsets = applyProgrammes(
    [
      premium("P1", "2024-03-01", "100000"), // 50% × 100,000 = 50,000 (paid 50,000)
      premium("P2", "2024-04-01", "200000"), // 50% × 200,000 = 100,000 (paid 150,000)
      premium("P3", "2024-05-01", "120000"), // 50% × 120,000 = 60,000, but only 50,000 left
      premium("P4", "2024-06-01", "10000.50"), // 50% × 10,000.50 = 5,000.25, nothing left
      premium("P5", "2025-03-01", "10000.50"), // new year: 5,000.25
    ],
    [insurance]
  );

  it("pays 50% of each premium until the cap: 50,000 + 100,000 + 50,000 = 200,000", () => {
    expect(offsets.map((offset) => offset.applied.toString())).toEqual([
      "50000",
      "100000",
      "50000",
      "0",
      "5000.25",
    ]);
    expect(totalApplied(offsets.slice(0, 4))).toBe("200000");
  });

  it("says the cap stopped it, with what had been paid", () => {
    expect(plain(offsets.slice(2, 4))).toEqual([
      expect.objectContaining({
        gross: "60000",
        applied: "50000",
        reason:
          "annual amount cap of 200,000 reached (paid 150,000 of 200,000 in 2024 before this case)",
      }),
      expect.objectContaining({
        gross: "5000.25",
        applied: "0",
        reason:
          "annual amount cap of 200,000 reached (paid 200,000 of 200,000 in 2024 before this case)",
      }),
    ]);
  });

  it("keeps fractions of a yuan exact (rounding to the fen happens only at output)", () => {
    expect(offsets[4].applied.toString()).toBe("5000.25");
  });

  it("says what is missing when no premium is given", () => {
    const [offset] = applyProgrammes(
      [event("P9", "Acme", "premium-paid", "CN", "2024-03-01")],
      [insurance]
    );
    expect(offset.applied.toString()).toBe("0");
    expect(offset.reason).toBe("50% of premium: no premium amount given (costBase)");
  });
});
