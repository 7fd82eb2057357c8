import { ISSUE_STRINGS_EN } from "../../../src/core/i18n/issue-strings-en";
import { ENGLISH_WORDS } from "../../../src/core/i18n/issue-words-en";
import { LEDGER_STRINGS_EN } from "../../../src/core/i18n/ledger-strings-en";
import { STRINGS_EN } from "../../../src/core/i18n/strings-en";
import { ISSUE_CELLS_JA } from "../../../src/core/i18n/issue-cells-ja";
import { ISSUE_CELLS_ZH } from "../../../src/core/i18n/issue-cells-zh";
import { ISSUE_ROWS_JA } from "../../../src/core/i18n/issue-rows-ja";
import { ISSUE_ROWS_ZH } from "../../../src/core/i18n/issue-rows-zh";
import { ISSUE_STRINGS_JA } from "../../../src/core/i18n/issue-strings-ja";
import { ISSUE_STRINGS_ZH } from "../../../src/core/i18n/issue-strings-zh";
import { LEDGER_STRINGS_JA } from "../../../src/core/i18n/ledger-strings-ja";
import { LEDGER_STRINGS_ZH } from "../../../src/core/i18n/ledger-strings-zh";
import { STRINGS_JA } from "../../../src/core/i18n/strings-ja";
import { STRINGS_ZH } from "../../../src/core/i18n/strings-zh";
import { languageTables as allTables } from "../../../src/core/i18n/languages";

// The bundles' version of languages.ts (webpack.config.js swaps it in): each language's tables arrive when
// a page asks for them, and they are the very tables tests and tsc see through languages.ts. Each test
// takes fresh modules, as a page starts with nothing fetched.
function freshModules() {
  let modules!: {
    onDemand: typeof import("../../../src/core/i18n/languages-on-demand");
    pane: typeof import("../../../src/core/i18n/pane-languages-on-demand");
  };
  jest.isolateModules(() => {
    // pane-languages-on-demand.ts imports "./languages": point it at the on-demand version, as webpack does.
    jest.doMock("../../../src/core/i18n/languages", () =>
      jest.requireActual("../../../src/core/i18n/languages-on-demand")
    );
    modules = {
      onDemand: require("../../../src/core/i18n/languages-on-demand"),
      pane: require("../../../src/core/i18n/pane-languages-on-demand"),
    };
  });
  return modules;
}

describe("the English phrases kept in the code (ENGLISH_WORDS)", () => {
  // The renderer maps a parameter's English phrase to its word_ key through them instead of the English
  // table: the same entries, and no two with the same phrase, so the key found is the same.
  test("are the word_ entries of the English issue table, each phrase once", () => {
    const words = Object.entries(ISSUE_STRINGS_EN).filter(([key]) => key.startsWith("word_"));
    expect(
      Object.fromEntries(Object.entries(ENGLISH_WORDS).filter(([key]) => key.startsWith("word_")))
    ).toEqual(Object.fromEntries(words));
    expect(new Set(words.map(([, phrase]) => phrase)).size).toBe(words.length);
  });
});

describe("languages on demand", () => {
  test("nothing is there before a page asks, English included", () => {
    const { onDemand } = freshModules();
    for (const language of ["en", "ja", "zh"] as const)
      expect(onDemand.languageTables(language)).toEqual({});
  });

  test("English is fetched like the others, and is the table of languages.ts", async () => {
    const { onDemand, pane } = freshModules();
    await pane.loadPaneLanguage("en");
    expect(onDemand.languageTables("en")).toEqual({
      issues: ISSUE_STRINGS_EN,
      strings: STRINGS_EN,
      ledger: LEDGER_STRINGS_EN,
    });
    expect(onDemand.languageTables("en")).toEqual(allTables("en"));
    expect(onDemand.languageTables("ja")).toEqual({});
  });

  test("the functions' issue table comes alone: what a cell error can say, as languages.ts has it", async () => {
    const { onDemand } = freshModules();
    await onDemand.loadIssueTables("ja");
    expect(onDemand.languageTables("ja")).toEqual({ issues: ISSUE_CELLS_JA });
    const whole = allTables("ja").issues!;
    const issues = onDemand.languageTables("ja").issues!;
    for (const key of Object.keys(ISSUE_CELLS_JA) as (keyof typeof ISSUE_CELLS_JA)[])
      expect(issues[key]).toBe(whole[key]);
    // The pane's row issues are not fetched: dateEmpty is, columnMissing is not.
    expect(issues.dateEmpty).toBe(ISSUE_STRINGS_JA.dateEmpty);
    expect(issues.columnMissing).toBeUndefined();
    expect(onDemand.languageTables("zh")).toEqual({});
  });

  test("the pane then adds its row issues, in either order, and has the whole table", async () => {
    const { onDemand, pane } = freshModules();
    await onDemand.loadIssueTables("zh");
    await pane.loadPaneLanguage("zh");
    expect(onDemand.languageTables("zh").issues).toEqual(ISSUE_STRINGS_ZH);
    // The functions asking after the pane change nothing.
    await onDemand.loadIssueTables("zh");
    expect(onDemand.languageTables("zh").issues).toEqual(ISSUE_STRINGS_ZH);
  });

  test("Japanese and Chinese split their tables at the same keys, and together have every key", () => {
    expect(Object.keys(ISSUE_CELLS_ZH).sort()).toEqual(Object.keys(ISSUE_CELLS_JA).sort());
    expect(Object.keys(ISSUE_ROWS_ZH).sort()).toEqual(Object.keys(ISSUE_ROWS_JA).sort());
    for (const [cells, rows, whole] of [
      [ISSUE_CELLS_JA, ISSUE_ROWS_JA, ISSUE_STRINGS_JA],
      [ISSUE_CELLS_ZH, ISSUE_ROWS_ZH, ISSUE_STRINGS_ZH],
    ] as const) {
      expect(Object.keys(cells).filter((key) => key in rows)).toEqual([]);
      expect(Object.keys({ ...cells, ...rows }).sort()).toEqual(
        Object.keys(ISSUE_STRINGS_EN).sort()
      );
      expect({ ...cells, ...rows }).toEqual(whole);
    }
  });

  test("the pane's language brings its texts, the ledger's and the issues', as languages.ts has them", async () => {
    const { onDemand, pane } = freshModules();
    await pane.loadPaneLanguage("zh");
    expect(onDemand.languageTables("zh")).toEqual({
      issues: ISSUE_STRINGS_ZH,
      strings: STRINGS_ZH,
      ledger: LEDGER_STRINGS_ZH,
    });
    expect(onDemand.languageTables("zh")).toEqual(allTables("zh"));
    expect(onDemand.languageTables("ja")).toEqual({});
    // English issues too: the portfolio reader words a row issue in English before the run renders it.
    expect(onDemand.languageTables("en")).toEqual({ issues: ISSUE_STRINGS_EN });
    await pane.loadPaneLanguage("ja");
    expect(onDemand.languageTables("ja")).toEqual({
      issues: ISSUE_STRINGS_JA,
      strings: STRINGS_JA,
      ledger: LEDGER_STRINGS_JA,
    });
  });
});
