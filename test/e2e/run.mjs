// Browser end-to-end tests of the task pane in the preview (real pane, real OfficeWorkbook, in-memory
// Excel) in headless Chromium. Installs Debian's chromium when missing (CI runs as root), builds dist/
// when missing, and writes its counts to $E2E_REPORT for `npm test`'s summary.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { launchChromium, runTests, serveDist } from "./harness.mjs";
import { TESTS } from "./tests.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
  const apt = (args) =>
    spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  if (
    apt(["update", "-qq"]).status !== 0 ||
    apt(["install", "-y", "-qq", "chromium"]).status !== 0 ||
    !existsSync(CHROMIUM)
  ) {
    console.error("Could not install chromium with apt-get (run as root, or set CHROMIUM_PATH).");
    process.exit(1);
  }
}
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
  result = await runTests(TESTS, { browser, base });
} finally {
  await browser.close();
  server.close();
}
if (process.env.E2E_REPORT) writeFileSync(process.env.E2E_REPORT, JSON.stringify(result));
process.exit(result.failed === 0 ? 0 : 1);
