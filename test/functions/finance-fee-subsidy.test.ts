import * as functions from "../../src/functions";
import { cellError } from "./expect-cell-error";

// IP.FEE_SUBSIDY examples of docs/finance.md §4: fee, feeType, programme, [principal], [usedThisYear], [ratio].
describe("IP.FEE_SUBSIDY", () => {
  it("Beijing: 50% of a valuation fee, within the 20,000 yearly fee cap", () => {
    expect(functions.feeSubsidyCell(30000, "valuation", "CN-BJ-2024")).toBe(15000);
    expect(functions.feeSubsidyCell(50000, "valuation", "CN-BJ-2024")).toBe(20000);
    expect(functions.feeSubsidyCell(30000, "valuation", "CN-BJ-2024", null, 15000)).toBe(5000);
  });

  it("Nansha: 50% of each fee, at most 50,000 per fee", () => {
    expect(functions.feeSubsidyCell(20000, "valuation", "CN-GZ-NANSHA-2024")).toBe(10000);
    expect(functions.feeSubsidyCell(120000, "guarantee", "CN-GZ-NANSHA-2024")).toBe(50000);
  });

  it("Jinshan: 50% of a guarantee fee", () => {
    expect(functions.feeSubsidyCell(40000, "guarantee", "CN-SH-JINSHAN")).toBe(20000);
  });

  it("gives 0 where the programme has no fee rule (Qingdao) or none for that fee", () => {
    expect(functions.feeSubsidyCell(15000, "valuation", "CN-QD-2025")).toBe(0);
    expect(functions.feeSubsidyCell(15000, "valuation", "CN-SH-JINSHAN")).toBe(0);
  });

  it("sends combined-base programmes to IP.LOAN_INTEREST_SUBSIDY with #N/A", () => {
    const error = cellError(() => functions.feeSubsidyCell(150000, "guarantee", "CN-SZ-FUTIAN"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("subsidises fees together with interest");
  });

  it("takes an approved ratio below the maximum, and rejects one above it", () => {
    expect(functions.feeSubsidyCell(30000, "valuation", "CN-BJ-2024", null, null, 0.3)).toBe(9000);
    expect(
      cellError(() => functions.feeSubsidyCell(30000, "valuation", "CN-BJ-2024", null, null, 0.6))
        .code
    ).toBe("#VALUE!");
  });
});
