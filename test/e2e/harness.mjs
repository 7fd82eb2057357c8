// A small harness for the browser tests: serves dist/ on 127.0.0.1, starts Debian's Chromium headless
// through playwright-core (never a downloaded browser), runs each test in a fresh page, and prints one
// line per test and a closing "e2e: N passed, N failed".
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
};

export function serveDist(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      ""
    );
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export async function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // The flags a closed network needs: no background traffic, no component updates, no sync.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function runTests(tests, context) {
  let passed = 0;
  let failed = 0;
  for (const [name, test] of tests) {
    const page = await context.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("dialog", (dialog) => {
      problems.push(`dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const started = Date.now();
    try {
      await test(page, context);
      if (problems.length) throw new Error(problems.join("; "));
      passed += 1;
      console.log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(
        `FAIL ${name}\n     ${String(error && error.stack ? error.stack : error)
          .split("\n")
          .slice(0, 6)
          .join("\n     ")}`
      );
    } finally {
      await page.close();
    }
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}
