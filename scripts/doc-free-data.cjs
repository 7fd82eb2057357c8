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
  "finance/programmes.json": [
    "programmes[].eligibility",
    "programmes[].sources",
    "programmes[].name",
    "programmes[].fees.source",
  ],
  "finance/risk-schemes.json": ["schemes[].source", "schemes[].url", "schemes[].name"],
  "finance/ltv-profiles.json": ["profiles[].source", "profiles[].name"],
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
  // The finance programmes' issuer and document, which only the Finance sheet shows
  // (src/core/finance/programme-texts.ts reads the texts; built-in.ts the figures).
  "finance/programmes.json": { list: "programmes", id: "id", texts: ["issuer", "document"] },
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

/**
 * The data files whose source records the bundles carry as a mark (SOURCE_CHECKED_AT_BUILD in
 * src/core/offices/data-checks.ts): the other offices' fees and the offices' closing days. Their loaders
 * check that every figure has a source and keep nothing of it; no cell or sheet shows them (the data files
 * and docs/sources.md cite them). 3 KB less, gzipped, for the custom functions.
 * The CN files keep theirs: the pane's fee table shows each band's source.
 */
const SOURCES_MARKED = /^offices\/[a-z]+(-fees)?\.json$/;
const SOURCE_CHECKED_AT_BUILD = 1;

/** A source record as the loaders accept it: an object with a title naming the public document. */
function isSourceRecord(value) {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof value.title === "string" &&
    value.title.trim() !== ""
  );
}

/**
 * `data` with each `source` record (or list of records) replaced by the mark, after checking it has a
 * title; a `source` that is not one is left for the loader to reject, with the file and key named.
 */
function sourcesMarked(data) {
  if (Array.isArray(data)) return data.map(sourcesMarked);
  if (!data || typeof data !== "object") return data;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      if (key !== "source") return [key, sourcesMarked(value)];
      if (isSourceRecord(value)) return [key, SOURCE_CHECKED_AT_BUILD];
      if (Array.isArray(value) && value.length > 0 && value.every(isSourceRecord))
        return [key, value.map(() => SOURCE_CHECKED_AT_BUILD)];
      return [key, value];
    })
  );
}

const DATA = path.resolve(__dirname, "../src/data");
const fileOf = (resourcePath) => path.relative(DATA, resourcePath).split(path.sep).join("/");

/** `data` (the file `file` under src/data) as the bundles carry it, `part` aside. */
function bundled(data, file) {
  const kept = withoutDocs(data, file);
  return SOURCES_MARKED.test(file) ? sourcesMarked(kept) : kept;
}

module.exports = function docFreeData(source) {
  const file = fileOf(this.resourcePath);
  const { part } = this.getOptions() ?? {};
  return JSON.stringify(partOf(bundled(JSON.parse(source), file), file, part));
};
module.exports.withoutDocs = withoutDocs;
module.exports.DOC_ONLY_KEYS = DOC_ONLY_KEYS;
module.exports.DOC_ONLY_PATHS = DOC_ONLY_PATHS;
module.exports.partOf = partOf;
module.exports.TEXTS_APART = TEXTS_APART;
module.exports.SOURCES_MARKED = SOURCES_MARKED;
module.exports.sourcesMarked = sourcesMarked;
module.exports.bundled = bundled;
