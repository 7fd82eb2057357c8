#!/usr/bin/env node
// `npm run bench`: speed and size figures of the add-in, each against its target, as a table on stdout.
// A report, not a test: the exit code is 0 whether or not the targets are met (1 only if the bench itself
// cannot run). Every figure runs in its own Node process (fresh heap, its own JIT warm-up), one after the
// other, so they do not disturb each other on a 2-core machine.
//
//   npm run bench                  all figures (about 10 minutes on 2 quiet cores)
//   npm run bench -- --only 1,2,5  some figures
//   BENCH_VERBOSE=1 npm run bench  also print progress and the raw results
//
// The TypeScript sources are compiled first with `tsc -p tsconfig.bench.json` (CommonJS, .cache/bench).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { BUILD, ROOT } from "./lib/load.mjs";

const KB = 1024;
const MB = 1024 * 1024;
const EXCEL_MAX_ROWS = 1_048_576;
const only = (() => {
  const at = process.argv.indexOf("--only");
  return at > 0 ? new Set(process.argv[at + 1].split(",").map((s) => s.trim())) : undefined;
})();
const verbose = Boolean(process.env.BENCH_VERBOSE);
const wants = (figure) => !only || only.has(String(figure));
const started = process.hrtime.bigint();
const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;

// ---- formatting ------------------------------------------------------------------------------------
const int = (n) => Math.round(n).toLocaleString("en-US");
const fixed = (n, digits = 1) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const msText = (n) => (n >= 10_000 ? `${fixed(n / 1000, 1)} s` : `${int(n)} ms`);
const mbText = (bytes) => `${fixed(bytes / MB, 2)} MB`;

const lines = []; // { id, figure, value, target, met: true | false | undefined (info) }
const notes = [];
function line(id, figure, value, target = "", met = undefined) {
  lines.push({ id, figure, value, target, met });
}
function info(id, figure, value) {
  line(id, figure, value, "", undefined);
}

// ---- running a figure in a child process -----------------------------------------------------------
const scratch = mkdtempSync(path.join(tmpdir(), "ip-bench-"));
let runIndex = 0;

/** Runs bench/figures/<script> with `args`; returns its JSON result plus the peak heap seen by --trace-gc. */
function figure(script, args = [], { flags = [], timeoutSeconds = 400 } = {}) {
  runIndex += 1;
  const out = path.join(scratch, `${runIndex}.json`);
  const t = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--trace-gc",
      ...flags,
      path.join(ROOT, "bench/figures", script),
      ...args,
      "--out",
      out,
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 256 * MB,
      timeout: timeoutSeconds * 1000,
      env: { ...process.env },
    }
  );
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (verbose) process.stderr.write(`  ${script} ${args.join(" ")}: ${fixed(seconds, 1)} s\n`);
  if (child.status !== 0 || !existsSync(out)) {
    const why = child.error
      ? child.error.code === "ETIMEDOUT"
        ? `timed out after ${timeoutSeconds} s`
        : child.error.message
      : (child.stderr || "").trim().split("\n").slice(-3).join(" | ");
    return { failed: why || `exit code ${child.status}`, seconds };
  }
  // --trace-gc prints one line per collection: "… Mark-Compact 549.1 (579.0) -> 495.9 (561.3) MB, …".
  // The first number is the heap in use just before the collection: a local maximum of the heap.
  let peakGcMB = 0;
  let collections = 0;
  for (const match of (child.stdout || "").matchAll(
    /: [A-Za-z ()-]+? ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(/g
  )) {
    peakGcMB = Math.max(peakGcMB, Number(match[1]));
    collections += 1;
  }
  const result = JSON.parse(readFileSync(out, "utf8"));
  if (verbose) process.stderr.write(`${JSON.stringify(result)}\n`);
  return { ...result, peakGcMB, collections, seconds };
}

