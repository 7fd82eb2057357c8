// Figure 7: a mixed-office portfolio (CN 40%, JP 15%, US 15%, EP 8%, UP 5%, DE 4%, FR 3%, KR 10% of the
// inventions; utility models and designs at CN, JP, KR, US designs) read by readPortfolio, then projected:
// CN rights by projectPortfolio, the others through their office's pack (projectOfficeRights), converted
// at a rates table into JPY. Median time of several runs after a warm-up, and the heap.
import { src } from "../lib/load.mjs";
import { benchSettings, portfolioGrid, seeded, syntheticPortfolio } from "../lib/portfolio.mjs";
import { collect, heapUsedMB, option, peakRssMB, report, timeMedian } from "../lib/measure.mjs";

const { projectPortfolioInSteps } = src("core/projection/project");
const { runSteps } = src("core/table/steps");
/** The projection as a run makes it: its payments as columns. */
const projectPortfolio = (rights, settings) => runSteps(projectPortfolioInSteps(rights, settings));
const { projectOfficeRights } = src("core/projection/office-schedule");
const { ratesOf } = src("core/projection/exchange-rates");
const { readPortfolio } = src("core/portfolio/read-portfolio");

const count = Number(option("rights", 100000));
const horizon = Number(option("horizon", 20));
const runs = Number(option("runs", 3));
const settings = benchSettings(horizon);

const INVENTION_OFFICES = [
  [0.4, "CN"],
  [0.55, "JP"],
  [0.7, "US"],
  [0.78, "EP"],
  [0.83, "UP"],
  [0.87, "DE"],
  [0.9, "FR"],
  [1, "KR"],
];
const OTHER_OFFICES = { utility: ["CN", "JP", "KR"], design: ["CN", "JP", "KR", "US"] };

function mixedGrid(n, seed) {
  const random = seeded(seed);
  const grid = portfolioGrid(syntheticPortfolio(n, { seed }));
  grid.values[0] = [...grid.values[0], "Claims"];
  for (let i = 1; i < grid.values.length; i += 1) {
    const row = grid.values[i];
    const kind = row[2];
    const r = random();
    const office =
      kind === "invention"
        ? INVENTION_OFFICES.find(([limit]) => r < limit)[1]
        : OTHER_OFFICES[kind][Math.floor(r * OTHER_OFFICES[kind].length)];
    row[9] = office;
    if (office !== "CN") row[6] = ""; // the CN reduction
    row.push(office === "JP" || office === "KR" ? 1 + Math.floor(random() * 20) : "");
  }
  return grid;
}

const rates = ratesOf("JPY", settings.currency.ratePerCny, {
  sheet: "Rates",
  top: 1,
  left: 0,
  values: [
    ["Currency", "Rate", "As of", "Source"],
    ["USD", 150.2, "", "bench"],
    ["EUR", 163.7, "", "bench"],
    ["KRW", 0.108, "", "bench"],
  ],
});

const run = (grid) => {
  const read = readPortfolio(grid);
  const cn = projectPortfolio(read.rights, settings);
  const offices = projectOfficeRights(read.officeRights, settings, rates);
  return { read, cn, offices };
};

run(mixedGrid(2000, 7)); // warm-up
const grid = mixedGrid(count, 20260101);
collect();
const baseline = heapUsedMB();
const timed = timeMedian(() => run(grid), { runs, warmups: 0, between: collect });
const { read, cn, offices } = timed.last;
const errors = read.issues.filter((issue) => issue.kind === "error").length;

report({
  rights: count,
  horizon,
  cnRights: read.rights.length,
  officeRights: read.officeRights.length,
  readErrors: errors,
  cnRows: cn.payments.length,
  officeRows: offices.rows.length,
  officeIssues: offices.issues.length,
  runMs: timed.median,
  runTimes: timed.times,
  retainedMB: heapUsedMB() - baseline,
  peakRssMB: peakRssMB(),
});
