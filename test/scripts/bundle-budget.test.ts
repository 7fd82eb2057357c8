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
  "messages.js": "renderMessage(en) ".repeat(20),
  "issues-en.js": "is not a date ".repeat(25),
  "issues-ja.js": "日付ではありません ".repeat(30),
  "issues-zh.js": "不是日期 ".repeat(10),
  "pane-ja.js": "キャンセル ".repeat(40),
  "pane-zh.js": "取消 ".repeat(10),
};
const entrypoints = {
  functions: {
    initial: ["runtime.js", "shared.js", "functions.js"],
    onDemand: ["issues-en.js", "issues-ja.js", "issues-zh.js", "messages.js"],
  },
  commands: { initial: ["runtime.js", "commands.js"], onDemand: [] },
  taskpane: {
    initial: ["runtime.js", "messages.js", "shared.js", "taskpane.js"],
    onDemand: [
      "issues-en.js",
      "issues-ja.js",
      "issues-zh.js",
      "pane-ja.js",
      "pane-zh.js",
      "run.js",
    ],
  },
};
const gz = (...names: (keyof typeof files)[]) =>
  names.reduce((sum, name) => sum + gzipSync(files[name]).length, 0);

describe("bundle budget", () => {
  test("a chunk two entries share counts once on the page, and on each runtime that loads it", () => {
    const sizes = measureBundles(fakeBuild(files, {}), entrypoints);
    expect(sizes.functionsRuntime.files).toEqual(["runtime.js", "shared.js", "functions.js"]);
    expect(sizes.functionsRuntime.bytes).toBe(gz("runtime.js", "shared.js", "functions.js"));
    // The page on open: its entries' files and the pane's texts in one language, here the larger (ja),
    // with the English issues the pane fetches in every language.
    expect(sizes.paneOnOpen.language).toBe("ja");
    expect(sizes.paneOnOpen.files).toEqual([
      "runtime.js",
      "shared.js",
      "functions.js",
      "commands.js",
      "messages.js",
      "taskpane.js",
      "issues-en.js",
      "issues-ja.js",
      "pane-ja.js",
    ]);
    expect(sizes.paneOnOpen.bytes).toBe(
      gz("runtime.js", "shared.js", "functions.js", "commands.js", "messages.js", "taskpane.js") +
        gz("issues-en.js", "issues-ja.js", "pane-ja.js")
    );
    expect(sizes.paneOnDemand).toEqual({ files: ["run.js"], bytes: gz("run.js"), language: "ja" });
    expect(sizes.paneWithOnDemand.bytes).toBe(sizes.paneOnOpen.bytes + gz("run.js"));
  });

  test("the functions with their on-demand chunks count one language's texts, the larger", () => {
    const sizes = measureBundles(fakeBuild(files, {}), entrypoints);
    expect(sizes.functionsWithOnDemand.language).toBe("ja");
    expect(sizes.functionsWithOnDemand.files).toEqual([
      "runtime.js",
      "shared.js",
      "functions.js",
      "issues-ja.js",
      "messages.js",
    ]);
    expect(sizes.functionsWithOnDemand.bytes).toBe(
      sizes.functionsRuntime.bytes + gz("issues-ja.js", "messages.js")
    );
  });

  test("a figure over its limit is named with its size and files; within it, nothing", () => {
    const figure = (bytes: number) => ({ files: ["a.js"], bytes, language: "ja" });
    const within = {
      functionsRuntime: figure(LIMITS.functionsRuntime),
      functionsWithOnDemand: figure(LIMITS.functionsWithOnDemand),
      paneOnOpen: figure(LIMITS.paneOnOpen),
    };
    expect(budgetProblems(within)).toEqual([]);
    // The limit + 1 byte on the page: the same size in KB to one decimal.
    const over = { ...within, paneOnOpen: figure(LIMITS.paneOnOpen + 1) };
    const limit = (LIMITS.paneOnOpen / 1024).toFixed(1);
    expect(budgetProblems(over)).toEqual([
      `taskpane.html on open (ja) is ${limit} KB gzipped, over its ${limit} KB limit (a.js)`,
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