// ---- 0. compile ------------------------------------------------------------------------------------
function compile() {
  const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.bench.json")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const needed = [
    "src/core/projection/project.js",
    "src/core/report/build-report.js",
    "src/excel/office-workbook.js",
  ];
  const missing = needed.filter((file) => !existsSync(path.join(BUILD, file)));
  if (missing.length > 0) {
    process.stderr.write(
      `${result.stdout}${result.stderr}\nbench: compilation failed (${missing.join(", ")}).\n`
    );
    process.exit(1);
  }
  if (result.status !== 0) {
    const errors = (result.stdout || "").split("\n").filter((l) => l.includes("error TS"));
    notes.push(
      `tsc reported ${errors.length} type error(s) in src/ (JavaScript emitted anyway): ${errors[0] ?? ""}`
    );
  }
}

// ---- 1. core evaluations ---------------------------------------------------------------------------
function figure1() {
  const r = figure("core-eval.mjs", ["--seconds", "2"]);
  if (r.failed)
    return line("1", "Core: annuity evaluations / s", "failed", "≥ 10,000,000 /s", false);
  line(
    "1",
    "Core: annuity evaluations / s (dueDate + annualFee)",
    `${int(r.engine)} /s`,
    "≥ 10,000,000 /s",
    r.engine >= 10_000_000
  );
  info("1", "  reference: fee table + integer day arithmetic", `${int(r.reference)} /s`);
}

// ---- 2. projection ---------------------------------------------------------------------------------
function figure2() {
  for (const [rights, runs] of [
    [1000, 15],
    [10000, 7],
    [100000, 3],
  ]) {
    const r = figure("projection.mjs", ["--rights", rights, "--horizon", 20, "--runs", runs]);
    const label = `Projection ${int(rights)} rights × 20 y`;
    if (r.failed) {
      line(
        "2",
        label,
        `failed: ${r.failed}`,
        rights === 100000 ? "≤ 1 s" : "",
        rights === 100000 ? false : undefined
      );
      continue;
    }
    const peak = Math.max(r.peakGcMB, r.heapAfterMB);
    const rowsText = `${int(r.rows)} rows`;
    if (rights < 100000) {
      info("2", `${label}: time (median of ${runs})`, `${msText(r.projectMs)}  (${rowsText})`);
      info("2", `${label}: peak heap`, `${fixed(peak, 0)} MB`);
    } else {
      line(
        "2",
        `${label}: time (median of ${runs})`,
        `${msText(r.projectMs)}  (${rowsText})`,
        "≤ 1 s",
        r.projectMs <= 1000
      );
      line("2", `${label}: peak heap`, `${fixed(peak, 0)} MB`, "≤ 500 MB", peak <= 500);
      info(
        "2",
        "  of which input portfolio + code; result kept",
        `${fixed(r.baselineHeapMB, 0)} MB; ${fixed(r.retainedMB, 0)} MB (peak RSS ${fixed(r.peakRssMB, 0)} MB)`
      );
      info(
        "2",
        "  also timed: summarize; the Deadlines alone (a run makes them with the projection)",
        `${msText(r.summarizeMs)}, ${msText(r.deadlinesMs)}`
      );
    }
  }
}

