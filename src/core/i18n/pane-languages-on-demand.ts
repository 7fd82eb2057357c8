import { Language } from "./language";
import {
  IssueParts,
  LanguageTables,
  addIssues,
  languageTables,
  loadIssueTables,
} from "./languages";

/** The pane's texts and the ledger's in `language`: one chunk per language (pane-en, pane-ja, pane-zh). */
async function fetchPane(language: Language): Promise<LanguageTables> {
  if (language === "ja") {
    const [strings, ledger] = await Promise.all([
      import(/* webpackChunkName: "pane-ja" */ "./strings-ja"),
      import(/* webpackChunkName: "pane-ja" */ "./ledger-strings-ja"),
    ]);
    return { strings: strings.STRINGS_JA, ledger: ledger.LEDGER_STRINGS_JA };
  }
  if (language === "zh") {
    const [strings, ledger] = await Promise.all([
      import(/* webpackChunkName: "pane-zh" */ "./strings-zh"),
      import(/* webpackChunkName: "pane-zh" */ "./ledger-strings-zh"),
    ]);
    return { strings: strings.STRINGS_ZH, ledger: ledger.LEDGER_STRINGS_ZH };
  }
  const [strings, ledger] = await Promise.all([
    import(/* webpackChunkName: "pane-en" */ "./strings-en"),
    import(/* webpackChunkName: "pane-en" */ "./ledger-strings-en"),
  ]);
  return { strings: strings.STRINGS_EN, ledger: ledger.LEDGER_STRINGS_EN };
}

/**
 * The parts of the issue table of `language` the custom functions do not fetch: in Japanese and Chinese
 * the row issues (issue-rows-ja, issue-rows-zh), in English the whole table (issues-en).
 */
async function fetchIssueParts(language: Language): Promise<IssueParts> {
  if (language === "ja")
    return {
      rows: (await import(/* webpackChunkName: "issue-rows-ja" */ "./issue-rows-ja")).ISSUE_ROWS_JA,
    };
  if (language === "zh")
    return {
      rows: (await import(/* webpackChunkName: "issue-rows-zh" */ "./issue-rows-zh")).ISSUE_ROWS_ZH,
    };
  return {
    cells: (await import(/* webpackChunkName: "issues-en" */ "./issue-strings-en"))
      .ISSUE_STRINGS_EN,
  };
}

/**
 * The bundles' pane-languages.ts: fetches every table the pane shows in `language` (its texts, the
 * ledger's and the issues', the row issues' part too), so the pane opens with its user's language only, and the English issue
 * table, in which the portfolio reader words a row issue before the run renders it (read-portfolio.ts).
 * @example await loadPaneLanguage("ja") // translate("ja", …) is then in Japanese
 */
export async function loadPaneLanguage(language: Language): Promise<void> {
  const [tables, issues, english] = await Promise.all([
    fetchPane(language),
    fetchIssueParts(language),
    fetchIssueParts("en"),
    loadIssueTables(language),
  ]);
  addIssues("en", english);
  addIssues(language, issues);
  Object.assign(languageTables(language), tables);
}
