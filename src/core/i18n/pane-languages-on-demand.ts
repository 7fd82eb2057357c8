import { Language } from "./language";
import { languageTables, loadIssueTables } from "./languages";

/**
 * The bundles' pane-languages.ts: fetches the pane's texts and the ledger's in `language` (one chunk per
 * language, pane-ja or pane-zh) with its issue tables, so the pane opens in its user's language only.
 * @example await loadPaneLanguage("ja") // translate("ja", …) is then in Japanese
 */
export async function loadPaneLanguage(language: Language): Promise<void> {
  if (language === "en") return;
  const fetchPane =
    language === "ja"
      ? Promise.all([
          import(/* webpackChunkName: "pane-ja" */ "./strings-ja"),
          import(/* webpackChunkName: "pane-ja" */ "./ledger-strings-ja"),
        ]).then(([strings, ledger]) => ({
          strings: strings.STRINGS_JA,
          ledger: ledger.LEDGER_STRINGS_JA,
        }))
      : Promise.all([
          import(/* webpackChunkName: "pane-zh" */ "./strings-zh"),
          import(/* webpackChunkName: "pane-zh" */ "./ledger-strings-zh"),
        ]).then(([strings, ledger]) => ({
          strings: strings.STRINGS_ZH,
          ledger: ledger.LEDGER_STRINGS_ZH,
        }));
  const [tables] = await Promise.all([fetchPane, loadIssueTables(language)]);
  Object.assign(languageTables(language), tables);
}
