/* decimal.js without what money never needs: the bundles' copy of decimal.mjs.
 *
 * Money (src/core/money/money.ts, the only importer of decimal.js) adds, subtracts, multiplies, divides,
 * compares and rounds. decimal.js also carries trigonometric, hyperbolic, exponential, logarithmic, power
 * and root functions, fractions and binary/octal/hex output, with π and ln 10 to 1,025 digits: about half of
 * its gzipped bytes, downloaded by every page that loads the custom functions.
 *
 * `slimDecimal` removes them from decimal.mjs's source, by name, statement by statement (parsed with acorn,
 * webpack's own parser). It stops the build if the source no longer has the shape it expects (a new
 * decimal.js version) or if anything it keeps still refers to a part it removed. Everything else is
 * decimal.js's code unchanged.
 *
 * Used by webpack (this file is the loader of decimal.mjs) and by Jest (scripts/decimal-slim-jest.cjs),
 * so every unit test runs on the same slimmed Decimal the bundles ship; test/build/decimal-slim.test.ts
 * compares it with the full decimal.js, and test/architecture/decimal-methods.test.ts keeps src/ off the
 * methods removed here.
 */
"use strict";

const acorn = require("acorn");

/** Prototype methods removed (each with its alias): x.sqrt(), x.toFraction(), ... */
const LEFT_OUT_METHODS = [
  ["cosine", "cos"],
  ["cubeRoot", "cbrt"],
  ["hyperbolicCosine", "cosh"],
  ["hyperbolicSine", "sinh"],
  ["hyperbolicTangent", "tanh"],
  ["inverseCosine", "acos"],
  ["inverseHyperbolicCosine", "acosh"],
  ["inverseHyperbolicSine", "asinh"],
  ["inverseHyperbolicTangent", "atanh"],
  ["inverseSine", "asin"],
  ["inverseTangent", "atan"],
  ["logarithm", "log"],
  ["naturalExponential", "exp"],
  ["naturalLogarithm", "ln"],
  ["sine", "sin"],
  ["squareRoot", "sqrt"],
  ["tangent", "tan"],
  ["toBinary"],
  ["toFraction"],
  ["toHexadecimal", "toHex"],
  ["toOctal"],
  ["toPower", "pow"],
];

/** Static functions removed: Decimal.sqrt(x), Decimal.random(), ... (module-level functions of the same name). */
const LEFT_OUT_STATICS = [
  "acos",
  "acosh",
  "asin",
  "asinh",
  "atan",
  "atan2",
  "atanh",
  "cbrt",
  "cos",
  "cosh",
  "exp",
  "hypot",
  "ln",
  "log",
  "log10",
  "log2",
  "pow",
  "random",
  "sin",
  "sinh",
  "sqrt",
  "tan",
  "tanh",
];

/** Module-level helpers that only the removed methods use. */
const LEFT_OUT_HELPERS = [
  "cosine",
  "getLn10",
  "getPi",
  "isOdd",
  "naturalExponential",
  "naturalLogarithm",
  "sine",
  "taylorSeries",
  "tinyPow",
  "toLessThanHalfPi",
  "toStringBinary",
];

/** The 1,025-digit constants (and their lengths) only the removed methods use. */
const LEFT_OUT_CONSTANTS = ["LN10", "PI", "LN10_PRECISION", "PI_PRECISION"];

/** Every method name removed from the prototype (long names and aliases). */
const LEFT_OUT_METHOD_NAMES = LEFT_OUT_METHODS.flat();

const fail = (why) => {
  throw new Error(
    `scripts/decimal-slim.cjs: ${why} (has decimal.js changed? see the file's comment)`
  );
};

/** `P.a = P.b = function …` → ["a", "b"]; undefined for any other statement. */
function prototypeNames(statement) {
  if (statement.type !== "ExpressionStatement") return undefined;
  const names = [];
  let expression = statement.expression;
  while (
    expression.type === "AssignmentExpression" &&
    expression.left.type === "MemberExpression" &&
    expression.left.object.type === "Identifier" &&
    expression.left.object.name === "P" &&
    !expression.left.computed
  ) {
    names.push(expression.left.property.name);
    expression = expression.right;
  }
  return names.length > 0 ? names : undefined;
}

/** `NAME = new Decimal(NAME);` for a left-out constant. */
function isConstantSetUp(statement) {
  const expression = statement.type === "ExpressionStatement" && statement.expression;
  return (
    expression &&
    expression.type === "AssignmentExpression" &&
    expression.left.type === "Identifier" &&
    LEFT_OUT_CONSTANTS.includes(expression.left.name)
  );
}

/** `Decimal.name = name;` inside clone(), for a left-out static. */
function isStaticAssignment(statement) {
  const expression = statement.type === "ExpressionStatement" && statement.expression;
  return (
    expression &&
    expression.type === "AssignmentExpression" &&
    expression.left.type === "MemberExpression" &&
    expression.left.object.type === "Identifier" &&
    expression.left.object.name === "Decimal" &&
    expression.right.type === "Identifier" &&
    LEFT_OUT_STATICS.includes(expression.right.name)
  );
}

