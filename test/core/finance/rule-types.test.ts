import { isoToDay } from "../../../src/core/dates/civil";
import { BUILT_IN_FINANCE_PROGRAMMES, BUILT_IN_LPR } from "../../../src/core/finance/built-in";
import {
  LoanInput,
  interestSubsidyBeforeCaps,
  loanInterestSubsidy,
} from "../../../src/core/finance/interest-subsidy";
import { findFinanceProgramme } from "../../../src/core/finance/programmes";
import { Money, yuanToCell } from "../../../src/core/money/money";

// Each of the five rule types of docs/finance.md §3, with its zero cases and the reason given.
const programme = (id: string) => findFinanceProgramme(id, BUILT_IN_FINANCE_PROGRAMMES);
const loan = (
  principal: number,
  rate: string,
  start: string,
  end: string,
  more: Partial<LoanInput> = {}
): LoanInput => ({
  principal: new Money(principal),
  rate: new Money(rate),
  start: isoToDay(start),
  end: isoToDay(end),
  ...more,
});

describe("rule types", () => {
  it("share-of-capped-rate (Beijing): counts the rate at most LPR × 1.4 and says so", () => {
    const result = interestSubsidyBeforeCaps(
      programme("CN-BJ-2024"),
      loan(5000000, "0.055", "2023-12-15", "2024-12-14"),
      BUILT_IN_LPR
    );
    expect(result.rateCounted!.toString()).toBe("0.0483");
    expect(result.reasons.map((r) => r.message)).toEqual(["rate counted at 4.83% (LPR × 1.4)"]);
    expect(yuanToCell(result.amount)).toBe(122427.08);
  });

  it("share-of-gated-rate (Zhongguancun 2021): 40% of the actual interest, 0 above LPR + 40%", () => {
    // LPR(2024-01-05) 3.45% × 1.4 = 4.83%; at 4.00%: 40% × 20,000,000 × 4.00% × 360/360 = 320,000 → cap 500,000 not reached
    const zgc = programme("CN-ZGC-2021");
    expect(
      yuanToCell(
        interestSubsidyBeforeCaps(
          zgc,
          loan(20000000, "0.04", "2024-01-05", "2024-12-30"),
          BUILT_IN_LPR
        ).amount
      )
    ).toBe(320000);
    const above = interestSubsidyBeforeCaps(
      zgc,
      loan(20000000, "0.05", "2024-01-05", "2024-12-30"),
      BUILT_IN_LPR
    );
    expect(above.amount.toNumber()).toBe(0);
    expect(above.reasons[0].message).toBe("rate 5% is above CN-ZGC-2021's limit 4.83% (LPR × 1.4)");
  });

  it("share-of-lpr (Qingdao): 60% of the LPR, whatever the actual rate above it", () => {
    const qd = programme("CN-QD-2025");
    const at = (rate: string) =>
      yuanToCell(
        interestSubsidyBeforeCaps(
          qd,
          loan(3000000, rate, "2025-06-12", "2026-06-11", { contract: isoToDay("2025-06-10") }),
          BUILT_IN_LPR
        ).amount
      );
    expect(at("0.036")).toBe(54600);
    expect(at("0.06")).toBe(54600);
  });

  it("share-of-interest-and-fees (Nanshan): the ratio replaces the 70% maximum", () => {
    // (354,861.11 + 180,000) × 50% = 267,430.56
    const result = interestSubsidyBeforeCaps(
      programme("CN-SZ-NANSHAN"),
      loan(10000000, "0.035", "2025-01-10", "2026-01-10", {
        fees: new Money(180000),
        ratio: new Money("0.5"),
      }),
      BUILT_IN_LPR
    );
    expect(yuanToCell(result.amount)).toBe(267430.56);
  });

  it("share-of-principal (Guangzhou city): never above the interest and fees paid", () => {
    // 2% × 6,000,000 = 120,000 > interest 6,000,000 × 1.00% × 366/360 = 61,000 + fees 10,000 = 71,000
    const result = interestSubsidyBeforeCaps(
      programme("CN-GZ-2023"),
      loan(6000000, "0.01", "2024-03-01", "2025-03-02", { fees: new Money(10000) }),
      BUILT_IN_LPR
    );
    expect(yuanToCell(result.amount)).toBe(71000);
    expect(result.reasons.map((r) => r.message)).toEqual(["limited to the interest and fees paid"]);
  });

  it("gives 0 with the reason when the settlement date is outside the window (Beijing 2024)", () => {
    const result = interestSubsidyBeforeCaps(
      programme("CN-BJ-2024"),
      loan(5000000, "0.042", "2024-03-01", "2025-02-28"),
      BUILT_IN_LPR
    );
    expect(result.amount.toNumber()).toBe(0);
    expect(result.reasons.map((r) => r.message)).toEqual([
      "settlement date 2025-02-28 is outside CN-BJ-2024's window 2024-01-01 to 2024-12-31",
    ]);
  });

  it("gives 0 below a minimum IP share (Jinshan 30%)", () => {
    const result = interestSubsidyBeforeCaps(
      programme("CN-SH-JINSHAN"),
      loan(5000000, "0.038", "2023-09-01", "2024-06-28", { ipShare: new Money("0.2") }),
      BUILT_IN_LPR
    );
    expect(result.amount.toNumber()).toBe(0);
    expect(result.reasons[0].message).toBe("IP share 0.2 is below CN-SH-JINSHAN's minimum 0.3");
  });

  it("flags a window whose end the source does not state, and still applies", () => {
    const result = interestSubsidyBeforeCaps(
      programme("CN-QD-2025"),
      loan(3000000, "0.036", "2025-06-12", "2026-06-11", { contract: isoToDay("2025-06-10") }),
      BUILT_IN_LPR
    );
    expect(result.flags.map((r) => r.message)).toEqual([
      "CN-QD-2025: window start and end not stated in the source seen; applied without that check",
    ]);
  });

  it("flags an LPR assumed unchanged (Fujian, December of a year not yet fixed)", () => {
    const result = interestSubsidyBeforeCaps(
      programme("CN-FJ"),
      loan(5000000, "0.038", "2026-03-01", "2027-03-01"),
      BUILT_IN_LPR
    );
    expect(result.lpr!.assumed).toBe(true);
    expect(result.flags.map((r) => r.message)).toContain(
      "LPR for 2027-12-31 assumed unchanged since the 2026-05-20 fixing (the last one known)"
    );
  });

  it("applies what is left of the annual cap, and the lifetime cap (Fujian 200,000)", () => {
    // Beijing a: 106,458.33 with 250,000 used → 50,000 left
    const bj = loanInterestSubsidy(
      programme("CN-BJ-2024"),
      loan(5000000, "0.042", "2023-12-15", "2024-12-14"),
      new Money(250000),
      BUILT_IN_LPR
    );
    expect(bj.amount.toNumber()).toBe(50000);
    expect(bj.reasons.map((r) => r.message)).toEqual(["annual cap 300,000 reached"]);
    const fj = loanInterestSubsidy(
      programme("CN-FJ"),
      loan(5000000, "0.038", "2024-03-01", "2025-03-01"),
      new Money(200000),
      BUILT_IN_LPR
    );
    expect(fj.amount.toNumber()).toBe(0);
    expect(fj.reasons.map((r) => r.message)).toEqual(["lifetime cap 200,000 already used"]);
  });
});
