/* global describe, expect, it */
import { regionCovers, samePlace } from "../../../src/core/portfolio/region";

// Programme regions of src/data/subsidies.json: "Shenzhen" (SZ-2021, SZ-2022, SZ-INS-2024),
// "Shenzhen (Hetao zone)", "China (national)" (CNIPA-2021), "Japan" (JP-JETRO).
describe("a programme's region and an applicant's location", () => {
  it("covers the same place in any language or spelling", () => {
    expect(
      ["Shenzhen", "深圳", "深圳市", "SHENZHEN CITY", "深セン"].map((l) =>
        regionCovers("Shenzhen", l)
      )
    ).toEqual([true, true, true, true, true]);
  });

  it("covers places inside the region: the national CNIPA limit covers Shenzhen and Suzhou, JETRO Tokyo", () => {
    expect(regionCovers("China (national)", "Shenzhen")).toBe(true);
    expect(regionCovers("China (national)", "苏州")).toBe(true);
    expect(regionCovers("Japan", "東京都")).toBe(true);
    expect(regionCovers("Shenzhen", "Shenzhen (Hetao zone)")).toBe(true);
  });

  it("does not cover a larger place, another place, or a blank location", () => {
    expect(regionCovers("Shenzhen (Hetao zone)", "Shenzhen")).toBe(false);
    expect(regionCovers("Shenzhen", "Tokyo")).toBe(false);
    expect(regionCovers("Shenzhen", "China")).toBe(false);
    expect(regionCovers("Shenzhen", "")).toBe(false);
  });

  it("matches places it does not know by their name alone", () => {
    expect(regionCovers("Nanshan District", "nanshan district")).toBe(true);
    expect(regionCovers("China (national)", "Nanshan District")).toBe(false);
    expect(samePlace("Nanshan", "Futian")).toBe(false);
  });
});
