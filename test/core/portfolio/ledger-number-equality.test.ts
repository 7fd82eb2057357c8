import fc from "fast-check";
import { normalizeApplicationNumber } from "../../../src/core/portfolio/ledger-number";

// Issue 14: numbers typed in plain ASCII are normalised by hand (no NFKC, no regular expressions). The
// code before is kept here as the oracle.
function normalizeBefore(text: string): string {
  return text
    .normalize("NFKC")
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/^(CN|ZL)+(?=\d)/, "")
    .replace(/\.([\dX])$/, "$1");
}

const number = fc
  .array(
    fc.oneof(
      fc.constantFrom("CN", "ZL", "cn", "zl", "Cn", "C", "N", "Z", "L", "CNZL", "ＣＮ", "ＺＬ"),
      fc.constantFrom("2020", "1", "0", "7", "X", "x", ".", "..", ".7", ".X", ".x", "０"),
      fc.constantFrom(" ", "\u3000", "\t", "-", "/", "\u0301", "é"),
      fc.string({ maxLength: 2 })
    ),
    { maxLength: 8 }
  )
  .map((parts) => parts.join(""));

describe("normalizeApplicationNumber, against the code before", () => {
  it("gives the same key for any number, ASCII or not", () => {
    fc.assert(
      fc.property(number, (text) => {
        expect(normalizeApplicationNumber(text)).toBe(normalizeBefore(text));
      }),
      { numRuns: 10_000, seed: 1404 }
    );
  });

  it("drops every leading CN/ZL before a digit and the check digit's dot", () => {
    expect(normalizeApplicationNumber("cnzl202010123456.x")).toBe("202010123456X");
    expect(normalizeApplicationNumber("CNCNX1.5")).toBe("CNCNX15");
    expect(normalizeApplicationNumber("ZL.5")).toBe("ZL5");
    expect(normalizeApplicationNumber("CN2020.")).toBe("2020.");
  });
});
