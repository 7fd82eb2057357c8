import fc from "fast-check";
import totalWords from "../../../src/data/ledger-total-words.json";
import { isBlank, single } from "../../../src/core/table/cell-readers";
import { isTotalRow } from "../../../src/core/table/total-row";

// Issue 14: isBlank answers numbers and text opening with a printable ASCII character without trimming,
// and isTotalRow answers a first cell opening with an ASCII character no total word opens with without
// normalising it. The code before is kept here as the oracle.
function isBlankBefore(value: unknown): boolean {
  const one = Array.isArray(value) ? single(value, "argument") : value;
  return one === null || one === undefined || (typeof one === "string" && one.trim() === "");
}

const WORDS = totalWords.words.map((word) => word.normalize("NFKC").toLowerCase());
function isTotalRowBefore(cells: unknown[]): boolean {
  const first = cells.find((cell) => !isBlankBefore(cell));
  if (typeof first !== "string") return false;
  const text = first.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  return WORDS.some((word) => {
    if (!text.startsWith(word)) return false;
    const rest = text.slice(word.length);
    return /^[:：]?[\d,.]*(件|项|項|个|個|rights?|patents?|items?)?[)）]?$/u.test(rest);
  });
}

/** Text from the characters that matter: spaces of every kind, marks that compose, total words. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(" ", "\u3000", "\u00a0", "\t", "\n", "\ufeff", "\u0301", "\u0338", "\u030a"),
      fc.constantFrom("T", "t", "S", "s", "G", "Total", "SUM", "Subtotal", "合计", "合計", "汇总"),
      fc.constantFrom(":", "：", "7", ",", "件", "rights", ")", "）", "C", "N", "x", "ｔ", "Ｔ"),
      fc.string({ maxLength: 2 }),
      fc.string({ unit: "binary", maxLength: 1 })
    ),
    { maxLength: 6 }
  )
  .map((parts) => parts.join(""));
const cell = fc.oneof(
  text,
  text,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(null, undefined, "", [[""]], [[" x"]], [[3]]),
  text.map((value) => [[value]])
);

describe("the blank and total-row fast paths, against the code before", () => {
  it("isBlank gives the same answer for any cell (one-cell ranges included)", () => {
    fc.assert(
      fc.property(cell, (value) => {
        expect(isBlank(value)).toBe(isBlankBefore(value));
      }),
      { numRuns: 5000, seed: 1402 }
    );
  });

  it("isBlank still rejects a range of several cells, as before", () => {
    expect(() => isBlank([[1, 2]])).toThrow(/several cells/);
  });

  it("isTotalRow gives the same answer for any row", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 4 }), (cells) => {
        expect(isTotalRow(cells)).toBe(isTotalRowBefore(cells));
      }),
      { numRuns: 5000, seed: 1403 }
    );
  });

  it("still finds the totals it found: Total, TOTAL: 7, Sum, 合计：12件 after blank cells", () => {
    expect(isTotalRow(["", " ", "TOTAL: 7"])).toBe(true);
    expect(isTotalRow(["Sum"])).toBe(true);
    expect(isTotalRow([null, "合计：12件"])).toBe(true);
    expect(isTotalRow(["CN2020101234567", "Total"])).toBe(false);
  });
});
