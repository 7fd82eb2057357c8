// Figure 2: projectPortfolio over a synthetic portfolio (mixed kinds, dates, reductions, last year paid),
// 20-year horizon: median time of several runs after a warm-up, and the heap. bench/run.mjs starts this
// with --trace-gc and takes the peak heap from the GC trace (the heap before each collection is a local
// maximum) and from `heapAfter` below (the heap when the last run returned, before any collection).
// Also timed, for the lead: summarize(), which the pane runs on every projection too, and deadlines() alone
// (a run makes the Deadlines' rows from the projection's schedules instead: figure 10 times that).
import { src } from "../lib/load.mjs";
import { benchSettings, portfolioGrid, syntheticPortfolio } from "../lib/portfolio.mjs";
import { MB, collect, heapUsedMB, option, peakRssMB, report, timeMedian } from "../lib/measure.mjs";

const { projectPortfolioInSteps } = src("core/projection/project");
const { runSteps } = src("core/table/steps");
/** The projection as a run makes it: its payments as columns. */
const projectPortfolio = (rights, settings) => runSteps(projectPortfolioInSteps(rights, settings));
const { summarize } = src("core/projection/summary");
const { deadlines } = src("core/projection/deadlines");
const { readPortfolio } = src("core/portfolio/read-portfolio");

const count = Number(option("rights", 1000));
const horizon = Number(option("horizon", 20));
const runs = Number(option("runs", 5));
const settings = benchSettings(horizon);

// The synthetic rows must be ones the real reader accepts: check a sample through readPortfolio.
const sample = syntheticPortfolio(2000);
const read = readPortfolio(portfolioGrid(sample));
if (read.issues.length > 0 || read.rights.length !== sample.length) {
  throw new Error(`synthetic rights rejected by readPortfolio: ${JSON.stringify(read.issues[0])}`);
}

const rights = syntheticPortfolio(count);
// Warm-up on a separate small portfolio, so the timed runs start with optimized code.
const warm = syntheticPortfolio(2000, { seed: 7 });
for (let i = 0; i < 3; i += 1) summarize(projectPortfolio(warm, settings).payments, settings);
deadlines(warm, settings);
collect();
const baseline = heapUsedMB();

let heapAfter = 0;
const timed = timeMedian(
  () => {
    const result = projectPortfolio(rights, settings);
    heapAfter = Math.max(heapAfter, heapUsedMB());
    return result;
  },
  { runs, warmups: 0, between: collect }
);
const projection = timed.last;
collect();
const retained = heapUsedMB() - baseline;

const summaryTime = timeMedian(() => summarize(projection.payments, settings), {
  runs: Math.min(runs, 3),
  warmups: 0,
});
const deadlineTime = timeMedian(() => deadlines(rights, settings), {
  runs: Math.min(runs, 3),
  warmups: 0,
});

report({
  rights: count,
  horizon,
  rows: projection.payments.length,
  issues: projection.issues.length,
  projectMs: timed.median,
  projectTimes: timed.times,
  summarizeMs: summaryTime.median,
  deadlinesMs: deadlineTime.median,
  baselineHeapMB: baseline,
  heapAfterMB: heapAfter,
  retainedMB: retained,
  peakRssMB: peakRssMB(),
  heapLimitMB: (await import("node:v8")).getHeapStatistics().heap_size_limit / MB,
});
