import { isoToDay } from "../../../../src/core/dates/civil";
import raw from "../../../../src/data/offices/kr-fees.json";
import { krAnnualFee } from "../../../../src/core/offices/kr/annual-fee";
import { loadKrData } from "../../../../src/core/offices/kr/kr-data";
import { krKind } from "../../../../src/core/offices/kr/kind";

// docs/offices/kr.md: 특허료 등의 징수규칙 별표 1, from 2023-08-01 and before; worked examples K1-K3.
const on = isoToDay;
const fee = (year: number, claims: number | undefined, day: string) =>
  krAnnualFee(year, claims, on(day)).amount.toString();

describe("KIPO patent fee from 2023-08-01, at every band edge (1 claim)", () => {
  it.each([
    [1, "25000"], // 13,000 + 12,000
    [3, "25000"],
    [4, "56000"], // 36,000 + 20,000
    [6, "56000"],
    [7, "124000"], // 90,000 + 34,000
    [9, "124000"],
    [10, "265000"], // 216,000 + 49,000
    [12, "265000"],
    [13, "373000"], // 324,000 + 49,000
    [25, "373000"],
  ])("year %i → %s", (year, amount) => expect(fee(year, 1, "2023-08-01")).toBe(amount));
});

describe("KIPO patent fee before 2023-08-01 (1 claim)", () => {
  it.each([
    [1, "28000"], // 15,000 + 13,000
    [3, "28000"],
    [4, "62000"], // 40,000 + 22,000
    [6, "62000"],
    [7, "138000"], // 100,000 + 38,000
    [9, "138000"],
    [10, "295000"], // 240,000 + 55,000
    [12, "295000"],
    [13, "415000"], // 360,000 + 55,000
    [25, "415000"],
  ])("year %i → %s", (year, amount) => expect(fee(year, 1, "2023-07-31")).toBe(amount));

  it("has no table before the earliest date our sources attest (2023-07-31)", () => {
    expect(() => fee(4, 1, "2023-07-30")).toThrow(
      expect.objectContaining({ code: "no-rule-in-force" })
    );
  });
});

describe("worked examples", () => {
  it("K1: 10 claims: years 1-3 133,000 each (399,000); year 4 236,000", () => {
    expect(fee(1, 10, "2025-02-10")).toBe("133000");
    expect(fee(4, 10, "2028-03-05")).toBe("236000");
  });

  it("K2: 5 claims: year 10 461,000, year 13 569,000 (the per-claim rate stays 49,000)", () => {
    expect(fee(10, 5, "2026-01-01")).toBe("461000");
    expect(fee(13, 5, "2026-01-01")).toBe("569000");
  });

  it("K3: 20 claims, year 7: 770,000; 860,000 under the table before 2023-08-01", () => {
    expect(fee(7, 20, "2025-07-16")).toBe("770000");
    expect(fee(7, 20, "2023-07-31")).toBe("860000");
  });

  it("grades the tables MED (MED-HIGH in the source) and names the grant decision table for years 1-3", () => {
    expect(krAnnualFee(1, 1, on("2025-01-01")).confidence).toBe("MED");
    expect(() => krAnnualFee(1, 1, on("2020-01-01"))).toThrow("KIPO fee table for grant decisions");
  });
});

describe("errors", () => {
  it("asks for the claims", () => {
    expect(() => fee(4, undefined, "2026-01-01")).toThrow(
      expect.objectContaining({ code: "claims-required" })
    );
  });

  it.each([0, 26, 3.5])("rejects year %p", (year) =>
    expect(() => fee(year, 1, "2026-01-01")).toThrow("from 1 to 25")
  );
});

describe("data and kinds", () => {
  it("a table that stops before the year is #N/A naming the year, not a guess", () => {
    const data = structuredClone(raw) as any;
    data.patent[1].bands.pop(); // bands end at year 12
    expect(() => krAnnualFee(13, 1, on("2026-01-01"), loadKrData(data))).toThrow(
      "The KIPO table has no fee for year 13"
    );
  });

  it("reads kinds in Korean, English and the CN names, and rejects others", () => {
    expect([krKind(null), krKind("디자인"), krKind("Utility model"), krKind("发明")]).toEqual([
      "patent",
      "design",
      "utility",
      "patent",
    ]);
    expect(() => krKind("trademark")).toThrow('kind "trademark" is unknown');
  });
});
