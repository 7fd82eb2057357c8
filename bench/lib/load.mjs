// Loads the CommonJS build of src/ that `tsc -p tsconfig.bench.json` writes to .cache/bench.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// BENCH_BUILD points the figures at another compiled tree (e.g. a patched copy of src/, to A/B a change).
export const BUILD = process.env.BENCH_BUILD
  ? path.resolve(process.env.BENCH_BUILD)
  : path.join(ROOT, ".cache/bench");
const require = createRequire(import.meta.url);

/** `src("core/offices/cn/schedule")` → the compiled module .cache/bench/src/core/offices/cn/schedule.js */
export function src(modulePath) {
  return require(path.join(BUILD, "src", `${modulePath}.js`));
}

/** The in-memory Excel double (test/excel-double), compiled beside src/. */
export function excelDouble() {
  return require(path.join(BUILD, "test", "excel-double", "index.js"));
}

export function srcExists(modulePath) {
  return existsSync(path.join(BUILD, "src", `${modulePath}.js`));
}

/** The packages of the project (hyperformula, decimal.js, …), resolved from its node_modules. */
export function pkg(name) {
  return require(require.resolve(name, { paths: [ROOT] }));
}
