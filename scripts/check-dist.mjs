// Checks the production build: functions.json lists every function of the contract and the files the
// functions entry loads (functions.js and the chunks it starts with) register each id, the page and icons
// are there, no bundle uses eval, and every page has a strict CSP and loads office.js from the documented
// CDN (the Office pages) or no external script at all (the others).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { checkPage } = require("./page-policy.cjs");
const { OFFICE_JS_URL } = require("./office-js.cjs");
const {
  LIMITS,
  budgetProblems,
  duplicateModules,
  languageOfFile,
  measureBundles,
  readEntrypoints,
} = require("./bundle-budget.cjs");

const EXPECTED = [
  "CN_ANNUITY",
  "CN_LATEFEE",
  "CN_LATEFEE_ON",
  "CN_DUEDATE",
  "CN_GRACE_END",
  "CN_ANNUITY_YEAR",
  "CN_TERM_END",
  "CN_SCHEDULE",
  "CN_COST_TO_EXPIRY",
  "CN_NEXT_PAYMENT",
  "SUBSIDY",
  "EP_RENEWAL",
  "EP_DUEDATE",
  "UP_RENEWAL",
  "RENEWAL",
  "JP_ANNUITY",
  "JP_DUEDATE",
  "US_MAINTENANCE",
  "US_DUEDATE",
  "KR_ANNUITY",
  "LPR",
  "LOAN_INTEREST",
  "LOAN_INTEREST_SUBSIDY",
  "FEE_SUBSIDY",
  "RISK_SHARE",
  "PLEDGE_CAPACITY",
  "VALUE_SCORE",
  "SCHEDULE",
  "LATEFEE",
];
const problems = [];
const need = (file) => existsSync(`dist/${file}`) || problems.push(`dist/${file} is missing`);
["functions.json", "functions.js", "taskpane.html", "manifest.xml"].forEach(need);
[16, 32, 64, 80, 128].forEach((size) => need(`assets/icon-${size}.png`));