// ---- 3. write plan for the 100,000-right projection ------------------------------------------------
const FIXED_SYNCS = 5;
function writePlan(id, args, flags) {
  return figure("write-plan.mjs", args, { flags });
}
function figure3() {
  const r = writePlan("3", ["--rights", 100000, "--horizon", 20], ["--max-old-space-size=6144"]);
  if (r.failed) {
    line("3", "Write plan, 100,000 rights: syncs", `failed: ${r.failed}`, "", false);
    line("3", "Write plan: largest request", "failed", "≤ 4 MB", false);
    return;
  }
  line(
    "3",
    `Write plan, 100,000 rights (${int(r.projectionRows)} rows): syncs`,
    `${int(r.syncCount)} = ${r.plannedRequests} value requests + ${r.syncCount - r.plannedRequests}`,
    `≤ value requests + ${FIXED_SYNCS}`,
    r.syncCount <= r.plannedRequests + FIXED_SYNCS
  );
  info(
    "3",
    "  value requests if each block had its own",
    `${r.plannedChunks} (small blocks share one: src/excel/write-plan.ts requestGroups)`
  );
  line(
    "3",
    "Write plan: largest request payload",
    `${int(r.largestPayload)} B (${mbText(r.largestPayload)})`,
    "≤ 4 MB each",
    r.largestPayload <= 4 * MB && r.failedSyncs === 0
  );
  info(
    "3",
    "  total payload; fewest 4 MB requests possible",
    `${mbText(r.totalPayload)}; ${Math.ceil(r.totalPayload / (4 * MB))}`
  );
  info(
    "3",
    "  time: project+summary+deadlines, report, write",
    `${msText(r.projectMs + r.summaryAndDeadlinesMs)}, ${msText(r.buildReportMs)}, ${msText(r.writeMs)} (in-memory Excel)`
  );
  // Round trips of a whole run (a first click, and a second replacing its outputs) at smaller sizes: each
  // request waits for Excel (often a hundred milliseconds or more on the web) whatever its size.
  const trips = figure("round-trips.mjs", ["--sizes", "50,1000,10000"]);
  if (trips.failed) return info("3", "Round trips of a whole run", `failed: ${trips.failed}`);
  const sum = (run) =>
    `${run.read + run.inspect + run.write} = ${run.read} + ${run.inspect} + ${run.write}`;
  for (const run of trips.runs)
    info(
      "3",
      `Round trips of a whole run, ${int(run.rights)} rights: read + own look + write`,
      `${sum(run)}; first click ${sum(run.first)}; the pane opening ${run.open}`
    );
}

// ---- 4. what a user feels: the add-in's whole run against a formula sheet's recalculation -----------------
// One process (bench/figures/hyperformula.mjs), 10,000 CN rights × 20 years: the add-in's whole run (read →
// plan, subsidies on → write onto the in-memory Excel), cold and warm, and the same fees as a formula sheet
// in HyperFormula (a spreadsheet engine in Node, a proxy for a spreadsheet, not Excel): its build and its
// recalculation after one fee edit. Target: that recalculation takes ≥ 20× the add-in's cold whole run.
function figure4() {
  const dates = process.argv.includes("--hf-dates-in-cells") ? "cells" : "inline";
  // About a minute on 2 quiet cores; the formula sheet's build takes 3-5× longer on a busy machine.
  const r = figure("hyperformula.mjs", ["--rights", 10000, "--dates", dates], {
    flags: ["--max-old-space-size=6144"],
    timeoutSeconds: 1200,
  });
  if (r.failed) {
    line(
      "4",
      "Formula sheet recalculation ÷ add-in cold run",
      `failed: ${r.failed}`,
      "≥ 20×",
      false
    );
    return;
  }
  const parts = (plan, write) => `(read + plan ${msText(plan)}, write ${msText(write)})`;
  info(
    "4",
    "10,000 rights × 20 y, add-in whole run: cold (first run)",
    `${msText(r.addinColdMs)} ${parts(r.run.coldPlanMs, r.run.coldWriteMs)}`
  );
  info(
    "4",
    `  add-in whole run: warm (median of ${r.addinWarmTimes.length})`,
    `${msText(r.addinWarmMs)} ${parts(r.run.warmPlanMs, r.run.warmWriteMs)}`
  );
  info("4", "  HyperFormula formula sheet: build (parse + evaluate)", msText(r.hfMs));
  info("4", "  HyperFormula: recalculation after one fee edit", msText(r.recalcMs));
  const ratio = r.recalcMs / r.addinColdMs;
  line("4", "  recalculation ÷ add-in cold whole run", `${fixed(ratio, 1)}×`, "≥ 20×", ratio >= 20);
  info(
    "4",
    "  also: recalculation ÷ warm run; build ÷ cold run",
    `${fixed(r.recalcMs / r.addinWarmMs, 1)}×; ${fixed(r.hfMs / r.addinColdMs, 1)}×`
  );
  const cents = (a, b) => Math.abs(a - b) < 0.005;
  const totalsEqual =
    cents(r.hfTotal, r.addinTotal) &&
    cents(r.writtenTotal, r.addinTotal) &&
    r.hfPayments === r.addinPayments;
  const cellsEqual = r.sampleMismatches.length === 0 && r.matchedRows === r.addinPayments;
  const editEqual = Math.abs(r.hfEditedTotal - r.expectedEditedTotal) < 0.01;
  line(
    "4",
    `Results: total CNY ${int(r.addinTotal)}, ${int(r.addinPayments)} payments`,
    `totals ${totalsEqual ? "equal" : `differ (${r.hfTotal}, ${r.writtenTotal}, ${r.hfPayments})`}; ${int(r.sampled)} rows ${cellsEqual ? "equal" : `${r.sampleMismatches.length} differ`}${r.leapDayRows ? "*" : ""}; after the edit ${editEqual ? "equal" : `differ (${r.hfEditedTotal} vs ${r.expectedEditedTotal})`}`,
    "equal",
    totalsEqual && cellsEqual && editEqual
  );
  if (!cellsEqual && r.sampleMismatches[0])
    notes.push(`Figure 4 first difference: ${JSON.stringify(r.sampleMismatches[0])}`);
  info(
    "4",
    `  sheet: ${int(r.scheduleRows)} rows, ${int(r.formulas)} formulas, dates ${dates}`,
    `run: ${r.run.sheets.length} sheets, ${int(r.run.offsets)} subsidy offsets`
  );
  if (r.leapDayRows > 0) {
    notes.push(
      `* Figure 4: ${r.leapDayRows} Schedule rows (filed on 29 February, due in a leap year) get 28 February from HyperFormula's EDATE, where Excel and the add-in give 29 February: a HyperFormula 3.5.0 defect (its month-end clamp ignores leap years). Counted as equal because no amount changes.`
    );
  }
}

