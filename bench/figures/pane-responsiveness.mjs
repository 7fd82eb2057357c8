/* global document, performance, PerformanceObserver, requestAnimationFrame, MutationObserver, HTMLProgressElement */
// Figure 8: the pane during a long run, in the browser preview (real pane, real OfficeWorkbook, in-memory
// Excel) in headless Chromium. A synthetic portfolio (bench/lib/portfolio.mjs) is put on a sheet, projected
// once to the end, then projected again and cancelled twice: 300 ms into the run (planning), and during the
// write. Measured in the page: the longest task (PerformanceObserver 'longtask'), how often the progress bar
// shows a new value (frames where its value changed, per second), and the time from the Cancel click (the
// event's timeStamp) to the pane saying "Cancelled"; then whether the first run's outputs are intact.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/load.mjs";
import { portfolioGrid, syntheticPortfolio } from "../lib/portfolio.mjs";
import { option, report } from "../lib/measure.mjs";
import { findChromium } from "../../test/e2e/find-chromium.mjs";
import { launchChromium, serveDist } from "../../test/e2e/harness.mjs";

const rights = Number(option("rights", 100000));
const dist = path.join(ROOT, "dist");
if (!existsSync(path.join(dist, "preview.html")))
  throw new Error("dist/preview.html is missing: build first (npx webpack --mode production).");
process.env.CHROMIUM_PATH = findChromium();

const values = portfolioGrid(syntheticPortfolio(rights)).values;
const server = await serveDist(dist);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const statusText = () => page.getByTestId("status").textContent();

/** Starts watching: long tasks, frames where the bar's value changed, and the time Cancel was clicked. */
const watch = () =>
  page.evaluate(() => {
    const w = { longTasks: [], frames: 0, changes: 0, started: performance.now(), sets: [] };
    globalThis.benchWatch = w;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.longTasks.push(entry.duration);
        w.longTaskSpans = w.longTaskSpans ?? [];
        w.longTaskSpans.push([entry.startTime, entry.duration]);
      }
    });
    observer.observe({ type: "longtask" });
    const bar = document.querySelector("[data-testid=progress]");
    // Every value the pane gives the bar, timed: it names the run's stage when a long task began.
    const own = Object.getOwnPropertyDescriptor(HTMLProgressElement.prototype, "value");
    if (!Object.prototype.hasOwnProperty.call(bar, "value"))
      Object.defineProperty(bar, "value", {
        configurable: true,
        get() {
          return own.get.call(this);
        },
        set(v) {
          globalThis.benchWatch?.sets.push([performance.now(), v]);
          own.set.call(this, v);
        },
      });
    let last = bar.value;
    const frame = () => {
      if (w.stopped) return;
      w.frames += 1;
      if (bar.value !== last) w.changes += 1;
      last = bar.value;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.addEventListener(
      "click",
      (event) => {
        if (event.target.closest?.("[data-testid=cancel]")) w.cancelClicked = event.timeStamp;
      },
      true
    );
    const status = document.querySelector("[data-testid=status]");
    new MutationObserver(() => {
      if (w.cancelledAt === undefined && /^Cancelled/.test(status.textContent))
        w.cancelledAt = performance.now();
      if (w.cancelledWall === undefined && /^Cancelled/.test(status.textContent))
        w.cancelledWall = performance.timeOrigin + performance.now();
    }).observe(status, { childList: true, characterData: true, subtree: true });
    w.stop = () => {
      w.stopped = true;
      observer.disconnect();
      w.ended = performance.now();
    };
  });
const stop = () =>
  page.evaluate(() => {
    const w = globalThis.benchWatch;
    w.stop();
    // Each long task with the bar's value when it began and the values set while it ran (the stage:
    // planning is 0 to 0.5 of the bar, writing 0.5 to 1).
    const spans = (w.longTaskSpans ?? []).map(([start, duration]) => {
      const before = w.sets.filter(([t]) => t <= start).pop();
      const during = w.sets
        .filter(([t]) => t > start && t <= start + duration)
        .map(([, v]) => +v.toFixed(3));
      return {
        ms: Math.round(duration),
        start: Math.round(start),
        at: before ? +before[1].toFixed(3) : 0,
        during: during.slice(0, 8),
      };
    });
    return {
      longTaskSpans: spans,
      maxTaskMs: Math.max(0, ...w.longTasks),
      longTasks: w.longTasks.length,
      seconds: (w.ended - w.started) / 1000,
      frames: w.frames,
      changes: w.changes,
      // From the click event's handling to the status (the wait before the event ran is not in it).
      handledMs:
        w.cancelClicked !== undefined && w.cancelledAt !== undefined
          ? w.cancelledAt - w.cancelClicked
          : undefined,
      cancelledWall: w.cancelledWall,
    };
  });

/** The workbook's sheets and what the outputs hold: to compare before and after a cancelled run. */
const snapshot = () =>
  page.evaluate(() => {
    const model = globalThis.ipCostPlannerPreview.model;
    const sheets = model.sheets.map((s) => s.name);
    const outputs = sheets.filter((name) => name.startsWith("IP ") && name !== "IP Loans");
    return {
      sheets,
      outputs: outputs.map((name) => {
        const used = model.usedRangeAddress(name);
        const first = model.getValues(name, "A1:K3");
        return { name, used, first: JSON.stringify(first) };
      }),
    };
  });

