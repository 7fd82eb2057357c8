import { ISSUE_STRINGS_EN } from "../../../src/core/i18n/issue-strings-en";
import { ENGLISH_WORDS } from "../../../src/core/i18n/issue-words-en";
import { LEDGER_STRINGS_EN } from "../../../src/core/i18n/ledger-strings-en";
import { STRINGS_EN } from "../../../src/core/i18n/strings-en";
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

  test("the functions' issue tables come alone, and equal the tables of languages.ts", async () => {
    const { onDemand } = freshModules();
    await onDemand.loadIssueTables("ja");
    expect(onDemand.languageTables("ja")).toEqual({ issues: ISSUE_STRINGS_JA });
    expect(onDemand.languageTables("ja").issues).toEqual(allTables("ja").issues);
    expect(onDemand.languageTables("zh")).toEqual({});
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
