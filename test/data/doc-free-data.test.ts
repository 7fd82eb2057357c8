import { readdirSync } from "node:fs";
import path from "node:path";

const {
  bundled,
  withoutDocs,
  DOC_ONLY_KEYS,
  DOC_ONLY_PATHS,
} = require("../../scripts/doc-free-data.cjs");

// The bundles read src/data/*.json without their documenting top-level text, and the offices' files with
// a mark in place of each source record (scripts/doc-free-data.cjs, a webpack loader): every module that
// reads a data file must build the same values from it as the bundles have it. Each module is loaded twice, from the files as they are and as the bundles have them, and
// its exports compared (functions aside: a second load makes new ones).
const DATA = path.resolve(__dirname, "../../src/data");
const SRC = path.resolve(__dirname, "../../src");
const READERS: Record<string, string[]> = {
  "core/finance/built-in": [
    "finance/lpr.json",
    "finance/programmes.json",
    "finance/risk-schemes.json",
    "finance/ltv-profiles.json",
  ],
  "core/finance/programme-texts": ["finance/programmes.json"],
  "core/portfolio/status": ["ledger-statuses.json"],
  "core/subsidy/built-in": ["subsidies.json"],
  "core/subsidy/built-in-figures": ["subsidies.json"],
  "core/table/total-row": ["ledger-total-words.json"],
  "core/offices/ep/data": ["offices/ep-fees.json"],
  "core/offices/de/data": ["offices/de-fees.json"],
  "core/offices/up/data": ["offices/up-fees.json"],
  "core/offices/fr/data": ["offices/fr-fees.json"],
  "core/offices/nl/data": ["offices/nl-fees.json"],
  "core/offices/gb/data": ["offices/gb-fees.json"],
  "core/offices/us/us-data": ["offices/us-fees.json"],
  "core/offices/jp/jp-data": ["offices/jp-fees.json"],
  "core/offices/kr/kr-data": ["offices/kr-fees.json"],
  "core/offices/closures/office-closures": ["offices/closures.json"],
  "core/offices/cn/statutory-holidays": ["cn-holidays.json"],
  "core/offices/cn/rules": [
    "cn-annual-fees.json",
    "cn-holidays.json",
    "cn-late-fees.json",
    "cn-procedure.json",
    "cn-reductions.json",
    "cn-terms.json",
  ],
};

/**
 * A module's exports as text: every value with its type (Maps as their entries, decimals and other
 * class instances by their constructor and fields, functions by their source), so that two loads of a
 * module compare equal exactly when they hold the same values.
 */
function valuesOf(exports: Record<string, unknown>): string {
  return JSON.stringify(exports, (_key, value: unknown) => {
    if (typeof value === "function") return `function ${String(value)}`;
    if (value instanceof Map) return { Map: [...value] };
    if (value instanceof Set) return { Set: [...value] };
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const type = (value as object).constructor?.name;
      if (type && type !== "Object") return { [type]: String(value), ...value };
    }
    return value;
  });
}

/** The data file of each part of the CN rules' raw data (BUILT_IN_CN_RULES_DATA). */
const CN_RULES_FILES: Record<string, string> = {
  annualFees: "cn-annual-fees.json",
  terms: "cn-terms.json",
  lateFees: "cn-late-fees.json",
  procedure: "cn-procedure.json",
  reductions: "cn-reductions.json",
  holidays: "cn-holidays.json",
};

function load(modulePath: string, files: string[], strip: boolean): Record<string, unknown> {
  let exports!: Record<string, unknown>;
  jest.isolateModules(() => {
    if (strip)
      for (const file of files) {
        const full = path.join(DATA, file);
        jest.doMock(full, () => bundled(jest.requireActual(full), file));
      }
    exports = require(path.join(SRC, modulePath));
  });
  jest.resetModules();
  for (const file of files) jest.dontMock(path.join(DATA, file));
  return exports;
}

