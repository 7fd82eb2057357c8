// Builds the add-in for a public base URL into .cache/release and checks that nothing in it points to
// localhost: both manifests (manifest.xml, manifest.json and its localization files), the functions
// metadata (help links) and every page and bundle; then packages the unified manifest from that build
// (as `npm run package -- --base-url …` does) and reads the ZIP back. Source maps are left out: they
// quote the source files, comments included.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const config = require("../manifest.config.cjs");
const { writeAppPackage } = require("./app-package.cjs");
const { readZip } = require("./zip.cjs");

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
// The unified manifest and its app package point at the release too.
const unified = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8"));
const runtime = unified.extensions[0].runtimes[0];
if (runtime.code.page !== `${BASE}taskpane.html`)
  problems.push(`manifest.json runtime page is ${runtime.code.page}`);
if (runtime.customFunctions.metadataUrl !== `${BASE}functions.json`)
  problems.push(`manifest.json metadataUrl is ${runtime.customFunctions.metadataUrl}`);
if (unified.validDomains.join() !== new URL(BASE).host)
  problems.push(`manifest.json validDomains is ${unified.validDomains}`);
const PACKAGE = ".cache/release-package/ip-cost-planner.zip";
try {
  writeAppPackage(OUT, PACKAGE, config);
  const entries = readZip(readFileSync(PACKAGE));
  const names = entries.map((e) => e.name).join(", ");
  if (names !== "manifest.json, manifest-ja-jp.json, manifest-zh-cn.json, color.png, outline.png")
    problems.push(`app package holds ${names}`);
  for (const { name, data } of entries.filter((e) => e.name.endsWith(".json"))) {
    if (data.toString("utf8").includes("localhost"))
      problems.push(`app package ${name} mentions localhost`);
  }
  const ja = JSON.parse(
    entries.find((e) => e.name === "manifest-ja-jp.json").data.toString("utf8")
  );
  if (ja["extensions[0].runtimes[0].customFunctions.metadataUrl"] !== `${BASE}functions-ja.json`)
    problems.push("manifest-ja-jp.json does not point at the release functions-ja.json");
} catch (error) {
  problems.push(`app package: ${error.message}`);
}
if (problems.length) {
  console.error(problems.map((p) => `- ${p}`).join("\n"));
  process.exit(1);
}
console.log(
  `release build for ${BASE}: no localhost in ${files(OUT).length} files; app package ${PACKAGE}`
);