if (existsSync("dist/functions.json")) {
  const ids = JSON.parse(readFileSync("dist/functions.json", "utf8")).functions.map((f) => f.id);
  for (const id of EXPECTED) if (!ids.includes(id)) problems.push(`functions.json lacks ${id}`);
}
if (existsSync("dist/functions.js")) {
  // The entry's own modules sit in shared.js with the rest of what the functions need (webpack.config.js).
  let files = ["functions.js"];
  try {
    files = readEntrypoints(path.resolve("dist")).functions.initial;
  } catch {
    // No entrypoints.json: the budget check below says so.
  }
  const code = files
    .filter((file) => existsSync(`dist/${file}`))
    .map((file) => readFileSync(`dist/${file}`, "utf8"))
    .join("\n");
  for (const id of EXPECTED)
    if (!new RegExp(`\\.associate\\(\\s*"${id}"`).test(code))
      problems.push(`${files.join(" + ")} does not associate ${id}`);
}
for (const file of readdirSync("dist").filter((f) => f.endsWith(".js"))) {
  if (/\beval\(|new Function\(/.test(readFileSync(`dist/${file}`, "utf8")))
    problems.push(`dist/${file} uses eval`);
}
// No source map is served to users: none in dist/, and no bundle points at one.
for (const file of readdirSync("dist", { recursive: true }).map(String)) {
  if (file.endsWith(".map")) problems.push(`dist/${file} is a source map`);
  else if (file.endsWith(".js") && /sourceMappingURL=/.test(readFileSync(`dist/${file}`, "utf8")))
    problems.push(`dist/${file} points at a source map`);
}
// Every add-in URL of both manifests (pages, scripts, metadata, icons, help; the unified manifest's
// localization files too) is a file of the build.
const MANIFESTS = ["manifest.xml", "manifest.json", "manifest-ja-jp.json", "manifest-zh-cn.json"];
MANIFESTS.forEach(need);
const manifestTexts = MANIFESTS.filter((m) => existsSync(`dist/${m}`)).map((m) => [
  m,
  readFileSync(`dist/${m}`, "utf8"),
]);
for (const [name, text] of manifestTexts) {
  for (const [, path] of text.matchAll(/"https:\/\/localhost:3000\/([^"#?]+)/g)) {
    if (!existsSync(`dist/${path}`))
      problems.push(`${name} points at ${path}, which the build does not produce`);
  }
}
// Every page: a strict Content-Security-Policy. The pages that run inside Office (the task pane, which is
// also the custom functions and commands runtime) load office.js from the documented CDN URL and allow
// that host and nothing else; the others (preview, help) load no external script and allow no host.
const OFFICE_PAGES = ["taskpane.html"];
const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(`${dir}/${entry.name}`)
      : entry.name.endsWith(".html")
        ? [`${dir}/${entry.name}`.slice("dist/".length)]
        : []
  );
const pages = existsSync("dist") ? htmlFiles("dist") : [];
for (const page of OFFICE_PAGES)
  if (!pages.includes(page)) problems.push(`dist/${page} is missing`);
for (const page of pages) {
  const html = readFileSync(`dist/${page}`, "utf8");
  problems.push(...checkPage(page, html, { loadsOfficeJs: OFFICE_PAGES.includes(page) }));
}
// A page a manifest opens in Office (not a help page) must be one of the office.js pages.
for (const [name, text] of manifestTexts) {
  for (const [, page] of text.matchAll(/"https:\/\/localhost:3000\/([^"#?]+\.html)/g)) {
    if (!page.startsWith("help/") && !OFFICE_PAGES.includes(page))
      problems.push(`${name} opens ${page}, which is not checked as an office.js page`);
  }
}
// What the Office page downloads stays within its limits (scripts/bundle-budget.cjs), so that no change
// grows it unnoticed; the page lists every file its entries load; and it loads each module once (no source
// file in two of its files, by their source maps in dist-maps/).
const budget = (() => {
  try {
    return measureBundles(path.resolve("dist"));
  } catch (error) {
    problems.push(error.message);
    return undefined;
  }
})();
if (budget) {
  problems.push(...budgetProblems(budget));
  const pageScripts = [
    ...readFileSync("dist/taskpane.html", "utf8").matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g),
  ]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  // The pane's texts in its user's language are fetched by its code, not by a <script> of the page.
  const missing = budget.paneOnOpen.files.filter(
    (file) => !pageScripts.includes(file) && languageOfFile(file) === undefined
  );
  if (missing.length) problems.push(`taskpane.html does not load ${missing.join(", ")}`);
  try {
    const twice = duplicateModules(path.resolve("dist"), budget.paneWithOnDemand.files);
    for (const [source, files] of twice.slice(0, 5))
      problems.push(`taskpane.html loads ${source} ${files.length} times (${files.join(", ")})`);
  } catch (error) {
    problems.push(error.message);
  }
  // The custom functions fetch the subsidy programmes' figures, not their names, conditions and sources
  // (webpack.config.js): no file they load holds one of those texts.
  const { rules } = JSON.parse(readFileSync("src/data/subsidies.json", "utf8"));
  for (const file of budget.functionsWithOnDemand.files) {
    const text = readFileSync(path.join("dist", file), "utf8");
    const rule = rules.find((r) => text.includes(JSON.stringify(r.source).slice(1, 40)));
    if (rule)
      problems.push(`${file}, which the custom functions load, holds the source of ${rule.id}`);
  }
  const kb = (figure) => `${(figure.bytes / 1024).toFixed(1)} KB`;
  console.log(
    `gzipped: functions runtime on open ${kb(budget.functionsRuntime)} (limit ${LIMITS.functionsRuntime / 1024} KB), ` +
      `with on-demand chunks ${kb(budget.functionsWithOnDemand)} (${budget.functionsWithOnDemand.language}, limit ${LIMITS.functionsWithOnDemand / 1024} KB), ` +
      `taskpane.html on open ${kb(budget.paneOnOpen)} (${budget.paneOnOpen.language}, limit ${LIMITS.paneOnOpen / 1024} KB), ` +
      `on demand ${kb(budget.paneOnDemand)}`
  );
}
console.log(
  `pages checked: ${pages.length} (office.js from ${OFFICE_JS_URL} on ${OFFICE_PAGES.join(", ")})`
);
if (problems.length) {
  console.error(problems.map((p) => `- ${p}`).join("\n"));
  process.exit(1);
}
console.log(`dist/ provides all ${EXPECTED.length} functions`);
