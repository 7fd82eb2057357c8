// Finds a local Chrome or Chromium for the browser tests: $CHROMIUM_PATH first, then the usual install
// paths on Linux, macOS and Windows. Where none is found and apt-get exists (Debian, Ubuntu, the CI image),
// it installs Debian's chromium; elsewhere it says what to do instead of failing obscurely.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const programFiles = [
  process.env.PROGRAMFILES,
  process.env["PROGRAMFILES(X86)"],
  process.env.LOCALAPPDATA,
].filter(Boolean);

/** Where Chrome and Chromium are installed by default, most specific first. */
export const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  ...programFiles.flatMap((root) => [
    join(root, "Google", "Chrome", "Application", "chrome.exe"),
    join(root, "Chromium", "Application", "chrome.exe"),
  ]),
];

const HELP = [
  "No Chrome or Chromium found for the browser tests.",
  "Install one (Debian/Ubuntu: apt-get install chromium; macOS: install Google Chrome; Windows: install",
  "Google Chrome), or point CHROMIUM_PATH at its executable, e.g.",
  '  CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
].join("\n");

/** The browser to run, installing Debian's chromium with apt-get where that is possible; exits with help otherwise. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    console.error(
      `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.\n${HELP}`
    );
    process.exit(1);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  const hasApt = spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
  if (!hasApt) {
    console.error(HELP);
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
  const apt = (args) =>
    spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  if (
    apt(["update", "-qq"]).status !== 0 ||
    apt(["install", "-y", "-qq", "chromium"]).status !== 0 ||
    !existsSync("/usr/bin/chromium")
  ) {
    console.error(`Could not install chromium with apt-get (it needs root).\n${HELP}`);
    process.exit(1);
  }
  return "/usr/bin/chromium";
}
