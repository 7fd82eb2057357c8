// `npm test`: every check CI runs, in order, stopping at nothing so that one run shows every failure.
// Steps: lint, type-check and core purity (side by side), unit tests (the layer rule of docs/architecture.md among them) (whole suite in Asia/Shanghai, date-dependent suites again in two
// more zones), production build with a check of dist/ and the release build (side by side), then the
// browser tests.
// Ends with one line "tests: N passed, N failed" (jest test counts plus one per non-jest step).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const results = [];
let passedTests = 0;
let failedTests = 0;

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const outcome = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, ...env },
    shell: process.platform === "win32",
  });
  const ok = outcome.status === 0;
  results.push({ title, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function jest(title, zone, paths = []) {
  const report = join(mkdtempSync(join(tmpdir(), "jest-")), "report.json");
  const ok = run(title, "npx", ["jest", "--ci", "--json", `--outputFile=${report}`, ...paths], {
    TZ: zone,
  });
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, "utf8"));
    passedTests += summary.numPassedTests;
    failedTests += summary.numFailedTests + (summary.numRuntimeErrorTestSuites ?? 0);
  } else {
    failedTests += 1;
  }
  return ok;
}

/**
 * Runs steps side by side (each in a process of its own), their output held and printed whole as each ends,
 * so the log reads as if they had run one after the other. Resolves to whether each passed.
 */
function together(steps) {
  return Promise.all(
    steps.map(
      ({ title, command, args }) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(command, args, {
            stdio: ["ignore", "pipe", "pipe"],
            shell: process.platform === "win32",
          });
          const output = [];
          child.stdout.on("data", (chunk) => output.push(chunk));
          child.stderr.on("data", (chunk) => output.push(chunk));
          let ended = false;
          // A child that fails to start reports "error", and may report "close" after it: counted once.
          const end = (ok) => {
            if (ended) return;
            ended = true;
            console.log(`\n=== ${title}: ${command} ${args.join(" ")}`);
            process.stdout.write(Buffer.concat(output));
            results.push({ title, ok, seconds: (Date.now() - started) / 1000 });
            if (ok) passedTests += 1;
            else failedTests += 1;
            resolve(ok);
          };
          child.on("error", (error) => {
            output.push(Buffer.from(`${error.message}\n`));
            end(false);
          });
          child.on("close", (code) => end(code === 0));
        })
    )
  );
}

function step(title, command, args, env) {
  const ok = run(title, command, args, env);
  if (ok) passedTests += 1;
  else failedTests += 1;
  return ok;
}

// Lint and the type checks each take one core: side by side on two cores they take about the lint's time.
await together([
  { title: "lint", command: "npm", args: ["run", "--silent", "lint"] },
  { title: "type-check", command: "npx", args: ["tsc", "--noEmit", "-p", "tsconfig.json"] },
  // The core compiled with no DOM, Office, Node or test types: a stray `document` or `Excel` fails here.
  {
    title: "core purity (tsconfig.core.json)",
    command: "npx",
    args: ["tsc", "--noEmit", "-p", "tsconfig.core.json"],
  },
]);
jest("unit tests (TZ=Asia/Shanghai)", "Asia/Shanghai");
// Date arithmetic must not depend on the machine's zone: rerun the date-dependent suites at UTC−8/−7
// and at UTC+14, where a local-midnight Date would land on another UTC day.
for (const zone of ["America/Los_Angeles", "Pacific/Kiritimati"]) {
  jest(`date tests (TZ=${zone})`, zone, ["test/core", "test/functions"]);
}
// The two builds write to different folders (dist/, .cache/release): side by side.
const [built] = await together([
  { title: "production build", command: "npx", args: ["webpack", "--mode", "production"] },
  {
    title: "release build for a public URL (no localhost)",
    command: "node",
    args: ["scripts/check-release.mjs"],
  },
]);
if (built) step("dist check", "node", ["scripts/check-dist.mjs"]);
// Browser tests in headless Chromium (installed through apt-get when missing); their counts join the total.
const e2eReport = join(mkdtempSync(join(tmpdir(), "e2e-")), "report.json");
const e2eOk = run("browser tests", "node", ["test/e2e/run.mjs"], { E2E_REPORT: e2eReport });
if (existsSync(e2eReport)) {
  const counts = JSON.parse(readFileSync(e2eReport, "utf8"));
  passedTests += counts.passed;
  failedTests += counts.failed;
} else if (!e2eOk) failedTests += 1;

console.log("\n=== summary");
for (const r of results)
  console.log(`${r.ok ? "ok  " : "FAIL"} ${r.title} (${r.seconds.toFixed(1)} s)`);
console.log(`tests: ${passedTests} passed, ${failedTests} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
