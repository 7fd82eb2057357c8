/* A webpack loader for src/data/*.json: drops the top-level text that documents a file (its title, note,
 * about and rule, read by people and docs/, never by the code), so the bundles carry only the data the
 * code reads. Every citation the code carries into its results (each value's source) stays.
 * test/data/doc-free-data.test.ts checks that every module reading a file builds the same values from
 * the file without them. */
"use strict";

const path = require("node:path");

/** The top-level keys that only document a data file (when they hold text). */
const DOC_ONLY_KEYS = ["title", "note", "about", "rule"];
/**
 * Text deeper in a file that only people and docs/ read: file (under src/data) → paths, `[]` for each
 * element of a list. The finance programmes' eligibility in words and the finance data's sources (their
 * loaders check them when there and keep nothing of them), and notes and sources no module reads (each
 * module builds the same values without them: test/data/doc-free-data.test.ts). docs/sources.md and
 * docs/finance.md are written from the files as they are.
 */
const DOC_ONLY_PATHS = {
  "finance/programmes.json": ["programmes[].eligibility", "programmes[].sources"],
  "finance/risk-schemes.json": ["schemes[].source", "schemes[].url"],
  "finance/ltv-profiles.json": ["profiles[].source"],
  "finance/lpr.json": ["tenors.1Y[].source", "tenors.5Y[].source"],
  "cn-annual-fees.json": ["bands[].note"],
  "cn-holidays.json": ["source", "statutoryLaw.note", "statutoryLaw.source"],
  "cn-late-fees.json": ["schedules[].note", "schedules[].source"],
  "cn-procedure.json": ["registration.source", "presumedReceipt[].source", "restoration.source"],
  "cn-reductions.json": ["windows[].source", "statutoryRates[].who", "statutoryRates[].source"],
  "offices/jp-fees.json": [
    "patent.examRequestBefore2004.note",
    "patent.tables[].fromNote",
    "utility.tables[].fromNote",
    "restoration.note",
  ],
  "offices/kr-fees.json": ["restoration.note", "patent[].fromNote", "surcharge.gradeAsWritten"],
};

/** `value` without the key at the end of `steps`, copied along the way (the file's own data left as it is). */
function withoutPath(value, steps) {
  if (Array.isArray(value)) return value.map((item) => withoutPath(item, steps));
  if (!value || typeof value !== "object" || !(steps[0] in value)) return value;
  const [step, ...rest] = steps;
  const copy = { ...value };
  if (rest.length === 0) delete copy[step];
  else copy[step] = withoutPath(copy[step], rest);
  return copy;
}

/** `data` (the file `file` under src/data, if given) without its documenting text; every other key as it was. */
function withoutDocs(data, file) {
  let kept = { ...data };
  for (const key of DOC_ONLY_KEYS) if (typeof kept[key] === "string") delete kept[key];
  const paths = file === undefined ? [] : (DOC_ONLY_PATHS[file.split(path.sep).join("/")] ?? []);
  // "a.b[].c": steps a, b (a list: each element), c.
  for (const at of paths) kept = withoutPath(kept, at.replace(/\[\]/g, "").split("."));
  return kept;
}

const DATA = path.resolve(__dirname, "../src/data");

module.exports = function docFreeData(source) {
  return JSON.stringify(withoutDocs(JSON.parse(source), path.relative(DATA, this.resourcePath)));
};
module.exports.withoutDocs = withoutDocs;
module.exports.DOC_ONLY_KEYS = DOC_ONLY_KEYS;
module.exports.DOC_ONLY_PATHS = DOC_ONLY_PATHS;
