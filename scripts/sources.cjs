/**
 * docs/sources.md, generated from the data: every `source` of every file under src/data, grouped by
 * file, so a reader can check each figure against the public document it names without anything outside
 * the repository. `node scripts/sources.cjs` rewrites the file; the test `test/data/sources.test.ts`
 * fails when the committed file is out of date.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DATA = path.join(ROOT, "src", "data");

function jsonFiles(folder) {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return jsonFiles(full);
      return entry.name.endsWith(".json") ? [full] : [];
    })
    .sort();
}

/**
 * When the source was read: its own `sourceReadOn` (an object source) or the one beside it (a source
 * written as text), with the reader's note; "not recorded" where nobody noted a reading.
 */
function readingText(readOn, note) {
  if (!readOn) return " (read on: not recorded)";
  return ` (read on ${readOn}${note ? `; ${note}` : ""})`;
}

/** A source as text: a string as it is; an object as its title, link, secondary source and reading. */
function sourceText(source, holder) {
  if (typeof source === "string")
    return `${source}${readingText(holder.sourceReadOn, holder.sourceNote)}`;
  if (source && typeof source === "object" && typeof source.title === "string") {
    const secondary = source.secondary ? `; via ${source.secondary}` : "";
    const reading = readingText(source.sourceReadOn, source.note);
    return `${source.title}${source.url ? ` <${source.url}>` : ""}${secondary}${reading}`;
  }
  return undefined;
}

/** Every distinct source of a data value, in the order they first appear. */
function sourcesOf(value, found = new Set()) {
  if (Array.isArray(value)) value.forEach((item) => sourcesOf(item, found));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const isSource = key === "source" || key === "sources";
      const text = isSource ? [item].flat().map((one) => sourceText(one, value)) : [];
      for (const one of text) if (one) found.add(one.replace(/\s+/g, " ").trim());
      if (key !== "source") sourcesOf(item, found);
    }
  }
  return found;
}

function render() {
  const lines = [
    "# Sources",
    "",
    "Every public document the built-in data cites, file by file (generated from `src/data` by",
    "`node scripts/sources.cjs`; do not edit by hand). A figure marked unverified in its file ships as data",
    'you can correct in a workbook table; the rules in words are in `docs/offices/`. "read on" is the day',
    'someone read the document and checked the figures it supports; "not recorded" means nobody noted a',
    "reading, and the figure rests on its confidence grade alone.",
    "",
  ];
  for (const file of jsonFiles(DATA)) {
    const data = JSON.parse(fs.readFileSync(file, "utf8"));
    const sources = [...sourcesOf(data)];
    if (sources.length === 0) continue;
    lines.push(`## \`${path.relative(ROOT, file).split(path.sep).join("/")}\``, "");
    if (typeof data.title === "string") lines.push(data.title, "");
    for (const source of sources) lines.push(`- ${source}`);
    lines.push("");
  }
  return lines.join("\n");
}

module.exports = { render, sourcesOf };

if (require.main === module) {
  fs.writeFileSync(path.join(ROOT, "docs", "sources.md"), render());
  console.log("wrote docs/sources.md");
}
