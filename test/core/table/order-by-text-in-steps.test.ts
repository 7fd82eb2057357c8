import fc from "fast-check";
import { orderByTextInSteps } from "../../../src/core/table/order-by-text-in-steps";
import { compareText } from "../../../src/core/table/compare-text";
import { drain } from "../drain";

describe("orderByTextInSteps", () => {
  it("orders indexes by text, equal texts in their given order", () => {
    expect(drain(orderByTextInSteps([4, 0, 2, 1], ["b", "a", "b", "a", "a"])).result).toEqual([
      4, 1, 0, 2,
    ]);
  });

  it("orders by UTF-16 code units, as compareText does (upper case before lower, 10 before 2)", () => {
    const texts = ["b", "B", "CN2", "CN10", "a", "中", "Ａ"];
    const order = drain(orderByTextInSteps([0, 1, 2, 3, 4, 5, 6], texts)).result;
    expect(order.map((i) => texts[i])).toEqual(["B", "CN10", "CN2", "a", "b", "中", "Ａ"]);
  });

  it("gives the order of a stable comparison sort on random texts, and leaves its input alone", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        (texts, perStep) => {
          const indexes = texts.map((_, i) => i).reverse();
          const given = [...indexes];
          const expected = [...indexes].sort((a, b) => compareText(texts[a], texts[b]));
          expect(drain(orderByTextInSteps(indexes, texts, perStep)).result).toEqual(expected);
          expect(indexes).toEqual(given);
        }
      ),
      { numRuns: 200, seed: 21 }
    );
  });

  it("pauses about every perStep items placed, one list's worth per pass", () => {
    const texts = Array.from({ length: 100 }, (_, i) => `id${(i * 37) % 100}`);
    const { yields, result } = drain(
      orderByTextInSteps(
        texts.map((_, i) => i),
        texts,
        40
      )
    );
    // 100 items: runs of 16 (48, 96), then 3 merge passes of 100 items each, pausing past 40 more.
    expect(yields).toEqual([48, 96, 164, 264, 400]);
    expect(result.map((i) => texts[i])).toEqual([...texts].sort());
  });
});
