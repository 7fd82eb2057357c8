// Regenerates src/data/cn-holidays.json from the State Council holiday data compiled in the npm package
// chinese-days (MIT). Run after a new year's notice is published:  node scripts/gen-cn-holidays.mjs
// The output is committed data; the product never loads chinese-days at run time.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const data = require("chinese-days/dist/chinese-days.json");
const version = require("chinese-days/package.json").version;

const byYear = new Map();
const bucket = (year) => {
  if (!byYear.has(year)) byYear.set(year, { holidays: [], makeUpWorkdays: [] });
  return byYear.get(year);
};
for (const date of Object.keys(data.holidays))
  bucket(Number(date.slice(0, 4))).holidays.push(date.slice(5));
for (const date of Object.keys(data.workdays))
  bucket(Number(date.slice(0, 4))).makeUpWorkdays.push(date.slice(5));

const years = [...byYear.keys()]
  .sort((a, b) => a - b)
  .map((year) => {
    const entry = byYear.get(year);
    return {
      year,
      source: `国务院办公厅关于${year}年部分节假日安排的通知 (State Council General Office notice on the ${year} holidays); a New Year closure that starts in late December comes from the next year's notice. Compiled by chinese-days ${version}.`,
      holidays: entry.holidays.sort(),
      makeUpWorkdays: entry.makeUpWorkdays.sort(),
    };
  });

const path = new URL("../src/data/cn-holidays.json", import.meta.url);
const previous = (() => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
})();
// Only the years come from the package: the title, the rule, the grade and the statutory-holiday law
// (statutoryLaw) are written by hand and kept as they are in the committed file.
const kept = previous ? JSON.parse(previous) : {};
delete kept.years;
const out = {
  title: "Chinese official public holidays (closure days) per calendar year",
  source: "State Council General Office notices per year (see each year)",
  verified: true,
  confidence: "HIGH",
  ...kept,
  years,
};
const text =
  JSON.stringify(out, null, 1).replace(
    /\[\n\s+("[^\]]*?)\n\s+\]/g,
    (m, body) => `[${body.replace(/\n\s+/g, " ")}]`
  ) + "\n";
writeFileSync(path, text);
console.log(
  `${years.length} years (${years[0].year}-${years[years.length - 1].year})${previous === text ? ", unchanged" : ", written"}`
);
