/* A webpack loader for src/data/*.json: drops the top-level text that documents a file (its title, note,
 * about and rule, read by people and docs/, never by the code), so the bundles carry only the data the
 * code reads. Every citation the code carries into its results (each value's source) stays.
 * test/data/doc-free-data.test.ts checks that every module reading a file builds the same values from
 * the file without them. */
"use strict";

/** The top-level keys that only document a data file (when they hold text). */
const DOC_ONLY_KEYS = ["title", "note", "about", "rule"];

/** `data` without its documenting top-level text; every other key as it was. */
function withoutDocs(data) {
  const kept = { ...data };
  for (const key of DOC_ONLY_KEYS) if (typeof kept[key] === "string") delete kept[key];
  return kept;
}

module.exports = function docFreeData(source) {
  return JSON.stringify(withoutDocs(JSON.parse(source)));
};
module.exports.withoutDocs = withoutDocs;
module.exports.DOC_ONLY_KEYS = DOC_ONLY_KEYS;
