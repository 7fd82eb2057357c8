import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

// The bundles ship decimal.js without its trigonometric, exponential, power and root functions
// (scripts/decimal-slim.cjs), and the unit tests run on that copy. TypeScript still declares them, so
// this keeps src/ from calling one: `amount.sqrt()` would type-check and fail only at run time.
const { LEFT_OUT_METHOD_NAMES, LEFT_OUT_STATICS } = require("../../scripts/decimal-slim.cjs");
const ROOT = resolve(__dirname, "../..");

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const names: string[] = [...new Set<string>([...LEFT_OUT_METHOD_NAMES, ...LEFT_OUT_STATICS])];
/** `receiver.name(`, where the receiver is a name, a call or an index: `fee.pow(`, `f(x).ln(`. */
const CALL = new RegExp(String.raw`([A-Za-z_$][\w$]*|\)|\])\s*\.\s*(${names.join("|")})\s*\(`, "g");

/** The calls of a left-out name in `text`, Math's own functions (Math.sin, Math.log2) apart. */
function leftOutCalls(text: string): string[] {
  return [...text.matchAll(CALL)].filter((match) => match[1] !== "Math").map((match) => match[0]);
}

describe("decimal.js methods left out of the bundles", () => {
  it("are called nowhere in src/ (add one back in scripts/decimal-slim.cjs to use it)", () => {
    const calls = filesUnder(join(ROOT, "src")).flatMap((file) =>
      leftOutCalls(readFileSync(file, "utf8")).map((call) => `${relative(ROOT, file)}: ${call}`)
    );
    expect(calls).toEqual([]);
  });

  it("are found when called on an amount, and Math's functions are not", () => {
    expect(leftOutCalls("const r = rate.plus(1).pow(years); const d = amount.sqrt();")).toEqual([
      ").pow(",
      "amount.sqrt(",
    ]);
    expect(leftOutCalls("Math.sin(m) + Math.log2(n); Money.exp(x)")).toEqual(["Money.exp("]);
  });
});
