// Figure 5's attribution: which modules make up what the custom functions download. For each file the
// functions load (dist-maps/entrypoints.json: on open and on demand, in one language), each webpack module
// of the file (the entries of its module table, found with acorn) is gzipped alone (level 6), named by the
// build's stats. gzip is not additive: a module alone compresses worse than in its file, so the sum of
// the modules is larger than the files' (both are printed, and the files concatenated).
//
//   npx webpack --mode production --json=dist-maps/stats.json
//   node bench/figures/bundle-modules.mjs [--stats dist-maps/stats.json] [--language ja] [--top 25]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { option } from "../lib/measure.mjs";

const require = createRequire(import.meta.url);
// acorn is webpack's own parser: taken from where webpack finds it, not a dependency of ours.
const { parse } = createRequire(require.resolve("webpack"))("acorn");
const { languageOfFile } = require("../../scripts/bundle-budget.cjs");
const dist = path.resolve("dist");
const stats = JSON.parse(readFileSync(option("stats", "dist-maps/stats.json"), "utf8"));
const language = option("language", "ja");
const top = Number(option("top", 25));
const entry = JSON.parse(readFileSync("dist-maps/entrypoints.json", "utf8")).functions;
const files = [...entry.initial, ...entry.onDemand].filter((file) =>
  [undefined, language].includes(languageOfFile(file))
);
const names = new Map(stats.modules.map((module) => [String(module.id), module.name]));
const gz = (text) => gzipSync(text, { level: 6 }).length;

/** The module table of a chunk: the largest object literal whose keys are all numbers (module ids). */
function moduleTable(ast) {
  let best;
  const visit = (node) => {
    if (!node || typeof node.type !== "string") return;
    if (
      node.type === "ObjectExpression" &&
      node.properties.length > 0 &&
      node.properties.every((p) => p.key?.type === "Literal" && typeof p.key.value === "number") &&
      (!best || node.end - node.start > best.end - best.start)
    )
      best = node;
    for (const value of Object.values(node))
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value.type === "string") visit(value);
  };
  visit(ast);
  return best ? best.properties : [];
}

const rows = [];
let filesTotal = 0;
let all = "";
for (const file of files) {
  const code = readFileSync(path.join(dist, file), "utf8");
  all += code;
  filesTotal += gz(code);
  const modules = moduleTable(parse(code, { ecmaVersion: 2022 }));
  for (const property of modules) {
    const id = String(property.key.value);
    rows.push({ name: names.get(id) ?? id, file, text: code.slice(property.start, property.end) });
  }
  const first = modules[0]?.start ?? code.length;
  const last = modules[modules.length - 1]?.end ?? code.length;
  rows.push({
    name: "(webpack runtime, chunk wrapper)",
    file,
    text: code.slice(0, first) + code.slice(last),
  });
}
for (const row of rows) row.gz = gz(row.text);
rows.sort((a, b) => b.gz - a.gz);
const kb = (bytes) => (bytes / 1024).toFixed(2).padStart(6);
console.log(`files (${language}): ${files.join(", ")}`);
console.log(
  `gzipped: files one by one ${kb(filesTotal)} KB; concatenated ${kb(gz(all))} KB; ` +
    `modules one by one ${kb(rows.reduce((sum, row) => sum + row.gz, 0))} KB`
);
console.log("gzip KB  min KB  file                  module");
for (const row of rows.slice(0, top))
  console.log(`${kb(row.gz)}  ${kb(row.text.length)}  ${row.file.padEnd(20)}  ${row.name}`);