// ---- 5. bundle sizes -------------------------------------------------------------------------------
// What the Office page downloads, gzipped, by scripts/bundle-budget.cjs (the figures and limits
// scripts/check-dist.mjs enforces): the custom functions runtime on open (runtime.js + shared.js +
// functions.js) and with every chunk it can fetch later; everything taskpane.html loads on open (its
// user's language), a chunk shared by its entries counted once, and with the run code it fetches on the
// first run. Each for the language whose files are largest. The preview page, a dev tool, is not measured.
function figure5() {
  const require = createRequire(import.meta.url);
  const { TARGETS, duplicateModules, measureBundles } = require("../scripts/bundle-budget.cjs");
  const dist = path.join(ROOT, "dist");
  let sizes;
  try {
    sizes = measureBundles(dist);
  } catch (error) {
    line("5", "Bundle: custom functions runtime (gzip)", "not built", "≤ 60 KB", false);
    line("5", "Bundle: taskpane.html on open (gzip)", "not built", "≤ 120 KB", false);
    notes.push(`Figure 5: ${error.message}`);
    return;
  }
  const kb = (bytes) => `${fixed(bytes / KB, 1)} KB`;
  const { functionsRuntime: fn, functionsWithOnDemand: fnAll, paneOnOpen: pane } = sizes;
  const { paneOnDemand: later, paneWithOnDemand: paneAll } = sizes;
  line(
    "5",
    `Bundle: custom functions runtime on open (${fn.files.length} files, gzip)`,
    kb(fn.bytes),
    `≤ ${TARGETS.functionsRuntime / KB} KB`,
    fn.bytes <= TARGETS.functionsRuntime
  );
  line(
    "5",
    `Bundle: functions runtime with on-demand chunks (${fnAll.language}, gzip)`,
    kb(fnAll.bytes),
    `≤ ${TARGETS.functionsRuntime / KB} KB`,
    fnAll.bytes <= TARGETS.functionsRuntime
  );
  line(
    "5",
    `Bundle: taskpane.html on open (${pane.files.length} files, ${pane.language}, gzip)`,
    kb(pane.bytes),
    `≤ ${TARGETS.paneOnOpen / KB} KB`,
    pane.bytes <= TARGETS.paneOnOpen
  );
  info(
    "5",
    "  functions on open; later",
    `${fn.files.join(", ")}; + ${fnAll.files.filter((f) => !fn.files.includes(f)).join(", ")}`
  );
  info(
    "5",
    "  taskpane.html on open in en; ja; zh",
    ["en", "ja", "zh"].map((l) => kb(sizes.paneOnOpenByLanguage[l].bytes)).join("; ")
  );
  info(
    "5",
    "  taskpane.html on open adds",
    pane.files.filter((f) => !fn.files.includes(f)).join(", ")
  );
  if (later.files.length)
    info(
      "5",
      `  fetched later (run code, function families): ${later.files.join(", ")}; page with them (${paneAll.language})`,
      `${kb(later.bytes)}; ${kb(paneAll.bytes)}`
    );
  const twice = duplicateModules(dist, paneAll.files);
  info("5", "  modules the pane page loads twice", twice.length ? `${twice.length}` : "none");
  // Is dist/ older than the sources? (webpack leaves unchanged files alone, so take the newest file.)
  const newestIn = (dir, pattern) => {
    let best = { time: 0, file: "" };
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const inner = newestIn(full, pattern);
        if (inner.time > best.time) best = inner;
      } else if (pattern.test(entry.name)) {
        const time = statSync(full).mtimeMs;
        if (time > best.time) best = { time, file: full };
      }
    }
    return best;
  };
  const built = newestIn(dist, /./);
  const source = newestIn(path.join(ROOT, "src"), /\.(ts|json|css|html)$/);
  if (source.time > built.time) {
    notes.push(
      `Figure 5 measured dist/ as last written ${new Date(built.time).toISOString().slice(0, 16)}Z; src/ changed after that (${path.relative(ROOT, source.file)}): rebuild (npx webpack --mode production) for current sizes.`
    );
  }
}

