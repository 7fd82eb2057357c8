// Regenerates src/data/offices/closures.json: the days JPO, USPTO and KIPO are closed, per calendar year,
// which move a deadline to the next open day. Run after a new year's holidays are published:
//   node scripts/gen-office-closures.mjs
// JP from @holiday-jp/holiday_jp (MIT), KR from @hyunbinseo/holidays-kr (MIT), both dev dependencies; US
// computed here from 5 U.S.C. 6103. The output is committed data: the product never loads the packages.
// EPO closing days are published each year in the Official Journal and are kept by hand in EPO_CLOSED below.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const FIRST_YEAR = 2020;
// The Cabinet Office publishes next year's list once the equinoxes are announced (February).
const JP_LAST_YEAR = 2027;
const US_LAST_YEAR = 2030;

const iso = (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const weekday = (y, m, d) => new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 Sunday
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const nthWeekday = (y, m, wd, n) => {
  const first = ((wd - weekday(y, m, 1) + 7) % 7) + 1;
  return first + (n - 1) * 7;
};
const lastWeekday = (y, m, wd) => {
  const last = daysIn(y, m);
  return last - ((weekday(y, m, last) - wd + 7) % 7);
};

// JP: 行政機関の休日に関する法律 Art. 1(1): national holidays (国民の祝日に関する法律) and 12-29 … 01-03.
const jpHolidays = require("@holiday-jp/holiday_jp/lib/holidays.js");
const jpVersion = require("@holiday-jp/holiday_jp/package.json").version;
const jpYears = [];
for (let year = FIRST_YEAR; year <= JP_LAST_YEAR; year += 1) {
  const days = new Set(
    Object.keys(jpHolidays)
      .filter((date) => date.startsWith(`${year}-`))
      .map((date) => date.slice(5))
  );
  for (const md of ["01-01", "01-02", "01-03", "12-29", "12-30", "12-31"]) days.add(md);
  jpYears.push({ year, closed: [...days].sort() });
}

// US: 5 U.S.C. 6103(a) holidays; a Saturday holiday is observed the Friday before, a Sunday one the Monday
// after (Executive Order 11582; OPM). Inauguration Day (every fourth 20 January from 1965) is a holiday in
// the District of Columbia (6103(c)), where 35 U.S.C. 21(b) looks.
const usYears = [];
for (let year = FIRST_YEAR; year <= US_LAST_YEAR; year += 1) {
  const fixed = [
    [1, 1],
    [7, 4],
    [11, 11],
    [12, 25],
  ];
  if (year >= 2021) fixed.push([6, 19]); // Juneteenth, from 2021-06-17 (Pub. L. 117-17)
  const days = new Set();
  const observe = (m, d) => {
    const wd = weekday(year, m, d);
    const date = new Date(Date.UTC(year, m - 1, d + (wd === 6 ? -1 : wd === 0 ? 1 : 0)));
    // 2022-01-01 (Saturday) is observed on 2021-12-31: that day belongs to the previous year's list.
    if (date.getUTCFullYear() === year) days.add(date.toISOString().slice(5, 10));
  };
  for (const [m, d] of fixed) observe(m, d);
  // A 1 January of next year falling on a Saturday is observed on this year's 31 December.
  if (weekday(year + 1, 1, 1) === 6) days.add("12-31");
  if ((year - 1965) % 4 === 0) observe(1, 20);
  days.add(iso(year, 1, nthWeekday(year, 1, 1, 3)).slice(5)); // Martin Luther King Jr.
  days.add(iso(year, 2, nthWeekday(year, 2, 1, 3)).slice(5)); // Washington's Birthday
  days.add(iso(year, 5, lastWeekday(year, 5, 1)).slice(5)); // Memorial Day
  days.add(iso(year, 9, nthWeekday(year, 9, 1, 1)).slice(5)); // Labor Day
  days.add(iso(year, 10, nthWeekday(year, 10, 1, 2)).slice(5)); // Columbus Day
  days.add(iso(year, 11, nthWeekday(year, 11, 4, 4)).slice(5)); // Thanksgiving
  usYears.push({ year, closed: [...days].sort() });
}

// KR: 관공서의 공휴일에 관한 규정 (public holidays, substitute holidays, election days) as published in the
// KASA 월력요항, plus 근로자의 날 (1 May), which 특허법 Art. 14(4) adds to the public holidays.
const krAll = await import("@hyunbinseo/holidays-kr/all");
const krVersion = require("@hyunbinseo/holidays-kr/package.json").version;
const krYears = [];
for (const [name, preset] of Object.entries(krAll).sort()) {
  const year = Number(name.slice(1));
  if (year < FIRST_YEAR) continue;
  const days = new Set(Object.keys(preset).map((date) => date.slice(5)));
  days.add("05-01");
  krYears.push({ year, closed: [...days].sort() });
}

// EPO: no full year of closing days is in our data; the year-end closures the EPO announced are.
const EPO_CLOSED = [
  {
    from: "2024-12-24",
    to: "2025-01-01",
    source: {
      title: "EPO, EPO offices closed from 24 December 2024 to 1 January 2025",
      url: "https://www.epo.org/en/service-support/website-updates/epo-offices-closed-24-december-2024-1-january-2025",
    },
  },
  {
    from: "2025-12-24",
    to: "2026-01-01",
    source: {
      title: "EPO, EPO offices closed from 24 December 2025 to 1 January 2026",
      url: "https://www.epo.org/en/service-support/website-updates/epo-offices-closed-24-december-2025-1-january-2026",
    },
  },
];

const out = {
  title: "Days the patent offices are closed (besides Saturdays and Sundays), per calendar year",
  note: "A deadline falling on a Saturday, a Sunday or a listed day is met by paying on the office's next open day. Each office lists the calendar years its data covers ('years'); a date in a year not listed is moved over weekends and the 'alsoClosed' days only, and every output that shows it says so. Generated by scripts/gen-office-closures.mjs.",
  offices: {
    JP: {
      rule: "特許法 Art. 3(2): a period whose last day is a day of 行政機関の休日に関する法律 Art. 1(1) (Sundays, Saturdays, national holidays, 29 December to 3 January) ends on the next day that is none of them.",
      confidence: "HIGH",
      source: [
        {
          title: "特許法 (Patent Act) Art. 3(2); 行政機関の休日に関する法律 Art. 1(1)",
          url: "https://elaws.e-gov.go.jp/document?lawid=334AC0000000121",
        },
        {
          title:
            "Cabinet Office, 国民の祝日について (national holidays, published to the next year)",
          url: "https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html",
          secondary: `@holiday-jp/holiday_jp ${jpVersion}`,
        },
      ],
      years: jpYears,
    },
    US: {
      rule: "35 U.S.C. 21(b): a day for taking an action or paying a fee that falls on a Saturday, Sunday or Federal holiday within the District of Columbia moves to the next succeeding business day. Closures ordered by the President for a single day (executive orders) are not in the data.",
      confidence: "HIGH",
      source: [
        {
          title: "35 U.S.C. 21(b); 5 U.S.C. 6103 (legal public holidays)",
          url: "https://www.law.cornell.edu/uscode/text/35/21",
        },
        {
          title: "OPM, Federal Holidays",
          url: "https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/",
        },
      ],
      years: usYears,
    },
    KR: {
      rule: "특허법 Art. 14(4): a period whose last day is a public holiday (including Workers' Day and Saturdays) ends on the next day.",
      confidence: "MED",
      source: [
        {
          title: "특허법 (Patent Act) Art. 14(4); 관공서의 공휴일에 관한 규정",
          url: "https://www.law.go.kr/법령/특허법",
        },
        {
          title: "KASA 월력요항 (official calendar of public holidays)",
          secondary: `@hyunbinseo/holidays-kr ${krVersion}`,
        },
      ],
      years: krYears,
    },
    EP: {
      rule: "Rule 134(1) EPC: a period expiring on a day on which at least one EPO filing office is not open for receipt of documents is extended to the first day thereafter on which all are open. The due date itself does not move and the six-month period with the additional fee counts from it (Guidelines A-X 5.2.4, J 4/91). Also Unitary Patent renewal fees.",
      confidence: "HIGH",
      source: [
        {
          title:
            "EPC Rule 134(1); EPO, Office holidays (closing days published each year in the Official Journal)",
          url: "https://www.epo.org/en/service-support/holidays",
        },
      ],
      years: [],
      alsoClosed: EPO_CLOSED,
    },
  },
};

const path = new URL("../src/data/offices/closures.json", import.meta.url);
const text =
  JSON.stringify(out, null, 1).replace(
    /\[\n\s+("[^\]]*?)\n\s+\]/g,
    (m, body) => `[${body.replace(/\n\s+/g, " ")}]`
  ) + "\n";
const previous = (() => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
})();
writeFileSync(path, text);
console.log(`closures.json${previous === text ? " unchanged" : " written"}`);
