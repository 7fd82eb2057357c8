import fc from "fast-check";
import * as functions from "../../src/functions";
import { cellError } from "./expect-cell-error";

// IP.RISK_SHARE answers a matrix: 1×1 for one party (a single value in the cell), a table for "all".
const share = (...args: unknown[]) =>
  (functions.riskShare as (...a: unknown[]) => unknown[][])(...args)[0][0] as number;

// IP.RISK_SHARE examples of docs/finance.md §5 and §6 (CNIPA case note 2025-01-26 for Zhongshan and Zhuhai).
describe("IP.RISK_SHARE", () => {
  it("splits a 3,000,000 loss 54:26:16:4 under Zhongshan, the default scheme", () => {
    expect(["fund", "bank", "insurer", "valuer"].map((p) => share(4000000, 1000000, p))).toEqual([
      1620000, 780000, 480000, 120000,
    ]);
  });

  it("splits it 44:36:16:4 under the JETRO-reported scheme", () => {
    expect(
      ["fund", "bank", "insurer", "valuer"].map((p) => share(4000000, 1000000, p, "CN-GD-JETRO"))
    ).toEqual([1320000, 1080000, 480000, 120000]);
  });

  it("splits it 40:60 under Zhuhai", () => {
    expect(share(4000000, 1000000, "fund", "CN-ZHUHAI")).toBe(1200000);
    expect(share(4000000, 1000000, "bank", "CN-ZHUHAI")).toBe(1800000);
  });

  it("picks the Jiangsu 苏知贷 tier by balance: 80/20 up to 10 M, 50/50 to 30 M", () => {
    expect(share(8000000, 2000000, "fund", "CN-JS-SUZHIDAI")).toBe(4800000);
    expect(share(8000000, 2000000, "bank", "CN-JS-SUZHIDAI")).toBe(1200000);
    expect(share(20000000, 5000000, "bank", "CN-JS-SUZHIDAI")).toBe(7500000);
    expect(share(8000000, 2000000, "fund", "CN-JS-SUZHIDAI", 12000000)).toBe(3000000);
    expect(
      cellError(() => functions.riskShare(31000000, 0, "fund", "CN-JS-SUZHIDAI")).message
    ).toContain("30,000,000");
  });

  it("shares at most 10,000,000 of a loss under Guangzhou 2023; the bank keeps the rest", () => {
    expect(share(12000000, 0, "fund", "CN-GZ-2023")).toBe(5000000);
    expect(share(12000000, 0, "bank", "CN-GZ-2023")).toBe(7000000);
    expect(share(3000000, 0, "fund", "CN-GZ-2023")).toBe(1500000);
  });

  it('spills every party and its share for "all"', () => {
    expect(functions.riskShare(4000000, 1000000, "all")).toEqual([
      ["fund", 1620000],
      ["bank", 780000],
      ["insurer", 480000],
      ["valuer", 120000],
    ]);
    expect(functions.riskShare(12000000, 0, "all", "CN-GZ-2023")).toEqual([
      ["fund", 5000000],
      ["bank", 7000000],
    ]);
  });

  it("gives 0 to everyone when the recovery covers the outstanding", () => {
    expect(share(1000000, 1200000, "fund")).toBe(0);
  });

  it("answers #N/A for a party the scheme does not have, #VALUE! for an unknown scheme", () => {
    const party = cellError(() => functions.riskShare(4000000, 1000000, "insurer", "CN-ZHUHAI"));
    expect(party.code).toBe("#N/A");
    expect(party.message).toBe('party "insurer" is not in CN-ZHUHAI: give one of "fund", "bank".');
    expect(cellError(() => functions.riskShare(4000000, 1000000, "fund", "CN-XX")).code).toBe(
      "#VALUE!"
    );
  });

  it("always splits the whole loss: the parties' shares sum to it, in every scheme", () => {
    const schemes: [string, string[]][] = [
      ["CN-ZHONGSHAN", ["fund", "bank", "insurer", "valuer"]],
      ["CN-GD-JETRO", ["fund", "bank", "insurer", "valuer"]],
      ["CN-ZHUHAI", ["fund", "bank"]],
      ["CN-JS-SUZHIDAI", ["fund", "bank"]],
      ["CN-GZ-2023", ["fund", "bank"]],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000_000 }),
        fc.integer({ min: 0, max: 3_000_000_000 }),
        fc.nat(4),
        (o, r, s) => {
          const outstanding = o / 100; // up to 30,000,000.00, in fen
          const recovered = r / 100;
          const [scheme, parties] = schemes[s];
          const sumFen = parties.reduce(
            (sum, p) => sum + Math.round(share(outstanding, recovered, p, scheme) * 100),
            0
          );
          const lossFen = Math.max(0, o - r);
          // each share is rounded to the fen on its own: the sum is within half a fen per party
          return Math.abs(sumFen - lossFen) <= parties.length / 2;
        }
      )
    );
  });
});
