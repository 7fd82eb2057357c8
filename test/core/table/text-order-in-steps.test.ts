import fc from "fast-check";
import { compareText } from "../../../src/core/table/compare-text";
import { textOrderInSteps } from "../../../src/core/table/text-order-in-steps";
import { drain } from "../drain";

/** The oracle: Array.prototype.sort is stable, so equal texts keep their given order. */
const stableSort = (indexes: number[], texts: string[]) =>
  [...indexes].sort((a, b) => compareText(texts[a], texts[b]));

describe("textOrderInSteps", () => {
  it("orders application numbers by code unit, a shorter text before its longer ones, ties in given order", () => {
    const texts = ["CN2019.1", "CN2005.2", "CN2019.1", "CN201", "CN10", "cn2", "CN2019.10"];
    const order = drain(textOrderInSteps([0, 1, 2, 3, 4, 5, 6], texts)).result;
    // Upper case before lower, "10" before "2", "CN201" before "CN2019.1"; index 0 before index 2.
    expect(order).toEqual([4, 1, 3, 0, 2, 6, 5]);
  });

  it("orders texts too long for one 53-bit key: those that begin alike are ordered as text", () => {
    // 30 positions with 4 characters each need 60 bits: the key holds the first 26 positions only, so
    // "…1" and "…3" (the same first 29 characters) share a key and are ordered as text.
    const line = (k: number) => Array.from({ length: 30 }, (_, p) => String((k + p) % 4)).join("");
    const texts = [line(2), `${line(0).slice(0, 29)}3`, line(0), line(3), line(1)];
    expect(texts[2].endsWith("1")).toBe(true);
    const order = drain(textOrderInSteps([0, 1, 2, 3, 4], texts)).result;
    expect(order).toEqual([2, 1, 4, 0, 3]);
  });

  it("gives the order of a stable comparison sort on random texts, and leaves its input alone", () => {
    // IDs of a few shapes: short ASCII, long digit runs (keys that do not hold the whole text), and a
    // text outside ASCII now and then (the list is then ordered as text).
    const ascii = fc.string({
      unit: fc.constantFrom("A", "C", "N", "0", "1", "9", ".", " "),
      maxLength: 6,
    });
    // Long texts: one of three 30-character beginnings that differ at every position (more than 53 bits
    // of key), then a few more characters, so texts that share a key are common.
    const beginning = (k: number) =>
      Array.from({ length: 30 }, (_, p) => "ABCD"[(k + p) % 4]).join("");
    const long = fc
      .tuple(
        fc.integer({ min: 0, max: 2 }),
        fc.string({ unit: fc.constantFrom("0", "1", "9"), maxLength: 3 })
      )
      .map(([k, tail]) => beginning(k) + tail);
    const wide = fc.string({ unit: fc.constantFrom("a", "中", "Ａ", "é"), maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { arbitrary: ascii, weight: 5 },
            { arbitrary: long, weight: 3 },
            { arbitrary: wide, weight: 1 }
          ),
          {
            maxLength: 200,
          }
        ),
        fc.boolean(),
        fc.integer({ min: 1, max: 50 }),
        (texts, allAscii, perStep) => {
          const list = allAscii
            ? texts.filter((t) => [...t].every((c) => c.charCodeAt(0) < 128))
            : texts;
          // Every other index, from the last: the indexes need not be 0 … n - 1 in order.
          const indexes = list
            .map((_, i) => i)
            .filter((i) => i % 2 === 0)
            .reverse();
          const given = [...indexes];
          const { yields, result } = drain(textOrderInSteps(indexes, list, perStep));
          expect(result).toEqual(stableSort(indexes, list));
          expect(indexes).toEqual(given);
          // Pauses come with a growing count of items visited.
          yields.forEach((visited, k) =>
            expect(visited).toBeGreaterThan(k > 0 ? yields[k - 1] : 0)
          );
        }
      ),
      { numRuns: 300, seed: 14 }
    );
  });

  it("pauses every perStep items visited, over each of its passes", () => {
    const texts = Array.from({ length: 100 }, (_, i) => `CN${(i * 37) % 100}`);
    const { yields, result } = drain(
      textOrderInSteps(
        texts.map((_, i) => i),
        texts,
        40
      )
    );
    // Four passes over the 100 items: their characters, their keys (below 110: "CN", then a digit, then
    // a digit or the end), then the keys' one digit (7 bits for 100 items) counted and placed.
    expect(yields).toEqual(Array.from({ length: 10 }, (_, k) => (k + 1) * 40));
    expect(result.map((i) => texts[i])).toEqual([...texts].sort());
  });
});
