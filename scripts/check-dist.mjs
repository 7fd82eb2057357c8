// Checks the production build: functions.json lists every function of the contract and functions.js
// registers each id, the page and icons are there, and no bundle uses eval or points to localhost when a
// production base URL was given.
import { existsSync, readFileSync, readdirSync } from "node:fs";

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
  "SUBSIDY",
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
  const code = readFileSync("dist/functions.js", "utf8");
  for (const id of EXPECTED)
    if (!code.includes(`"${id}"`)) problems.push(`functions.js does not associate ${id}`);
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
// Every add-in URL of the manifest (pages, scripts, metadata, icons, help) is a file of the build.
if (existsSync("dist/manifest.xml")) {
  const manifest = readFileSync("dist/manifest.xml", "utf8");
  for (const [, path] of manifest.matchAll(/"https:\/\/localhost:3000\/([^"#?]+)/g)) {
    if (!existsSync(`dist/${path}`))
      problems.push(`manifest.xml points at ${path}, which the build does not produce`);
  }
}
// The pages' Content-Security-Policy allows no inline script and no eval.
for (const page of ["taskpane.html", "preview.html"]) {
  if (!existsSync(`dist/${page}`)) continue;
  const html = readFileSync(`dist/${page}`, "utf8");
  const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? "";
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
  if (!scriptSrc || /unsafe-inline|unsafe-eval|\*/.test(scriptSrc))
    problems.push(`${page}: script-src "${scriptSrc}" is not strict`);
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) problems.push(`${page} has an inline script`);
  if (/\son[a-z]+="/i.test(html)) problems.push(`${page} has an inline event handler`);
}
if (problems.length) {
  console.error(problems.map((p) => `- ${p}`).join("\n"));
  process.exit(1);
}
console.log(`dist/ provides all ${EXPECTED.length} functions`);
