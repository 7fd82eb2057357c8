import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import SlimDecimal from "decimal.js";

// The bundles and these tests use decimal.js without its trigonometric, exponential, power and root
// functions (scripts/decimal-slim.cjs). What money uses must give exactly what the whole package gives.
const {
  slimDecimal,
  LEFT_OUT_METHOD_NAMES,
  LEFT_OUT_STATICS,
} = require("../../scripts/decimal-slim.cjs");
const ROOT = resolve(__dirname, "../..");
// The package's own CommonJS build, by path: "decimal.js" itself is mapped to the slimmed copy.
const WholeDecimal: typeof SlimDecimal = require(join(ROOT, "node_modules/decimal.js/decimal.js"));
const SOURCE = readFileSync(join(ROOT, "node_modules/decimal.js/decimal.mjs"), "utf8");

/** Money's settings (src/core/money/money.ts), on each copy. */
const SETTINGS = { precision: 40, rounding: 4, toExpNeg: -20, toExpPos: 30 } as const;
const Slim = SlimDecimal.clone(SETTINGS);
const Whole = WholeDecimal.clone(SETTINGS);

/** Decimal strings as amounts, rates and counts come: signs, zeros, long fractions, large and tiny. */
const decimalText = fc
  .tuple(
    fc.constantFrom("", "-"),
    fc.array(fc.constantFrom(..."0123456789"), { minLength: 1, maxLength: 25 }),
    fc.integer({ min: 0, max: 30 })
  )
  .map(([sign, digits, scale]) => {
    const text = digits.join("").padStart(scale + 1, "0");
    const point = text.length - scale;
    return `${sign}${text.slice(0, point)}${scale > 0 ? `.${text.slice(point)}` : ""}`;
  });

describe("decimal.js as the bundles ship it", () => {
  it("is the slimmed copy here, without the parts scripts/decimal-slim.cjs removes", () => {
    const methods = SlimDecimal.prototype as unknown as Record<string, unknown>;
    const statics = SlimDecimal as unknown as Record<string, unknown>;
    expect(LEFT_OUT_METHOD_NAMES.filter((name: string) => name in methods)).toEqual([]);
    expect(LEFT_OUT_STATICS.filter((name: string) => name in statics)).toEqual([]);
    // 41 method names (22 methods with their aliases) and 23 functions; the whole package has them.
    expect([LEFT_OUT_METHOD_NAMES.length, LEFT_OUT_STATICS.length]).toEqual([41, 23]);
    expect(
      LEFT_OUT_METHOD_NAMES.every(
        (name: string) => typeof (WholeDecimal.prototype as never)[name] === "function"
      )
    ).toBe(true);
  });

  it("adds, subtracts, multiplies, divides and compares exactly as the whole package", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const [x, y, X, Y] = [new Slim(a), new Slim(b), new Whole(a), new Whole(b)];
        expect(x.plus(y).toString()).toBe(X.plus(Y).toString());
        expect(x.minus(y).toString()).toBe(X.minus(Y).toString());
        expect(x.times(y).toString()).toBe(X.times(Y).toString());
        if (!Y.isZero()) {
          expect(x.dividedBy(y).toString()).toBe(X.dividedBy(Y).toString());
          expect(x.modulo(y).toString()).toBe(X.modulo(Y).toString());
          expect(x.dividedToIntegerBy(y).toString()).toBe(X.dividedToIntegerBy(Y).toString());
        }
        expect(x.comparedTo(y)).toBe(X.comparedTo(Y));
        expect(x.equals(y)).toBe(X.equals(Y));
        expect(x.greaterThanOrEqualTo(y)).toBe(X.greaterThanOrEqualTo(Y));
        expect(Slim.max(x, y).toString()).toBe(Whole.max(X, Y).toString());
        expect(Slim.min(x, y).toString()).toBe(Whole.min(X, Y).toString());
      }),
      { numRuns: 2000, seed: 13 }
    );
  });

  it("rounds, converts and prints exactly as the whole package", () => {
    fc.assert(
      fc.property(
        decimalText,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (a, places, rounding) => {
          const [x, X] = [new Slim(a), new Whole(a)];
          const mode = rounding as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
          expect(x.toDecimalPlaces(places, mode).toString()).toBe(
            X.toDecimalPlaces(places, mode).toString()
          );
          expect(x.toFixed(places)).toBe(X.toFixed(places));
          expect(x.toFixed()).toBe(X.toFixed());
          expect([x.floor(), x.ceil(), x.abs(), x.negated(), x.round()].map(String)).toEqual(
            [X.floor(), X.ceil(), X.abs(), X.negated(), X.round()].map(String)
          );
          expect([x.isZero(), x.isNegative(), x.isInteger(), x.sd(), x.decimalPlaces()]).toEqual([
            X.isZero(),
            X.isNegative(),
            X.isInteger(),
            X.sd(),
            X.decimalPlaces(),
          ]);
          expect(x.toNumber()).toBe(X.toNumber());
        }
      ),
      { numRuns: 2000, seed: 13 }
    );
  });

  it("reads what String(number) writes, exponents, infinities and NaN included", () => {
    for (const text of ["1e+21", "1.5e-7", "-0", "Infinity", "-Infinity", "NaN", "0.1", "1200"]) {
      expect(new Slim(text).toString()).toBe(new Whole(text).toString());
    }
  });
});

describe("scripts/decimal-slim.cjs", () => {
  it("stops the build when kept code would call a removed method", () => {
    const calling = `${SOURCE}\nP.halfRoot = function () { return this.sqrt().div(2); };\n`;
    expect(() => slimDecimal(calling)).toThrow(/still uses \.sqrt/);
  });

  it("stops the build when a part it removes is no longer where it expects (another version)", () => {
    const renamed = SOURCE.replace("P.toOctal = function", "P.toBase8 = function");
    expect(() => slimDecimal(renamed)).toThrow(/not found: P\.toOctal/);
  });

  it("keeps the rest of decimal.mjs as it was: text is removed, never changed", () => {
    const slim: string = slimDecimal(SOURCE);
    // The slim text is the original with stretches deleted: each of its characters is found, in order.
    let at = 0;
    for (const character of slim) {
      at = SOURCE.indexOf(character, at) + 1;
      if (at === 0) break;
    }
    expect(at).toBeGreaterThan(0);
    for (const kept of [
      "P.dividedBy = P.div = function",
      "var divide = (function",
      "function finalise",
    ]) {
      expect(slim).toContain(kept);
    }
  });
});