// ---- 6. worksheet limit: continuation sheets ----------------------------------------------------------
function figure6() {
  const r = writePlan(
    "6",
    ["--rights", 150000, "--horizon", 10, "--profile", "long-lived"],
    ["--max-old-space-size=12288"]
  );
  if (r.failed) {
    line(
      "6",
      "150,000 rights × 10 y into sheets",
      `failed: ${r.failed}`,
      `every sheet ≤ ${int(EXCEL_MAX_ROWS)} rows`,
      false
    );
    return;
  }
  const perSheet = r.projectionSheets.map((s) => int(s.rows)).join(" + ");
  line(
    "6",
    `150,000 rights × 10 y: ${int(r.projectionRows)} rows on ${r.projectionSheets.length} projection sheets`,
    `${perSheet} rows`,
    `every sheet ≤ ${int(EXCEL_MAX_ROWS)} rows`,
    r.maxSheetRows <= EXCEL_MAX_ROWS
  );
  info(
    "6",
    "  syncs; largest request payload",
    `${int(r.syncCount)} (${r.plannedChunks} chunks); ${int(r.largestPayload)} B (${mbText(r.largestPayload)})`
  );
  info(
    "6",
    "  time: projection, whole run (project → written)",
    `${msText(r.projectMs)}, ${msText(r.pipelineMs)} (write ${msText(r.writeMs)}, in-memory Excel)`
  );
}

