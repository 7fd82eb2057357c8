// Builds the add-in for a public base URL into .cache/release and checks that nothing in it points to
// localhost: the manifest, the functions metadata (help links) and every page and bundle. Source maps
// are left out: they quote the source files, comments included.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const BASE = "https://ip-cost-planner.example.com/addin/";
const OUT = ".cache/release";
const build = spawnSync(
  "npx",
  ["webpack", "--mode", "production", "--env", `baseUrl=${BASE}`, "--env", `outDir=${OUT}`],
  { stdio: "inherit" }
);
if (build.status !== 0) process.exit(1);

const files = (dir) =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]
  );
const problems = [];
for (const file of files(OUT).filter((f) => !f.endsWith(".map") && !f.endsWith(".png"))) {
  const text = readFileSync(file, "utf8");
  if (/localhost/.test(text)) problems.push(`${file} mentions localhost`);
}
const manifest = readFileSync(join(OUT, "manifest.xml"), "utf8");
if (!manifest.includes(`${BASE}functions.json`))
  problems.push("manifest.xml does not point at the release functions.json");
const helpUrl = JSON.parse(readFileSync(join(OUT, "functions-ja.json"), "utf8")).functions[0]
  .helpUrl;
if (!helpUrl.startsWith(`${BASE}help/ja/`))
  problems.push(`functions-ja.json helpUrl is ${helpUrl}`);
if (problems.length) {
  console.error(problems.map((p) => `- ${p}`).join("\n"));
  process.exit(1);
}
console.log(`release build for ${BASE}: no localhost in ${files(OUT).length} files`);
