import { krAnnuity } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// Worked examples K1-K3 of docs/offices/kr.md (특허료 등의 징수규칙 별표 1).
describe("IP.KR_ANNUITY", () => {
  it("K1: 10 claims: year 1 (grant decision 2025-02-10) 133,000; year 4 236,000", () => {
    expect(krAnnuity(1, 10, "2025-02-10")).toBe(133000);
    expect(krAnnuity(4, 10, "2028-03-05")).toBe(236000);
  });

  it("K2: 5 claims: year 10 461,000, year 13 569,000", () => {
    expect(krAnnuity(10, 5, "2026-01-01")).toBe(461000);
    expect(krAnnuity(13, "5", "2026-01-01")).toBe(569000);
  });

  it("K3: 20 claims, year 7: 770,000, or 860,000 under the table before 2023-08-01", () => {
    expect(krAnnuity(7, 20, "2025-07-16")).toBe(770000);
    expect(krAnnuity(7, 20, "2023-07-31")).toBe(860000);
  });

  it("defaults the date to today", () => {
    expect(krAnnuity(4, 10)).toBe(236000);
  });

  it("asks for claims and rejects a year outside 1-25", () => {
    expect(cellError(() => krAnnuity(4)).message).toContain("claims is missing");
    expect(cellError(() => krAnnuity(26, 1)).message).toContain("from 1 to 25");
    expect(cellError(() => krAnnuity(4, 0)).message).toContain("whole number from 1");
  });

  it("rejects a claim count past exact integers instead of answering an infinite fee", () => {
    // Found by the fuzz test: year 1 with 1e308 claims gave Infinity (base + per claim × 1e308).
    const error = cellError(() => krAnnuity(1, 1e308, "2025-02-10"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("is not a number of claims");
    expect(krAnnuity(1, Number.MAX_SAFE_INTEGER, "2025-02-10")).toBeLessThan(Infinity);
  });

  it("answers #N/A for a date before our tables", () => {
    expect(cellError(() => krAnnuity(4, 1, "2020-01-01")).code).toBe("#N/A");
  });
});