/** Clicks Cancel as a user would (a trusted click), without waiting for the page to answer; returns the
 * wall-clock time the click was sent (the page and this process share the machine's clock). */
let clickedWall;
/** Where Cancel is while a run goes on, taken in the first run: asking the page then would wait for it. */
let cancelBox;
async function clickCancel() {
  const box = cancelBox;
  clickedWall = Date.now();
  void page.mouse.click(box.x + box.width / 2, box.y + box.height / 2).catch(() => {});
}

const waitStatus = (pattern, timeout = 600_000) =>
  page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector("[data-testid=status]").textContent),
    pattern.source,
    { timeout, polling: 200 }
  );

let result;
try {
  const base = `http://127.0.0.1:${server.address().port}`;
  await page.goto(`${base}/preview.html?today=2026-01-01&sample=0&lang=en`);
  await page.getByTestId("project").waitFor();
  // The portfolio on its own sheet, a cell of its header selected: the pane takes that list.
  await page.evaluate((rows) => {
    const model = globalThis.ipCostPlannerPreview.model;
    model.addSheet("Portfolio");
    model.setValues("Portfolio", "A1", rows);
    model.activate("Portfolio");
    model.select("Portfolio", "A1");
  }, values);
  await page.getByTestId("refresh").click();
  await page.waitForFunction(
    () => document.querySelector("[data-testid=source]").options.length > 0
  );

  // 1. A whole run (with BENCH_PROFILE=file.cpuprofile, profiled through the DevTools protocol).
  const profiling = process.env.BENCH_PROFILE;
  let clockMark;
  const cdp = profiling ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    await cdp.send("Profiler.start");
    // A clock mark: this named function's first sample in the profile is at this performance.now(), so
    // each long task (timed in performance.now()) can be found among the profile's samples.
    clockMark = await page.evaluate(() => {
      const mark = function benchClockMark() {
        const t0 = performance.now();
        while (performance.now() - t0 < 20);
        return t0;
      };
      return mark();
    });
  }
  await watch();
  const t0 = Date.now();
  await page.getByTestId("project").click();
  cancelBox = await page.getByTestId("cancel").boundingBox();
  await waitStatus(/^Wrote|failed|wrong/);
  const full = await stop();
  if (cdp) {
    const { profile } = await cdp.send("Profiler.stop");
    writeFileSync(profiling, JSON.stringify(profile));
    writeFileSync(
      `${profiling}.tasks.json`,
      JSON.stringify({ clockMark, spans: full.longTaskSpans })
    );
  }
  if (process.env.BENCH_VERBOSE) process.stderr.write(`full run: ${JSON.stringify(full)}\n`);
  full.wallSeconds = (Date.now() - t0) / 1000;
  full.status = (await statusText()).slice(0, 200);
  const before = await snapshot();

  // 2. Cancel 300 ms into a run (while it plans). Where Cancel is, taken again as the run starts (it is
  // hidden between runs): the first run's column map moved it.
  await watch();
  await page.getByTestId("project").click();
  cancelBox = await page.getByTestId("cancel").boundingBox();
  await page.waitForTimeout(300);
  await clickCancel();
  await waitStatus(/^Cancelled|Wrote|failed|wrong/);
  const planning = await stop();
  planning.cancelMs =
    clickedWall && planning.cancelledWall ? planning.cancelledWall - clickedWall : undefined;
  if (process.env.BENCH_VERBOSE) process.stderr.write(`planning: ${JSON.stringify(planning)}\n`);
  planning.status = (await statusText()).slice(0, 120);
  const afterPlanning = await snapshot();

  // 3. Cancel during the write (after agreeing to replace).
  await watch();
  await page.getByTestId("project").click();
  await page.getByTestId("confirm-replace").waitFor({ timeout: 600_000 });
  await page.getByTestId("confirm-replace").click();
  // Cancel once the write is under way (its progress in the status), or at once if it went fast.
  await waitStatus(/Writing|Wrote/);
  cancelBox = await page.getByTestId("cancel").boundingBox();
  await page.waitForTimeout(100);
  await clickCancel();
  await waitStatus(/^Cancelled|Wrote|failed|wrong/);
  const writing = await stop();
  writing.cancelMs =
    clickedWall && writing.cancelledWall ? writing.cancelledWall - clickedWall : undefined;
  if (process.env.BENCH_VERBOSE) process.stderr.write(`writing: ${JSON.stringify(writing)}\n`);
  writing.status = (await statusText()).slice(0, 120);
  const afterWriting = await snapshot();

  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  if (!process.env.BENCH_VERBOSE) for (const r of [full, planning, writing]) delete r.longTaskSpans;
  result = {
    rights,
    full,
    planning: { ...planning, intact: same(before, afterPlanning) },
    writing: { ...writing, intact: same(before, afterWriting) },
    sheets: before.sheets,
  };
} finally {
  await browser.close();
  server.close();
}
report(result);
