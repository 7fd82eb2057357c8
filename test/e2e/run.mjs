// Browser end-to-end tests of the task pane in the preview (real pane, real OfficeWorkbook, in-memory
// Excel) in headless Chromium or Chrome (found by find-chromium.mjs; on Debian installed when missing), builds dist/
// when missing, and writes its counts to $E2E_REPORT for `npm test`'s summary.
import { spawnSync } from "node:child_process";
import { findChromium } from "./find-chromium.mjs";
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { launchChromium, runTests, serveDist } from "./harness.mjs";
import { TESTS } from "./tests.mjs";

// A local Chrome or Chromium ($CHROMIUM_PATH, the usual paths), or Debian's through apt-get where it exists.
process.env.CHROMIUM_PATH = findChromium();
const root = resolve("dist");
if (!existsSync(resolve(root, "preview.html"))) {
  const build = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}

const server = await serveDist(root);
const browser = await launchChromium();
const base = `http://127.0.0.1:${server.address().port}`;
let result;
try {
  // E2E_ONLY=text runs only the tests whose name contains it (while working on them).
  const only = process.env.E2E_ONLY;
  result = await runTests(only ? TESTS.filter(([name]) => name.includes(only)) : TESTS, {
    browser,
    base,
  });
} finally {
  await browser.close();
  server.close();
}
if (process.env.E2E_REPORT) writeFileSync(process.env.E2E_REPORT, JSON.stringify(result));
process.exit(result.failed === 0 ? 0 : 1);
