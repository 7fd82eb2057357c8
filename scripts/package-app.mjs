// `npm run package`: builds the add-in and writes the app package of the unified manifest,
// app-package/ip-cost-planner.zip (manifest.json, its ja-jp/zh-cn localization files, color.png,
// outline.png), to upload in Excel or the Microsoft 365 admin center, or to submit in Partner Center.
//   npm run package                                  -> for https://localhost:3000/ (npm start)
//   npm run package -- --base-url https://host/path/ -> for the deployment (or set ADDIN_BASE_URL)
//   node scripts/package-app.mjs --no-build --dist .cache/release --out <file>   (no build)
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const config = require("../manifest.config.cjs");
const { writeAppPackage } = require("./app-package.cjs");

const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    "no-build": { type: "boolean", default: false },
    dist: { type: "string", default: "dist" },
    out: { type: "string", default: "app-package/ip-cost-planner.zip" },
  },
});

if (!values["no-build"]) {
  const args = ["webpack", "--mode", "production", "--env", `outDir=${values.dist}`];
  if (values["base-url"]) args.push("--env", `baseUrl=${values["base-url"]}`);
  const build = spawnSync("npx", args, { stdio: "inherit", shell: process.platform === "win32" });
  if (build.status !== 0) process.exit(1);
}

try {
  const { entries, page } = writeAppPackage(values.dist, values.out, config);
  console.log(`${relative(".", values.out)}: ${entries.map((e) => e.name).join(", ")}`);
  console.log(`The add-in pages load from ${new URL(".", page).href}`);
  if (page.startsWith("https://localhost"))
    console.log(
      "Development package: it works while `npm start` serves https://localhost:3000. For the store, " +
        "run `npm run package -- --base-url https://your.host/path/`."
    );
} catch (error) {
  console.error(String(error.message ?? error));
  process.exit(1);
}
