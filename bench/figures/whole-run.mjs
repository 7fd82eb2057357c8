// Figures 10 and 11: the whole run a user waits for (bench/lib/whole-run.mjs): read → plan → inspect → write,
// subsidies on, two-phase replace and edit detection included, into a counting write sink.
//   --rights N --horizon Y --runs R   median of R timed runs after one warm-up run (which writes the
//                                     first outputs; every timed run replaces them)
//   --office-share S                  share of rights at JP/US/EP (mixed-office portfolio)
//   --memory                          one run only, for the heap: bench/run.mjs takes the peak from the GC
//                                     trace and subtracts `baselineHeapMB` (code, portfolio grid, workbook)
//   --live                            with --memory: also a full collection at each stage, every 25th pause
//                                     of the plan and after every write request, for the live heap at its largest
//                                     (`liveHeapMB`, above the baseline): what the run needs, whenever V8
//                                     collects (the GC trace's peak also counts garbage not yet collected)
//   --snapshots DIR                   with --memory: a heap snapshot at each new stage of the plan and at the
//                                     first write request (read them with bench/lib/heap-snapshot.mjs)
//   --baseline-only                   no run: the heap once the workbook holds the portfolio (code, the
//                                     portfolio's cells), so bench/run.mjs can set a heap limit of that
//                                     baseline + the target for the run itself
// A timed run also times the floor no add-in can go under on this machine: Office.js serialises each
// request with JSON.stringify and parses each response with JSON.parse, on the add-in's own thread. So
// one more run keeps every payload it wrote (the double's payload log), and the native JSON.stringify of
// all of them and JSON.parse of the portfolio's values as a response are timed (`floorMs`, medians of 3).
import {
  option,
  collect,
  heapUsedMB,
  median,
  ms,
  now,
  peakRssMB,
  report,
} from "../lib/measure.mjs";
import { syntheticPortfolio } from "../lib/portfolio.mjs";
import path from "node:path";
import v8 from "node:v8";
import { wholeRunGrid, wholeRunWorkbook } from "../lib/whole-run.mjs";

const count = Number(option("rights", 100000));
const horizon = Number(option("horizon", 20));
const runs = Number(option("runs", 3));
const officeShare = Number(option("office-share", 0));
const profile = option("profile", "mixed");
const memory = process.argv.includes("--memory");
const live = process.argv.includes("--live");
const snapshots = option("snapshots", undefined);
const baselineOnly = process.argv.includes("--baseline-only");

const values = wholeRunGrid(syntheticPortfolio(count, { profile }), { otherOffices: officeShare });
const workbook = wholeRunWorkbook(values, horizon);
// The portfolio as Excel's response to loading its values (timed mode only: the heap figures need none).
const readResponse = memory || baselineOnly ? undefined : JSON.stringify(values);
values.length = 0;

const result = { rights: count, horizon, officeShare, profile };
if (baselineOnly) {
  collect();
  result.baselineHeapMB = heapUsedMB();
  workbook.restore();
  report(result);
  process.exit(0);
}
if (memory) {
  collect();
  result.baselineHeapMB = heapUsedMB();
  let liveMax = 0;
  let lastStage;
  let pauses = 0;
  // A full collection costs a few hundred ms at this heap: taken at each new stage or sheet and every
  // 25th pause (a run pauses every 1,000 rights, thousands of times), and after every write request.
  const measure = (step) => {
    pauses += 1;
    const stage = step ? `${step.stage} ${step.sheet ?? ""}` : "write";
    if (step && stage === lastStage && pauses % 25 !== 0) return;
    lastStage = stage;
    collect();
    liveMax = Math.max(liveMax, heapUsedMB() - result.baselineHeapMB);
  };
  const t = now();
  // A snapshot at each new stage (and sheet) and at the first write request: what each stage holds.
  let snapped = 0;
  let snappedStage;
  const snap = (step) => {
    const stage = step ? `${step.stage}${step.sheet ? `-${step.sheet}` : ""}` : "write";
    if (stage === snappedStage) return;
    snappedStage = stage;
    const name = `${String((snapped += 1)).padStart(2, "0")}-${stage.replace(/[^A-Za-z0-9]+/g, "_")}`;
    v8.writeHeapSnapshot(path.join(snapshots, `${name}.heapsnapshot`));
  };
  const hooks = live ? { onStep: measure, onWrite: () => measure(undefined) } : {};
  if (snapshots) Object.assign(hooks, { onStep: snap, onWrite: () => snap(undefined) });
  Object.assign(result, await workbook.run(hooks));
  result.runMs = ms(t);
  if (live) result.liveHeapMB = liveMax;
  result.heapAtEndMB = heapUsedMB();
} else {
  // The warm-up run writes the first outputs; each timed run replaces them.
  const warm = now();
  await workbook.run();
  result.firstRunMs = ms(warm);
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    collect();
    const t = now();
    Object.assign(result, await workbook.run());
    times.push(ms(t));
  }
  result.times = times;
  result.runMs = median(times);
  Object.assign(result, await ioFloor());
}
/** Office.js's own JSON work for one run: its requests serialised, the portfolio's values parsed. */
async function ioFloor() {
  const { metrics } = workbook.fake;
  metrics.payloadLog = [];
  await workbook.run();
  const payloads = metrics.payloadLog;
  metrics.payloadLog = undefined;
  let requestChars = 0;
  const stringify = [];
  const parse = [];
  for (let i = 0; i < 3; i += 1) {
    collect();
    let t = now();
    requestChars = 0;
    for (const payload of payloads) requestChars += JSON.stringify(payload).length;
    stringify.push(ms(t));
    collect();
    t = now();
    JSON.parse(readResponse);
    parse.push(ms(t));
  }
  const stringifyMs = median(stringify);
  const parseMs = median(parse);
  return { floorMs: stringifyMs + parseMs, stringifyMs, parseMs, requestChars };
}

const syncs = workbook.fake.metrics.syncs;
result.syncs = syncs.length;
result.largestPayload = Math.max(...syncs.map((s) => s.payloadBytes));
result.peakRssMB = peakRssMB();
workbook.restore();
report(result);
