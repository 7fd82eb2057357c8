import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ISSUE_CELLS_JA } from "../../src/core/i18n/issue-cells-ja";
import { ISSUE_CELLS_ZH } from "../../src/core/i18n/issue-cells-zh";
import { ISSUE_STRINGS_EN } from "../../src/core/i18n/issue-strings-en";

// The custom functions fetch only the part of the Japanese and Chinese issue tables that a cell error can
// say (issue-cells-ja.ts, issue-cells-zh.ts); the rest (issue-rows-*.ts) is the pane's. A message whose key
// were only in the pane's part would show in English in a cell. So: every issue key that the code the
// functions load can name is in the cells part. "The code the functions load" is every module reachable
// by import from src/functions/index.ts, with the bundles' "-on-demand" twins too (webpack.config.js swaps
// them in), the tables themselves left out.

const ROOT = path.resolve(__dirname, "../..");
/** The message tables: they hold keys, they do not name them for a message. */
const TABLE = /src\/core\/i18n\/(issue-(strings|cells|rows)-|strings-|ledger-strings-)/;

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined; // a package (decimal.js)
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, `${base}/index.ts`, base].find(
    (file) => existsSync(file) && !file.endsWith(".json")
  );
}

/** Every module the functions can load, as paths relative to the repository. */
function functionsModules(): string[] {
  const seen = new Set<string>();
  const queue = [path.join(ROOT, "src/functions/index.ts")];
  while (queue.length) {
    const file = queue.pop()!;
    const relative = path.relative(ROOT, file);
    if (seen.has(relative) || TABLE.test(relative)) continue;
    seen.add(relative);
    const twin = file.replace(/\.ts$/, "-on-demand.ts");
    if (existsSync(twin)) queue.push(twin);
    const text = readFileSync(file, "utf8");
    for (const [, specifier] of text.matchAll(
      /(?:from|import)\s*\(?\s*(?:\/\*[^*]*\*\/\s*)?"([^"]+)"/g
    )) {
      const target = resolveImport(file, specifier);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

const modules = functionsModules();
const keys = new Set(Object.keys(ISSUE_STRINGS_EN));
const named = new Set<string>();
const prefixes = new Set<string>();
for (const file of modules) {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  for (const [, literal] of text.matchAll(/["'`](\w+)["'`]/g))
    if (keys.has(literal)) named.add(literal);
  // A key made from a prefix and a value (`label_${fieldKey}`): every key with that prefix.
  for (const [, prefix] of text.matchAll(/`(\w+_)\$\{/g)) prefixes.add(prefix);
}
const needed = [...keys].filter(
  (key) => named.has(key) || [...prefixes].some((prefix) => key.startsWith(prefix))
);

describe("the issue keys the custom functions can show", () => {
  test("the walk reaches the functions' code and no pane code", () => {
    expect(modules).toEqual(
      expect.arrayContaining([
        "src/functions/finance-cells.ts",
        "src/functions/subsidy-cells.ts",
        "src/functions/cell-errors.ts",
        "src/core/i18n/issue-text.ts",
        "src/core/i18n/languages-on-demand.ts",
        "src/core/subsidy/per-case.ts",
        "src/core/offices/cn/cell-readers.ts",
      ])
    );
    expect(
      modules.filter((file) =>
        /src\/(taskpane|excel|core\/(portfolio|report|projection))\//.test(file)
      )
    ).toEqual([]);
    expect(needed).toEqual(
      expect.arrayContaining(["dateEmpty", "r_yearCap", "lprBeforeStart", "label_filingDate"])
    );
  });

  test("are every one in the Japanese and Chinese tables the functions fetch", () => {
    expect(needed.filter((key) => !(key in ISSUE_CELLS_JA))).toEqual([]);
    expect(needed.filter((key) => !(key in ISSUE_CELLS_ZH))).toEqual([]);
  });
});
