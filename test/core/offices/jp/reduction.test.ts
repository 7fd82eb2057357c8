import { isoToDay } from "../../../../src/core/dates/civil";
import { jpAnnualFee, JpFeeQuery } from "../../../../src/core/offices/jp/annual-fee";

// Worked example J2 of docs/offices/jp.md (JPO 減免制度 page; rounding down to 10 yen per annual amount).
function fee(query: Partial<JpFeeQuery>) {
  return jpAnnualFee({ kind: "patent", year: 1, payment: isoToDay("2026-01-01"), ...query });
}

describe("JPO reductions (中小企業 pays 1/2, 小規模企業 pays 1/3), years 1-10", () => {
  it("J2(a): 中小企業, 5 claims, year 7: (24,800 + 1,900×5) × 1/2 = 17,150", () => {
    const result = fee({ year: 7, claims: 5, reduction: "sme" });
    expect([result.amount.toString(), result.confidence]).toEqual(["17150", "HIGH"]);
  });

  it("J2(b): 小規模企業, 3 claims, years 1-3: 5,200/3 = 1,733.33 → 1,730 each, 5,190 for three", () => {
    const years = [1, 2, 3].map((year) => fee({ year, claims: 3, reduction: "small" }).amount);
    expect(years.map(String)).toEqual(["1730", "1730", "1730"]);
    expect(years.reduce((a, b) => a.plus(b)).toString()).toBe("5190"); // not 5,200
  });

  it("J2(b): year 4: 12,700/3 = 4,233.33 → 4,230, graded MED because the rounding rule is MED", () => {
    const result = fee({ year: 4, claims: 3, reduction: "small" });
    expect([result.amount.toString(), result.confidence]).toEqual(["4230", "MED"]);
  });

  it("J2(b): year 11 has no reduction: 59,400 + 4,600×3 = 73,200; year 10 still reduced", () => {
    expect(fee({ year: 11, claims: 3, reduction: "small" }).amount.toString()).toBe("73200");
    // year 10: 73,200 / 3 = 24,400 exactly
    expect(fee({ year: 10, claims: 3, reduction: "small" }).amount.toString()).toBe("24400");
  });

  it("is for patents only, and for requests for examination from 2019-04-01", () => {
    expect(() => fee({ kind: "design", reduction: "sme" })).toThrow("patent fees only");
    expect(() =>
      fee({ year: 4, claims: 1, reduction: "sme", examRequest: isoToDay("2019-03-31") })
    ).toThrow("requests for examination from 2019-04-01");
    expect(
      fee({
        year: 4,
        claims: 1,
        reduction: "sme",
        examRequest: isoToDay("2019-04-01"),
      }).amount.toString()
    ).toBe("5550"); // 11,100 / 2
  });
});
