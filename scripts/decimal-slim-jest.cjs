/* Jest's transform of decimal.mjs (jest.config.js maps "decimal.js" to it): the slimmed Decimal the bundles
 * ship (scripts/decimal-slim.cjs), as a CommonJS module shaped like decimal.js's own decimal.js, so every
 * unit test runs on the copy users get. */
"use strict";

const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const { slimDecimal } = require("./decimal-slim.cjs");

/** This file and the slimmer, so that a change to either invalidates Jest's cached transform. */
const OWN_CODE = [require.resolve("./decimal-slim-jest.cjs"), require.resolve("./decimal-slim.cjs")]
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

/** `text` with `from` replaced, which must occur exactly once. */
function replaceOnce(text, from, to) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + from.length) >= 0)
    throw new Error(`scripts/decimal-slim-jest.cjs: expected "${from}" once in decimal.mjs`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** decimal.mjs's two exports as decimal.js's CommonJS ones (module.exports = Decimal, with .default). */
function toCommonJs(source) {
  const named = replaceOnce(source, "export var Decimal =", "var Decimal =");
  return replaceOnce(
    named,
    "export default Decimal;",
    "Decimal['default'] = Decimal.Decimal = Decimal;\nmodule.exports = Decimal;"
  );
}

module.exports = {
  process(source) {
    return { code: toCommonJs(slimDecimal(source)) };
  },
  getCacheKey(source, path) {
    return createHash("sha256").update(OWN_CODE).update(path).update(source).digest("hex");
  },
};
