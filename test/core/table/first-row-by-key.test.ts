import fc from "fast-check";
import { FirstRowByKey } from "../../../src/core/table/first-row-by-key";

describe("FirstRowByKey", () => {
  it("gives the first row of a key, and records the others as first of theirs", () => {
    const keys: [string, string][] = [
      ["CN", "2020101234567"],
      ["JP", "2020101234567"],
    ];
    const firsts = new FirstRowByKey(4, (row) => keys[row]);
    expect(firsts.firstOr("CN", "2020101234567", 0)).toBeUndefined();
    expect(firsts.firstOr("JP", "2020101234567", 1)).toBeUndefined();
    expect(firsts.firstOr("CN", "2020101234567", 2)).toBe(0);
    expect(firsts.firstOr("JP", "2020101234567", 3)).toBe(1);
  });

  it("takes keys as their joined text: a bar in either part can make two pairs one key", () => {
    const keys = new Map<number, [string, string]>([[5, ["A|B", "C"]]]);
    const firsts = new FirstRowByKey(3, (row) => keys.get(row)!);
    expect(firsts.firstOr("A|B", "C", 5)).toBeUndefined();
    expect(firsts.firstOr("A", "B|C", 6)).toBe(5);
    expect(firsts.firstOr("A", "BC", 7)).toBeUndefined();
  });

  it("answers as a Map of joined keys does, for as many rows as its capacity", () => {
    const part = fc.constantFrom("", "|", "CN", "C", "N|", "2020", "1", "a|b");
    fc.assert(
      fc.property(fc.array(fc.tuple(part, part), { maxLength: 200 }), (keys) => {
        const firsts = new FirstRowByKey(keys.length, (row) => keys[row]);
        const map = new Map<string, number>();
        keys.forEach(([head, tail], row) => {
          const key = `${head}|${tail}`;
          const expected = map.get(key);
          if (expected === undefined) map.set(key, row);
          expect(firsts.firstOr(head, tail, row)).toBe(expected);
        });
      }),
      { numRuns: 300, seed: 1419 }
    );
  });

  it("tells keys apart that share a hash by asking for the first row's key", () => {
    // A table of 16 slots: keys in the same slot are told apart by their full hash, then their text.
    const keys = Array.from({ length: 8 }, (_, row): [string, string] => ["CN", `${row}`]);
    const asked: number[] = [];
    const firsts = new FirstRowByKey(8, (row) => (asked.push(row), keys[row]));
    keys.forEach(([head, tail], row) => expect(firsts.firstOr(head, tail, row)).toBeUndefined());
    expect(asked).toEqual([]);
    expect(firsts.firstOr("CN", "3", 9)).toBe(3);
    expect(asked).toEqual([3]);
  });

  it("refuses a row past its capacity rather than looping", () => {
    const firsts = new FirstRowByKey(8, (row) => ["CN", String(row)]);
    for (let row = 0; row < 8; row += 1) firsts.firstOr("CN", String(row), row);
    expect(firsts.firstOr("CN", "7", 8)).toBe(7);
    expect(() => firsts.firstOr("CN", "8", 8)).toThrow(/capacity/);
  });
});
