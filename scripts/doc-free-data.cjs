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
 * Keys of a file's entries that only people and docs/ read (the loader checks them when there and keeps
 * nothing of them): file (under src/data) → { list key (a dotted path): [entry keys] }. The finance
 * programmes' eligibility in words, and the finance data's sources (docs/finance.md, docs/sources.md).
 */
const DOC_ONLY_ENTRY_KEYS = {
  "finance/programmes.json": { programmes: ["eligibility", "sources"] },
  "finance/risk-schemes.json": { schemes: ["source", "url"] },
  "finance/ltv-profiles.json": { profiles: ["source"] },
  "finance/lpr.json": { "tenors.1Y": ["source"], "tenors.5Y": ["source"] },
};

/** `data` (the file `file` under src/data, if given) without its documenting text; every other key as it was. */
function withoutDocs(data, file) {
  const kept = { ...data };
  for (const key of DOC_ONLY_KEYS) if (typeof kept[key] === "string") delete kept[key];
  const entryKeys =
    file === undefined ? undefined : DOC_ONLY_ENTRY_KEYS[file.split(path.sep).join("/")];
  for (const [list, keys] of Object.entries(entryKeys ?? {})) {
    // A copy of each object on the path down to the list, so that the file's own data is left as it is.
    const names = list.split(".");
    let parent = kept;
    for (const name of names.slice(0, -1)) {
      if (!parent[name] || typeof parent[name] !== "object") break;
      parent = parent[name] = { ...parent[name] };
    }
    const last = names[names.length - 1];
    if (Array.isArray(parent[last]))
      parent[last] = parent[last].map((entry) =>
        Object.fromEntries(Object.entries(entry).filter(([key]) => !keys.includes(key)))
      );
  }
  return kept;
}

const DATA = path.resolve(__dirname, "../src/data");

module.exports = function docFreeData(source) {
  return JSON.stringify(withoutDocs(JSON.parse(source), path.relative(DATA, this.resourcePath)));
};
module.exports.withoutDocs = withoutDocs;
module.exports.DOC_ONLY_KEYS = DOC_ONLY_KEYS;
module.exports.DOC_ONLY_ENTRY_KEYS = DOC_ONLY_ENTRY_KEYS;
