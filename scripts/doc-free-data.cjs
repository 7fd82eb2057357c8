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

/**
 * Text the pane shows and writes, but no calculation reads, kept apart from the figures in the bundles:
 * file (under src/data) → its list of rows and the text keys of a row. The subsidy programmes' names,
 * conditions and sources are about half of the programmes' bytes; IP.SUBSIDY computes with the figures
 * only, so the custom functions fetch only those (src/core/subsidy/built-in-figures.ts), and the pane's
 * run and programmes table add the texts (src/core/subsidy/built-in.ts). The loader's `part` option
 * picks which: "figures" (the rows without these keys) or "texts" (each row's id and these keys).
 */
const TEXTS_APART = {
  "subsidies.json": { list: "rules", id: "id", texts: ["programmeName", "conditions", "source"] },
};

/** `data`'s rows with only their figures ("figures") or only their id and texts ("texts"). */
function partOf(data, file, part) {
  const apart = TEXTS_APART[file];
  if (!apart || part === undefined) return data;
  if (part !== "figures" && part !== "texts")
    throw new Error(`part "${part}" is not figures or texts`);
  const rows = data[apart.list].map((row) =>
    Object.fromEntries(
      Object.entries(row).filter(([key]) =>
        part === "texts"
          ? key === apart.id || apart.texts.includes(key)
          : !apart.texts.includes(key)
      )
    )
  );
  return part === "texts" ? { [apart.list]: rows } : { ...data, [apart.list]: rows };
}

const DATA = path.resolve(__dirname, "../src/data");
const fileOf = (resourcePath) => path.relative(DATA, resourcePath).split(path.sep).join("/");

module.exports = function docFreeData(source) {
  const file = fileOf(this.resourcePath);
  const { part } = this.getOptions() ?? {};
  return JSON.stringify(partOf(withoutDocs(JSON.parse(source), file), file, part));
};
module.exports.withoutDocs = withoutDocs;
module.exports.DOC_ONLY_KEYS = DOC_ONLY_KEYS;
module.exports.DOC_ONLY_PATHS = DOC_ONLY_PATHS;
module.exports.partOf = partOf;
module.exports.TEXTS_APART = TEXTS_APART;