/**
 * The one use of a removed part that stays: parseOther, which reads hexadecimal, binary and octal strings,
 * calls Decimal.pow for a binary exponent of 54 or more ("0x1p60"). Money never parses such a string:
 * every text is checked against a decimal pattern (digits, a point, an exponent) before `new Money`.
 */
const isKnownUnreachable = (node, within) =>
  within === "parseOther" &&
  node.object.type === "Identifier" &&
  node.object.name === "Decimal" &&
  node.property.name === "pow";

/** The identifiers a program refers to, and the property names it reads (`x.name`, not `Math.name`). */
function references(program) {
  const identifiers = new Set();
  const properties = new Set();
  let within;
  const visit = (node, parent) => {
    if (parent === program) within = node.type === "FunctionDeclaration" ? node.id.name : undefined;
    if (node.type === "Identifier") {
      const isPropertyName =
        parent &&
        ((parent.type === "MemberExpression" && parent.property === node && !parent.computed) ||
          (parent.type === "Property" && parent.key === node && !parent.computed));
      if (!isPropertyName) identifiers.add(node.name);
    }
    if (
      node.type === "MemberExpression" &&
      !node.computed &&
      !(node.object.type === "Identifier" && node.object.name === "Math") &&
      !isKnownUnreachable(node, within)
    ) {
      properties.add(node.property.name);
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) {
        for (const child of value) if (child && typeof child.type === "string") visit(child, node);
      } else if (value && typeof value.type === "string") {
        visit(value, node);
      }
    }
  };
  visit(program, undefined);
  return { identifiers, properties };
}

/**
 * decimal.mjs's source without the parts listed above.
 * @param {string} source decimal.js's decimal.mjs
 * @returns {string}
 */
function slimDecimal(source) {
  const program = acorn.parse(source, { ecmaVersion: "latest", sourceType: "module" });
  const cuts = [];
  const found = new Set();
  const removedFunctions = new Set([...LEFT_OUT_STATICS, ...LEFT_OUT_HELPERS]);

  for (const statement of program.body) {
    if (statement.type === "FunctionDeclaration" && removedFunctions.has(statement.id.name)) {
      cuts.push([statement.start, statement.end]);
      found.add(`function ${statement.id.name}`);
    }
    const names = prototypeNames(statement);
    if (names && names.some((name) => LEFT_OUT_METHOD_NAMES.includes(name))) {
      if (!names.every((name) => LEFT_OUT_METHOD_NAMES.includes(name)))
        fail(`P.${names.join(" = P.")} mixes kept and removed names`);
      cuts.push([statement.start, statement.end]);
      for (const name of names) found.add(`P.${name}`);
    }
    if (isConstantSetUp(statement)) {
      cuts.push([statement.start, statement.end]);
      found.add(`set-up ${statement.expression.left.name}`);
    }
    if (statement.type === "VariableDeclaration") {
      const list = statement.declarations;
      list.forEach((declarator, index) => {
        if (!LEFT_OUT_CONSTANTS.includes(declarator.id.name)) return;
        // From this declarator to the next one (its comma included); the last one takes the comma before.
        const range =
          index + 1 < list.length
            ? [declarator.start, list[index + 1].start]
            : [list[index - 1].end, declarator.end];
        cuts.push(range);
        found.add(`var ${declarator.id.name}`);
      });
    }
    if (statement.type === "FunctionDeclaration" && statement.id.name === "clone") {
      for (const inner of statement.body.body) {
        if (isStaticAssignment(inner)) {
          cuts.push([inner.start, inner.end]);
          found.add(`Decimal.${inner.expression.right.name}`);
        }
      }
    }
  }

  const expected = [
    ...LEFT_OUT_METHOD_NAMES.map((name) => `P.${name}`),
    ...[...removedFunctions].map((name) => `function ${name}`),
    ...LEFT_OUT_STATICS.map((name) => `Decimal.${name}`),
    ...LEFT_OUT_CONSTANTS.map((name) => `var ${name}`),
    "set-up LN10",
    "set-up PI",
  ];
  const missing = expected.filter((part) => !found.has(part));
  if (missing.length > 0) fail(`not found: ${missing.join(", ")}`);

  cuts.sort((a, b) => b[0] - a[0]);
  let slim = source;
  for (const [start, end] of cuts) slim = slim.slice(0, start) + slim.slice(end);

  const kept = references(acorn.parse(slim, { ecmaVersion: "latest", sourceType: "module" }));
  const dangling = [
    ...[...removedFunctions, ...LEFT_OUT_CONSTANTS].filter((name) => kept.identifiers.has(name)),
    ...LEFT_OUT_METHOD_NAMES.filter((name) => kept.properties.has(name)).map((name) => `.${name}`),
  ];
  if (dangling.length > 0) fail(`the code kept still uses ${dangling.join(", ")}`);
  return slim;
}

/** The webpack loader: decimal.mjs in, slimmed decimal.mjs out. */
module.exports = function decimalSlimLoader(source) {
  return slimDecimal(source);
};
module.exports.slimDecimal = slimDecimal;
module.exports.LEFT_OUT_METHOD_NAMES = LEFT_OUT_METHOD_NAMES;
module.exports.LEFT_OUT_STATICS = LEFT_OUT_STATICS;