// ---- 7. every office -------------------------------------------------------------------------------
function figure7() {
  const r = figure("office-projection.mjs", ["--rights", 100000, "--horizon", 20, "--runs", 3]);
  const label = "Mixed offices, 100,000 rights × 20 y (read + project + convert)";
  if (r.failed) return line("7", label, `failed: ${r.failed}`, "", false);
  info("7", label, `${msText(r.runMs)}  (${int(r.cnRows + r.officeRows)} rows)`);
  info(
    "7",
    `  ${int(r.cnRights)} CN + ${int(r.officeRights)} other-office rights`,
    `${int(r.officeRows)} office rows, peak heap ${fixed(r.peakGcMB, 0)} MB`
  );
}

// ---- 8. bytes sent to Excel per written cell of the projection -------------------------------------
function figure8() {
  const r = figure("bytes-per-cell.mjs", ["--rights", 100000, "--horizon", 20], {
    flags: ["--max-old-space-size=6144"],
  });
  const label = "Bytes per written cell, projection, 100,000 CN rights × 20 y";
  if (r.failed) return line("8", label, `failed: ${r.failed}`, "≤ 40 B", false);
  line("8", label, `${fixed(r.bytesPerCell, 1)} B`, "≤ 40 B", r.bytesPerCell <= 40);
  info(
    "8",
    `  ${int(r.cells)} cells (${int(r.projectionRows)} rows × ${r.columns} + header)`,
    `${mbText(r.requestBytes)} in ${r.syncCount} requests, largest ${mbText(r.largestRequest)}`
  );
  info(
    "8",
    "  writer: plan (values made safe, formats), write",
    `${msText(r.planMs)}, ${msText(r.writeMs)} (in-memory Excel)`
  );
}

// ---- 9. the pane during a long run (browser preview, headless Chromium) ----------------------------
// Issue 14, target 2: no task over 100 ms, the progress bar repainted ≥ 5 times a second, Cancel effective
// within 200 ms leaving the previous outputs intact. Needs dist/ (npx webpack --mode production).
function figure9() {
  const r = figure("pane-responsiveness.mjs", ["--rights", 100000], { timeoutSeconds: 1800 });
  const label = "Pane, 100,000 rights in the preview";
  if (r.failed) {
    line("9", `${label}: longest task`, `failed: ${r.failed}`, "≤ 100 ms", false);
    return;
  }
  const { full, planning, writing } = r;
  line(
    "9",
    `${label}: longest task (${full.longTasks} over 50 ms)`,
    // The long-task observer reports only tasks over 50 ms: with none, the longest is under 50 ms.
    full.longTasks === 0 ? "none over 50 ms" : msText(full.maxTaskMs),
    "≤ 100 ms",
    full.maxTaskMs <= 100
  );
  const rate = full.changes / full.seconds;
  line(
    "9",
    "  progress bar repaints with a new value",
    `${fixed(rate, 1)} /s (${full.changes} in ${fixed(full.seconds, 1)} s)`,
    "≥ 5 /s",
    rate >= 5
  );
  for (const [name, c] of [
    ["300 ms into the run", planning],
    ["during the write", writing],
  ]) {
    const ms = c.cancelMs;
    line(
      "9",
      `  Cancel ${name}: click → "Cancelled"`,
      ms === undefined ? `not cancelled (${c.status.slice(0, 30)})` : msText(ms),
      "≤ 200 ms",
      ms !== undefined && ms <= 200
    );
    line(
      "9",
      `  Cancel ${name}: previous outputs`,
      c.intact ? "intact" : "CHANGED",
      "intact",
      c.intact
    );
  }
  info("9", "  whole run in the browser (click → written)", `${fixed(full.wallSeconds, 1)} s`);
}

