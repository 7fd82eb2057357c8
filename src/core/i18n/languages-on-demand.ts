import { Language } from "./language";
import type { LanguageTables, OtherLanguage } from "./languages";

/*
 * The bundles' languages.ts (webpack.config.js puts it in its place): each language's tables are chunks
 * of their own, fetched when a page asks, so a page downloads only its user's language. Until they
 * arrive (or if they cannot be fetched) the texts are English: the tables fall back to `en`.
 */

const LOADED: Record<OtherLanguage, LanguageTables> = { ja: {}, zh: {} };

/**
 * The tables of `language` fetched so far (pane-languages-on-demand.ts adds the pane's).
 * @example languageTables("ja").issues //=> undefined until loadIssueTables("ja") resolves
 */
export function languageTables(language: OtherLanguage): LanguageTables {
  return LOADED[language];
}

/**
 * Fetches the issue tables of `language` (nothing for English, which is in the code): what the custom
 * functions' cell errors and the pane both need, one chunk per language.
 * @example await loadIssueTables("ja") // errorText("ja", …) is then in Japanese
 */
export async function loadIssueTables(language: Language): Promise<void> {
  if (language === "en") return;
  LOADED[language].issues =
    language === "ja"
      ? (await import(/* webpackChunkName: "issues-ja" */ "./issue-strings-ja")).ISSUE_STRINGS_JA
      : (await import(/* webpackChunkName: "issues-zh" */ "./issue-strings-zh")).ISSUE_STRINGS_ZH;
}