describe("data without its documenting text (the bundles' copy)", () => {
  test("every data file is read by a module listed here", () => {
    const files = (dir: string): string[] =>
      readdirSync(path.join(DATA, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? files(path.join(dir, entry.name))
          : entry.name.endsWith(".json")
            ? [path.join(dir, entry.name)]
            : []
      );
    const listed = new Set(Object.values(READERS).flat());
    expect(files(".").filter((file) => !listed.has(file))).toEqual([]);
  });

  test("drops only top-level text under the documenting keys", () => {
    const data = { title: "T", note: "N", about: "A", rule: "R", bands: [{ note: "kept" }], x: 1 };
    expect(withoutDocs(data)).toEqual({ bands: [{ note: "kept" }], x: 1 });
    expect(withoutDocs({ rule: { kept: true } })).toEqual({ rule: { kept: true } });
    expect(DOC_ONLY_KEYS).toEqual(["title", "note", "about", "rule"]);
  });

  test("drops the deeper text only people read, from its file only, copying", () => {
    const data = {
      programmes: [{ id: "A", eligibility: "E", sources: [{ text: "S" }] }],
      note: "N",
    };
    expect(withoutDocs(data, "finance/programmes.json")).toEqual({ programmes: [{ id: "A" }] });
    expect(withoutDocs(data, "subsidies.json")).toEqual({ programmes: data.programmes });
    const nested = { tenors: { "1Y": [{ rate: "0.03", source: "S" }] }, start: "2019-08-20" };
    expect(withoutDocs(nested, "finance/lpr.json")).toEqual({
      tenors: { "1Y": [{ rate: "0.03" }] },
      start: "2019-08-20",
    });
    expect(nested.tenors["1Y"][0].source).toBe("S"); // the file's own data is left as it is
    const holidays = { source: "S", statutoryLaw: { note: "N", fromYear: 2025 }, years: [] };
    expect(withoutDocs(holidays, "cn-holidays.json")).toEqual({
      statutoryLaw: { fromYear: 2025 },
      years: [],
    });
    // Each path names text that is there in its file (else it is a typo, and drops nothing).
    for (const [file, paths] of Object.entries(DOC_ONLY_PATHS as Record<string, string[]>)) {
      const data = require(path.join(DATA, file));
      for (const at of paths) {
        const found = at.split(".").reduce<unknown[]>(
          (values, step) =>
            values.flatMap((value) => {
              const next = (value as Record<string, unknown>)[step.replace("[]", "")];
              return step.endsWith("[]") ? (next as unknown[]) : next === undefined ? [] : [next];
            }),
          [data]
        );
        expect([file, at, found.length > 0]).toEqual([file, at, true]);
      }
    }
  });

  test.each(Object.entries(READERS))("%s builds the same values", (modulePath, files) => {
    const asIs = load(modulePath, files, false);
    const bundled = load(modulePath, files, true);
    expect(Object.keys(asIs).length).toBeGreaterThan(0);
    const { BUILT_IN_CN_RULES_DATA: rawAsIs, ...builtAsIs } = asIs;
    const { BUILT_IN_CN_RULES_DATA: rawBundled, ...builtBundled } = bundled;
    expect(valuesOf(builtBundled)).toBe(valuesOf(builtAsIs));
    // The CN rules also export the files themselves: without the documenting text, and nothing else.
    if (rawAsIs)
      expect(rawBundled).toEqual(
        Object.fromEntries(
          Object.entries(rawAsIs as Record<string, object>).map(([k, v]) => [
            k,
            withoutDocs(v, CN_RULES_FILES[k]),
          ])
        )
      );
  });

  test("the fee-schedule table the pane creates has the same rows", () => {
    const files = READERS["core/offices/cn/rules"];
    const rows = (strip: boolean) =>
      (
        load("core/offices/cn/fee-schedule-table", files, strip)
          .builtInFeeTableRows as () => unknown
      )();
    expect(rows(true)).toEqual(rows(false));
  });
});
