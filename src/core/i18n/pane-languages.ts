import { Language } from "./language";
import { loadIssueTables } from "./languages";

/**
 * Makes every table the pane shows in `language` available (its texts, the ledger's and the issues'):
 * here they always are; the bundles use pane-languages-on-demand.ts, which fetches them. A module apart
 * from languages.ts so that the custom functions, which need only the issue tables, never reach the
 * pane's (a chunk a page's code can reach counts in its size).
 * @example await loadPaneLanguage("ja") // translate("ja", …) is then in Japanese
 */
export function loadPaneLanguage(language: Language): Promise<void> {
  return loadIssueTables(language);
}