// ---- 10. the whole run a user waits for (issue 14, target 1) ----------------------------------------
// read → plan → inspect → write (bench/lib/whole-run.mjs), the real writer into a counting sink. Time: a
// median of runs that each replace the previous outputs. Heap: one run in a fresh process, the GC trace's
// peak minus the heap before the run (code, the portfolio's cells in the workbook double).
function wholeRun(args, flags) {
  const timed = figure("whole-run.mjs", args, { flags, timeoutSeconds: 900 });
  const memory = figure("whole-run.mjs", [...args, "--memory"], { flags, timeoutSeconds: 900 });
  const heap = memory.failed
    ? undefined
    : Math.max(memory.peakGcMB, memory.heapAtEndMB) - memory.baselineHeapMB;
  // The GC trace's peak counts garbage V8 has not collected yet (it varies with when it collects); the
  // live heap at its largest (a full collection at every pause and after every request) does not.
  const live = figure("whole-run.mjs", [...args, "--memory", "--live"], {
    flags,
    timeoutSeconds: 900,
  });
  return { timed, memory, heap, live };
}
// BENCH_WHOLE_RUN_RIGHTS / BENCH_MILLION_RIGHTS: smaller portfolios, to try the figures quickly.
const wholeRunRights = Number(process.env.BENCH_WHOLE_RUN_RIGHTS ?? 100000);
const millionRights = Number(process.env.BENCH_MILLION_RIGHTS ?? 1000000);
function figure10() {
  const cases = [
    [`${int(wholeRunRights)} CN rights × 20 y`, [], true],
    [`${int(wholeRunRights)} rights × 20 y, 30% JP/US/EP`, ["--office-share", 0.3], false],
  ];
  for (const [label, extra, target] of cases) {
    const { timed, memory, heap, live } = wholeRun(
      ["--rights", wholeRunRights, "--horizon", 20, "--runs", 3, ...extra],
      ["--max-old-space-size=4096"]
    );
    const report = target ? line : (id, figureText, value) => info(id, figureText, value);
    if (timed.failed)
      report("10", `Whole run, ${label}`, `failed: ${timed.failed}`, "≤ 1.5 s", false);
    else
      report(
        "10",
        `Whole run (read → plan → write), ${label}: median of ${timed.times.length}`,
        `${msText(timed.runMs)}  (${int(timed.projectionRows + timed.officeRows)} rows)`,
        "≤ 1.5 s",
        timed.runMs <= 1500
      );
    if (heap === undefined)
      report("10", "  peak heap of the run", `failed: ${memory.failed}`, "≤ 350 MB", false);
    else
      report(
        "10",
        "  peak heap of the run (add-in's own; Excel's cells discarded)",
        `${fixed(heap, 0)} MB`,
        "≤ 350 MB",
        heap <= 350
      );
    if (!live.failed)
      info(
        "10",
        "  live heap at its largest (after full collections)",
        `${fixed(live.liveHeapMB, 0)} MB`
      );
    if (!timed.failed)
      info(
        "10",
        "  plan, inspect, write; yields; longest stretch",
        `${msText(timed.planMs)}, ${msText(timed.inspectMs)}, ${msText(timed.writeMs)}; ${timed.steps}; ${msText(timed.longestStepMs)}`
      );
    // The floor on this machine: Office.js's own JSON work on the add-in's thread for the same run.
    if (!timed.failed && timed.floorMs !== undefined)
      info(
        "10",
        "  floor: Office.js's JSON of the same requests and read (stringify + parse)",
        `${msText(timed.floorMs)} (${msText(timed.stringifyMs)} + ${msText(timed.parseMs)}, ${fixed(timed.requestChars / 1e6, 0)} M chars); ${msText(Math.max(0, 1500 - timed.floorMs))} of 1.5 s left for the add-in`
      );
  }
}

