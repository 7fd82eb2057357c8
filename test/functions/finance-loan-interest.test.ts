import * as functions from "../../src/functions";

// IP.LOAN_INTEREST examples of docs/finance.md §2 (simple interest, bullet loan).
describe("IP.LOAN_INTEREST", () => {
  it("counts ACT/360 by default", () => {
    // 5,000,000 × 4.20% × 365/360 = 212,916.67 (2023-12-15 → 2024-12-14 is 365 days)
    expect(functions.loanInterest(5000000, 0.042, "2023-12-15", "2024-12-14")).toBe(212916.67);
  });

  it("counts ACT/365 on request", () => {
    // 5,000,000 × 4.20% × 365/365 = 210,000.00
    expect(functions.loanInterest(5000000, 0.042, "2023-12-15", "2024-12-14", "ACT/365")).toBe(
      210000
    );
  });

  it("gives whole numbers where the days make them", () => {
    // 20,000,000 × 4.00% × 360/360 = 800,000 (2024-01-05 → 2024-12-30 is 360 days)
    expect(functions.loanInterest(20000000, 0.04, "2024-01-05", "2024-12-30")).toBe(800000);
  });

  it("gives 0 for a loan repaid the day it starts", () => {
    expect(functions.loanInterest(1000000, 0.03, "2024-01-05", "2024-01-05")).toBe(0);
  });
});
