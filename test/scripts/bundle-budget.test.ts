import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const {
  LIMITS,
  budgetProblems,
  duplicateModules,
  measureBundles,
} = require("../../scripts/bundle-budget.cjs");

// A build laid out as webpack writes it: dist/ with the scripts, dist-maps/ beside it with the source maps
// and entrypoints.json. Sizes are checked against gzipSync of the same bytes (the level a server uses).
function fakeBuild(files: Record<string, string>, maps: Record<string, string[]>) {
  const root = mkdtempSync(path.join(tmpdir(), "budget-"));
  const dist = path.join(root, "dist");
  mkdirSync(dist);
  mkdirSync(path.join(root, "dist-maps"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dist, name), text);
  for (const [name, sources] of Object.entries(maps))
    writeFileSync(path.join(root, "dist-maps", `${name}.map`), JSON.stringify({ sources }));
  return dist;
}

const files = {
  "runtime.js": "r".repeat(300),
  "shared.js": "decimal and fee tables ".repeat(200),
  "functions.js": "CustomFunctions.associate('CN_ANNUITY', f);",
  "commands.js": "Office.actions.associate('x', y);",
  "taskpane.js": "mountPane(root) ".repeat(50),
  "run.js": "planRun(); writeRun();".repeat(40),
};
const entrypoints = {
  functions: { initial: ["runtime.js", "shared.js", "functions.js"], onDemand: [] },
  commands: { initial: ["runtime.js", "commands.js"], onDemand: [] },
  taskpane: { initial: ["runtime.js", "shared.js", "taskpane.js"], onDemand: ["run.js"] },
};
const gz = (...names: (keyof typeof files)[]) =>
  names.reduce((sum, name) => sum + gzipSync(files[name]).length, 0);

describe("bundle budget", () => {
  test("a chunk two entries share counts once on the page, and on each runtime that loads it", () => {
    const sizes = measureBundles(fakeBuild(files, {}), entrypoints);
    expect(sizes.functionsRuntime.files).toEqual(["runtime.js", "shared.js", "functions.js"]);
    expect(sizes.functionsRuntime.bytes).toBe(gz("runtime.js", "shared.js", "functions.js"));
    expect(sizes.paneOnOpen.files).toEqual([
      "runtime.js",
      "shared.js",
      "functions.js",
      "commands.js",
      "taskpane.js",
    ]);
    expect(sizes.paneOnOpen.bytes).toBe(
      gz("runtime.js", "shared.js", "functions.js", "commands.js", "taskpane.js")
    );
    expect(sizes.paneOnDemand).toEqual({ files: ["run.js"], bytes: gz("run.js") });
    expect(sizes.paneWithOnDemand.bytes).toBe(sizes.paneOnOpen.bytes + gz("run.js"));
  });

  test("a figure over its limit is named with its size and files; within it, nothing", () => {
    const figure = (bytes: number) => ({ files: ["a.js"], bytes });
    const within = {
      functionsRuntime: figure(LIMITS.functionsRuntime),
      paneOnOpen: figure(LIMITS.paneOnOpen),
    };
    expect(budgetProblems(within)).toEqual([]);
    // 135 KB + 1 byte on the page: 138,241 bytes = 135.0 KB to one decimal.
    const over = { ...within, paneOnOpen: figure(135 * 1024 + 1) };
    expect(budgetProblems(over)).toEqual([
      "taskpane.html on open is 135.0 KB gzipped, over its 135.0 KB limit (a.js)",
    ]);
  });

  test("a source module in two files of the page is reported with the files", () => {
    const dist = fakeBuild(files, {
      "shared.js": ["webpack://ip-cost-planner/./node_modules/decimal.js/decimal.mjs"],
      "functions.js": [
        "webpack://ip-cost-planner/webpack/bootstrap",
        "webpack://ip-cost-planner/./src/functions/index.ts",
      ],
      "taskpane.js": [
        "webpack://ip-cost-planner/webpack/bootstrap",
        "webpack://ip-cost-planner/./node_modules/decimal.js/decimal.mjs",
      ],
    });
    expect(duplicateModules(dist, ["shared.js", "functions.js", "taskpane.js"])).toEqual([
      ["./node_modules/decimal.js/decimal.mjs", ["shared.js", "taskpane.js"]],
    ]);
    expect(duplicateModules(dist, ["shared.js", "functions.js"])).toEqual([]);
  });

  test("a build without entrypoints.json or an entry says to rebuild", () => {
    const dist = fakeBuild(files, {});
    expect(() => measureBundles(dist)).toThrow(/entrypoints\.json is missing: build with/);
    expect(() => measureBundles(dist, { functions: entrypoints.functions })).toThrow(
      'entrypoints.json has no entry "commands": rebuild dist/'
    );
  });
});
