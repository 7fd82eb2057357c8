/*
 * The Chinese holiday lists as the bundles ship them (scripts/compact-holidays.cjs writes them at build time;
 * tests and tsc read src/data/cn-holidays.json as it is): each year's days as runs, "0101+2 0501+6" for
 * 01-01 … 01-03 and 05-01 … 05-07, and the yearly notice's source as one template with {year}. Decoded
 * once when the bundle loads; test/data/compact-holidays.test.ts checks the decoded file is the file.
 */

/** One year's entry of cn-holidays.json. */
interface YearEntry {
  year: number;
  source: string;
  holidays: string[];
  makeUpWorkdays: string[];
}

/** The years as the bundles ship them: [year, holiday runs, make-up workday runs]. */
interface CompactYears {
  sourceTemplate: string;
  rows: [number, string, string][];
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * The "mm-dd" days of `runs` in `year`.
 * @example decodeDays("0101+2 1001", 2024) //=> ["01-01", "01-02", "01-03", "10-01"]
 */
export function decodeDays(runs: string, year: number): string[] {
  const days: string[] = [];
  for (const run of runs.split(" ")) {
    if (!run) continue;
    const [start, more = "0"] = run.split("+");
    const month = Number(start.slice(0, 2)) - 1;
    const day = Number(start.slice(2));
    for (let next = 0; next <= Number(more); next++) {
      const date = new Date(Date.UTC(year, month, day + next));
      days.push(`${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`);
    }
  }
  return days;
}

/**
 * cn-holidays.json from its bundled form: every key as it was, the years rebuilt in the file's order.
 * @example decodeHolidayFile({ years: { sourceTemplate: "Notice {year}", rows: [[2024, "0101", ""]] } }).years[0].source //=> "Notice 2024"
 */
export function decodeHolidayFile(data: Record<string, unknown>): Record<string, unknown> {
  const { sourceTemplate, rows } = data.years as CompactYears;
  const years: YearEntry[] = rows.map(([year, holidays, makeUpWorkdays]) => ({
    year,
    source: sourceTemplate.split("{year}").join(String(year)),
    holidays: decodeDays(holidays, year),
    makeUpWorkdays: decodeDays(makeUpWorkdays, year),
  }));
  return { ...data, years };
}
