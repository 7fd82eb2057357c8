import * as functions from "../../src/functions";

// The worked examples a–l of IP.LOAN_INTEREST_SUBSIDY in docs/finance.md §3 (ACT/360), each with the
// programme's public document named there. Arguments: principal, rate, start, end, programme, [ipShare],
// [contractDate], [usedThisYear], [dayCount], [ratio], [fees], [insured].
const S = functions.loanInterestSubsidy;

describe("IP.LOAN_INTEREST_SUBSIDY worked examples", () => {
  it("a: Beijing 2024, rate under the cap", () => {
    // LPR(2023-12-15) 3.45% → cap 4.83%; 50% × 5,000,000 × 4.20% × 365/360 = 106,458.33
    expect(S(5000000, 0.042, "2023-12-15", "2024-12-14", "CN-BJ-2024")).toBe(106458.33);
  });

  it("b: Beijing 2024, rate counted at LPR × 1.4", () => {
    // 50% × 5,000,000 × 4.83% × 365/360 = 122,427.08
    expect(S(5000000, 0.055, "2023-12-15", "2024-12-14", "CN-BJ-2024")).toBe(122427.08);
  });

  it("c: Beijing 2024, annual cap 300,000", () => {
    // 50% × 20,000,000 × 4.00% × 360/360 = 400,000 > 300,000
    expect(S(20000000, 0.04, "2024-01-05", "2024-12-30", "CN-BJ-2024")).toBe(300000);
  });

  it("d: Beijing 2024, only the IP-pledged 60% counts", () => {
    // 50% × 3,000,000 × 4.20% × 365/360 = 63,875.00
    expect(S(5000000, 0.042, "2023-12-15", "2024-12-14", "CN-BJ-2024", 0.6)).toBe(63875);
  });

  it("e: Qingdao, 60% of the previous month's LPR (May 2025, 3.00%)", () => {
    // 60% × 3.00% = 1.80%; 3,000,000 × 1.80% × 364/360 = 54,600.00
    expect(S(3000000, 0.036, "2025-06-12", "2026-06-11", "CN-QD-2025", null, "2025-06-10")).toBe(
      54600
    );
  });

  it("f: Qingdao, contract in May uses the April fixing (3.10%)", () => {
    // 60% × 3.10% = 1.86%; 3,000,000 × 1.86% × 364/360 = 56,420.00
    expect(S(3000000, 0.036, "2025-05-27", "2026-05-26", "CN-QD-2025", null, "2025-05-25")).toBe(
      56420
    );
  });

  it("g: Qingdao, never above the actual interest", () => {
    // 1.80% base 54,600 > actual 3,000,000 × 1.50% × 364/360 = 45,500
    expect(S(3000000, 0.015, "2025-06-12", "2026-06-11", "CN-QD-2025", null, "2025-06-10")).toBe(
      45500
    );
  });

  it("h: Guangzhou Nansha, rate counted at most the LPR at the start (3.10%)", () => {
    // 50% × 2,000,000 × 3.10% × 365/360 = 31,430.56
    expect(S(2000000, 0.04, "2024-11-01", "2025-11-01", "CN-GZ-NANSHA-2024")).toBe(31430.56);
  });

  it("i: Hangzhou Fuyang, 50% of interest at the contract-date LPR (3.35%; the cut to 3.10% came 2024-10-21)", () => {
    // The example gives no loan rate; any rate at or above 3.35% gives
    // 50% × 8,000,000 × 3.35% × 364/360 = 135,488.89
    expect(S(8000000, 0.036, "2024-10-16", "2025-10-15", "CN-HZ-FUYANG", null, "2024-10-15")).toBe(
      135488.89
    );
  });

  it("j: Fujian, 20% of the December LPR of the repayment year; 50% when insured", () => {
    // December 2025 LPR 3.00% < 3.80%; 20% × 3.00% × 5,000,000 × 365/360 = 30,416.67; 50% → 76,041.67
    const args = [5000000, 0.038, "2024-03-01", "2025-03-01", "CN-FJ"] as const;
    expect(S(...args)).toBe(30416.67);
    expect(S(...args, null, null, null, null, null, null, true)).toBe(76041.67);
  });

  it("k: Shanghai Jinshan, the first 6 months at the LPR at disbursement", () => {
    // min(3.80%, 3.45%) × 5,000,000 × 182/360 × 50% = 43,604.17 (2023-09-01 → 2024-03-01 is 182 days)
    expect(S(5000000, 0.038, "2023-09-01", "2024-06-28", "CN-SH-JINSHAN")).toBe(43604.17);
  });

  it("l: Guangzhou city, 2% of the loan amount, at most 800,000", () => {
    // 2% × 6,000,000 = 120,000; 2% × 50,000,000 = 1,000,000 → 800,000 (interest at 3.5% exceeds both)
    expect(S(6000000, 0.035, "2024-03-01", "2025-03-01", "CN-GZ-2023")).toBe(120000);
    expect(S(50000000, 0.035, "2024-03-01", "2025-03-01", "CN-GZ-2023")).toBe(800000);
  });

  it("Futian: 50% of interest plus fees counted at most 4% of principal", () => {
    // fees counted 120,000 (4% of 3,000,000); interest 3,000,000 × 4.00% × 365/360 = 121,666.67
    // 50% × (121,666.67 + 120,000) = 120,833.33
    expect(
      S(
        3000000,
        0.04,
        "2023-04-01",
        "2024-03-31",
        "CN-SZ-FUTIAN",
        null,
        null,
        null,
        null,
        null,
        150000
      )
    ).toBe(120833.33);
  });

  it("Shenzhen Nanshan: up to 70% of interest and fees on one base", () => {
    // interest 10,000,000 × 3.50% × 365/360 = 354,861.11; + fees 180,000 = 534,861.11; × 70% = 374,402.78
    expect(
      S(
        10000000,
        0.035,
        "2025-01-10",
        "2026-01-10",
        "CN-SZ-NANSHAN",
        null,
        null,
        null,
        null,
        null,
        180000
      )
    ).toBe(374402.78);
  });
});
