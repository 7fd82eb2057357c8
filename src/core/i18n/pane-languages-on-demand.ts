import { Language } from "./language";
import { LanguageTables, languageTables, loadIssueTables } from "./languages";

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
 * The bundles' pane-languages.ts: fetches every table the pane shows in `language` (its texts, the
 * ledger's and the issues'), so the pane opens with its user's language only, and the English issue
 * table, in which the portfolio reader words a row issue before the run renders it (read-portfolio.ts).
 * @example await loadPaneLanguage("ja") // translate("ja", …) is then in Japanese
 */
export async function loadPaneLanguage(language: Language): Promise<void> {
  const [tables] = await Promise.all([
    fetchPane(language),
    loadIssueTables(language),
    loadIssueTables("en"),
  ]);
  Object.assign(languageTables(language), tables);
}
