// Timing and reporting helpers shared by the figure scripts (each runs in its own child process).
import { writeFileSync } from "node:fs";

export const now = () => process.hrtime.bigint();
export const ms = (from, to = now()) => Number(to - from) / 1e6;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `warmups` times untimed, then `runs` times; returns the median and every time in ms. */
export function timeMedian(fn, { runs = 5, warmups = 1, between } = {}) {
  for (let i = 0; i < warmups; i += 1) {
    fn();
    between?.();
  }
  const times = [];
  let last;
  for (let i = 0; i < runs; i += 1) {
    const start = now();
    last = fn();
    times.push(ms(start));
    between?.();
  }
  return { median: median(times), times, last };
}

export async function timeMedianAsync(fn, { runs = 3, warmups = 1, between } = {}) {
  for (let i = 0; i < warmups; i += 1) {
    await fn();
    await between?.();
  }
  const times = [];
  let last;
  for (let i = 0; i < runs; i += 1) {
    const start = now();
    last = await fn();
    times.push(ms(start));
    await between?.();
  }
  return { median: median(times), times, last };
}

/** Full collection (the figure scripts run with --expose-gc). */
export function collect() {
  if (typeof globalThis.gc === "function") {
    globalThis.gc();
    globalThis.gc();
  }
}

export const MB = 1024 * 1024;
export const heapUsedMB = () => process.memoryUsage().heapUsed / MB;
/** Peak resident set of this process so far, in MB (Linux reports maxRSS in KiB). */
export const peakRssMB = () => process.resourceUsage().maxRSS / 1024;

/** Writes the figure's result where bench/run.mjs asked (--out FILE). */
export function report(result) {
  const at = process.argv.indexOf("--out");
  const json = JSON.stringify(result, null, 1);
  if (at > 0) writeFileSync(process.argv[at + 1], json);
  else process.stderr.write(`${json}\n`);
}

/** A numeric command-line option: `--rights 1000`. */
export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

export function progress(text) {
  if (process.env.BENCH_VERBOSE) process.stderr.write(`  … ${text}\n`);
}
