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

describe("languages on demand", () => {
  test("nothing is there before a page asks; English asks for nothing", async () => {
    const { onDemand } = freshModules();
    await onDemand.loadIssueTables("en");
    expect(onDemand.languageTables("ja")).toEqual({});
    expect(onDemand.languageTables("zh")).toEqual({});
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
    await pane.loadPaneLanguage("ja");
    expect(onDemand.languageTables("ja")).toEqual({
      issues: ISSUE_STRINGS_JA,
      strings: STRINGS_JA,
      ledger: LEDGER_STRINGS_JA,
    });
  });
});