// ---- 11. a million rights (issue 14, target 3) ------------------------------------------------------------
// The GC trace's peak depends on the heap limit: with room to spare V8 grows the heap before it collects
// (with a 6 GB limit the same run peaked 1.5 to 2.5 GB above its baseline, the garbage not yet collected
// varying with when V8 collects). What a user's machine must hold is whether the run fits: the target is
// checked by running it with a heap limit of its baseline (code and the portfolio's cells in the in-memory
// workbook, measured first in a process of its own) + 1.5 GB. A run that needed more would fail with
// "heap out of memory"; the peak it reached under that limit is printed, and the uncapped run beside it.
const TARGET_HEAP_MB = 1536;
function figure11() {
  const label = `${int(millionRights)} rights × 10 y, whole run`;
  const args = ["--rights", millionRights, "--horizon", 10];
  const base = figure("whole-run.mjs", [...args, "--baseline-only"], {
    flags: ["--max-old-space-size=6144"],
    timeoutSeconds: 600,
  });
  if (base.failed) return line("11", label, `failed: ${base.failed}`, "completes, ≤ 1.5 GB", false);
  const limitMB = Math.ceil(base.baselineHeapMB + TARGET_HEAP_MB);
  const r = figure("whole-run.mjs", [...args, "--memory"], {
    flags: [`--max-old-space-size=${limitMB}`],
    timeoutSeconds: 1500,
  });
  if (r.failed)
    return line(
      "11",
      `${label}, heap limited to ${int(limitMB)} MB (baseline ${int(base.baselineHeapMB)} MB + 1.5 GB)`,
      `failed: ${r.failed}`,
      "completes, ≤ 1.5 GB",
      false
    );
  const heap = Math.max(r.peakGcMB, r.heapAtEndMB) - r.baselineHeapMB;
  line(
    "11",
    `${label}: ${int(r.projectionRows)} rows on ${r.projectionSheets ?? "?"} projection sheets, heap limited to baseline ${int(r.baselineHeapMB)} MB + 1.5 GB`,
    `completes: ${msText(r.runMs)}, peak heap ${fixed(heap, 0)} MB above baseline`,
    "completes, ≤ 1.5 GB",
    heap <= TARGET_HEAP_MB
  );
  const free = figure("whole-run.mjs", [...args, "--memory"], {
    flags: ["--max-old-space-size=6144"],
    timeoutSeconds: 1500,
  });
  if (!free.failed)
    info(
      "11",
      "  the same run with a 6 GB heap limit (V8 collects later)",
      `${msText(free.runMs)}, peak heap ${fixed(Math.max(free.peakGcMB, free.heapAtEndMB) - free.baselineHeapMB, 0)} MB above baseline`
    );
}

// ---- main ------------------------------------------------------------------------------------------
compile();
const figures = [
  [1, figure1],
  [2, figure2],
  [3, figure3],
  [4, figure4],
  [5, figure5],
  [6, figure6],
  [7, figure7],
  [8, figure8],
  [9, figure9],
  [10, figure10],
  [11, figure11],
];
for (const [n, run] of figures) if (wants(n)) run();
rmSync(scratch, { recursive: true, force: true });

const widths = [3, 64, 40, 32];
const pad = (text, width) => (text.length > width ? text : text + " ".repeat(width - text.length));
const row = (cells) =>
  cells
    .map((c, i) => pad(String(c), widths[i] ?? 0))
    .join(" ")
    .trimEnd();
const rule = "-".repeat(widths.reduce((a, b) => a + b + 1, 0) + 6);
console.log(
  `IP Cost Planner benchmark — Node ${process.version}, ${process.arch}, ${(await import("node:os")).cpus().length} cores`
);
console.log(rule);
console.log(row(["#", "Figure", "Measured", "Target", "Met"]));
console.log(rule);
for (const l of lines) {
  const met = l.met === undefined ? "" : l.met ? "met" : "NOT MET";
  console.log(row([l.id, l.figure, l.value, l.target, met]));
}
console.log(rule);
for (const note of notes) console.log(`Note: ${note}`);
const targets = lines.filter((l) => l.met !== undefined);
const unmet = targets.filter((l) => !l.met);
if (unmet.length)
  console.log(`Unmet: ${unmet.map((l) => `${l.id} ${l.figure.trim()}`).join("; ")}`);
console.log(`Bench time ${fixed(elapsed(), 0)} s.`);
console.log(`${targets.length - unmet.length} of ${targets.length} targets met`);
