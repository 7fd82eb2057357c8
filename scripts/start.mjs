// npm start: the webpack dev server on https://localhost:3000 (development build, source maps, no eval),
// then either sideloading into Excel desktop (Windows/macOS with Excel installed) or instructions to
// sideload by hand. Runs until Ctrl-C; signals are forwarded to the child processes.
//
//   npm start                     dev server + sideload (or instructions)
//   npm start -- --no-sideload    dev server + instructions only
//
// https certificates: see scripts/dev-https.cjs (falls back to untrusted certificates, then to http).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = 3000;
const IS_WINDOWS = process.platform === "win32";
const SERVER_WAIT_MS = 180_000;
// office-addin-debugging is deliberately not a dependency: it pulls a native module that fails to build on
// Linux. npx fetches it when needed, on the platforms where it works.
const DEBUGGING_PACKAGE = "office-addin-debugging@7";

/** Pages announced once the server answers; add a line here for new pages (e.g. a browser preview). */
const PAGES = [
  { label: "Browser preview (no Excel needed)", path: "preview.html" },
  { label: "Task pane", path: "taskpane.html" },
  { label: "Functions metadata", path: "functions.json" },
  { label: "Help", path: "help/index.html" },
];

const args = new Set(process.argv.slice(2));
const children = new Set();
let stopping = false;
let sideloaded = false;

function log(message = "") {
  process.stdout.write(`${message}\n`);
}

/** Starts a child in its own process group (POSIX), so that a stop reaches npx and what it started. */
function run(command, commandArgs) {
  const child = spawn(command, commandArgs, {
    cwd: ROOT,
    stdio: "inherit",
    shell: IS_WINDOWS, // npx is npx.cmd on Windows
    detached: !IS_WINDOWS,
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

function signalChild(child, signal) {
  try {
    if (IS_WINDOWS) child.kill(signal);
    else process.kill(-child.pid, signal); // the whole group
  } catch {
    // already gone
  }
}

function probe(url) {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve) => {
    const request = client.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode !== undefined && response.statusCode < 500);
    });
    request.on("error", () => resolve(false));
    request.on("timeout", () => {
      request.destroy();
      resolve(false);
    });
  });
}

/** The base URL the dev server answers on (https, or http after a certificate fallback), or undefined. */
async function waitForServer() {
  const deadline = Date.now() + SERVER_WAIT_MS;
  while (Date.now() < deadline && !stopping) {
    for (const base of [`https://localhost:${PORT}/`, `http://localhost:${PORT}/`]) {
      if (await probe(`${base}taskpane.html`)) return base;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return undefined;
}

function excelDesktopInstalled() {
  if (process.platform === "darwin") {
    return existsSync("/Applications/Microsoft Excel.app");
  }
  if (IS_WINDOWS) {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    const found = roots.some((root) =>
      ["Office16", "Office15"].some((version) =>
        existsSync(path.join(root, "Microsoft Office", "root", version, "EXCEL.EXE"))
      )
    );
    if (found) return true;
    const query = spawnSync(
      "reg",
      ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe"],
      { stdio: "ignore" }
    );
    return query.status === 0;
  }
  return false;
}

function printSideloadInstructions() {
  const wef =
    process.platform === "darwin"
      ? path.join(os.homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef")
      : "~/Library/Containers/com.microsoft.Excel/Data/Documents/wef";
  log("Sideload the add-in by hand with this manifest:");
  log(`  ${MANIFEST}`);
  log("");
  log("  Excel on the web: open a workbook, Home > Add-ins > More add-ins > Upload My Add-in,");
  log("    choose manifest.xml. (Your browser must trust https://localhost:3000: open it once.)");
  log("  Windows desktop:  npx office-addin-debugging start manifest.xml");
  log(
    "    or put manifest.xml in a shared folder and add it under File > Options > Trust Center >"
  );
  log("    Trust Center Settings > Trusted Add-in Catalogs, then Home > Add-ins > Shared Folder.");
  log(`  Mac desktop:      copy manifest.xml to ${wef}/ and restart Excel.`);
  log("");
  log('Then Home > Patent Fees opens the pane; try =IP.CN_ANNUITY("2018-07-09", 4) in a cell.');
}

function sideload() {
  log(`Sideloading into Excel desktop: npx --yes ${DEBUGGING_PACKAGE} start manifest.xml desktop`);
  sideloaded = true;
  const child = run("npx", [
    "--yes",
    DEBUGGING_PACKAGE,
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server-port",
    String(PORT),
  ]);
  child.on("exit", (code) => {
    if (code !== 0 && !stopping) {
      log(`Sideloading failed (exit ${code}). The dev server keeps running.`);
      printSideloadInstructions();
    }
  });
}

function unregisterSideload() {
  if (!sideloaded) return;
  log("Removing the sideloaded add-in...");
  spawnSync("npx", ["--yes", DEBUGGING_PACKAGE, "stop", "manifest.xml", "desktop"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: IS_WINDOWS,
    timeout: 60_000,
  });
}

async function shutdown(signal, exitCode = 0) {
  if (stopping) {
    // A second Ctrl-C: stop waiting.
    for (const child of children) signalChild(child, "SIGKILL");
    process.exit(exitCode || 130);
  }
  stopping = true;
  log(`\nStopping (${signal})...`);
  unregisterSideload();
  for (const child of children) signalChild(child, signal === "exit" ? "SIGTERM" : signal);
  const deadline = Date.now() + 10_000;
  while (children.size > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const child of children) signalChild(child, "SIGKILL");
  process.exit(exitCode);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => void shutdown(signal));
}

async function main() {
  log(`Starting the dev server: npx webpack serve --mode development (port ${PORT})`);
  const devServer = run("npx", ["webpack", "serve", "--mode", "development"]);
  devServer.on("exit", (code, signal) => {
    if (stopping) return;
    log(`The dev server stopped (${signal ?? `exit ${code}`}).`);
    void shutdown("exit", code || 1);
  });

  const base = await waitForServer();
  if (stopping) return;
  if (!base) {
    log(
      `The dev server did not answer on port ${PORT} within ${SERVER_WAIT_MS / 1000} s; still waiting.`
    );
    return;
  }

  log("");
  log(
    `Dev server ready on ${base}${base.startsWith("http:") ? "  (HTTP ONLY: Office will not load it)" : ""}`
  );
  for (const page of PAGES) log(`  ${page.label.padEnd(20)} ${base}${page.path}`);
  log("");

  if (
    !args.has("--no-sideload") &&
    (IS_WINDOWS || process.platform === "darwin") &&
    excelDesktopInstalled()
  ) {
    sideload();
  } else {
    if (IS_WINDOWS || process.platform === "darwin") log("Excel desktop was not found.");
    printSideloadInstructions();
  }
  log("\nPress Ctrl-C to stop.");
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  void shutdown("exit", 1);
});
