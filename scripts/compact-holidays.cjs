/* A webpack loader for src/data/cn-holidays.json (after doc-free-data.cjs): the holiday lists as runs of
 * days and the yearly source as one template, decoded when the bundle loads by
 * src/core/offices/cn/holiday-codec.ts (about 0.3 KB gzipped less for the functions and the pane). The
 * build fails rather than ship a file the decoder would not give back as it is (a year with other keys,
 * a source that does not follow the template). test/data/compact-holidays.test.ts checks the round trip. */
"use strict";

const path = require("node:path");

const DECODER = path.resolve(__dirname, "../src/core/offices/cn/holiday-codec.ts");
const YEAR_KEYS = "year,source,holidays,makeUpWorkdays";

const two = (n) => String(n).padStart(2, "0");

/** The "mm-dd" days of `year` as runs: "0101+2" for 01-01 and the 2 days after it. */
function encodeDays(days, year) {
  const runs = [];
  let at = 0;
  while (at < days.length) {
    const [month, day] = days[at].split("-").map(Number);
    let more = 0;
    for (;;) {
      const next = new Date(Date.UTC(year, month - 1, day + more + 1));
      const text = `${two(next.getUTCMonth() + 1)}-${two(next.getUTCDate())}`;
      if (next.getUTCFullYear() !== year || days[at + more + 1] !== text) break;
      more += 1;
    }
    runs.push(`${two(month)}${two(day)}${more ? `+${more}` : ""}`);
    at += more + 1;
  }
  return runs.join(" ");
}

/** cn-holidays.json (without its documentation) in its bundled form. Throws when it would not decode as it is. */
function encodeHolidayFile(data) {
  const years = data.years;
  const template = years[0].source.split(String(years[0].year)).join("{year}");
  for (const entry of years) {
    if (Object.keys(entry).join() !== YEAR_KEYS)
      throw new Error(`cn-holidays.json ${entry.year}: expected the keys ${YEAR_KEYS}`);
    if (entry.source !== template.split("{year}").join(String(entry.year)))
      throw new Error(`cn-holidays.json ${entry.year}: the source does not follow "${template}"`);
    for (const day of [...entry.holidays, ...entry.makeUpWorkdays]) {
      const [month, date] = day.split("-").map(Number);
      const real = new Date(Date.UTC(entry.year, month - 1, date));
      if (day !== `${two(real.getUTCMonth() + 1)}-${two(real.getUTCDate())}`)
        throw new Error(`cn-holidays.json ${entry.year}: "${day}" is not a mm-dd day of the year`);
    }
  }
  return {
    ...data,
    years: {
      sourceTemplate: template,
      rows: years.map((entry) => [
        entry.year,
        encodeDays(entry.holidays, entry.year),
        encodeDays(entry.makeUpWorkdays, entry.year),
      ]),
    },
  };
}

module.exports = function compactHolidays(source) {
  const encoded = JSON.stringify(encodeHolidayFile(JSON.parse(source)));
  return (
    `import { decodeHolidayFile } from ${JSON.stringify(DECODER)};\n` +
    `export default decodeHolidayFile(JSON.parse(${JSON.stringify(encoded)}));\n`
  );
};
module.exports.encodeHolidayFile = encodeHolidayFile;
module.exports.encodeDays = encodeDays;
