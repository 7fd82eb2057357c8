import { Language } from "./language";
import type { LanguageTables } from "./languages";

/*
 * The bundles' languages.ts (webpack.config.js puts it in its place): each language's tables, English's
 * too, are chunks of their own, fetched when a page asks, so a page downloads only its user's language.
 */

const LOADED: Record<Language, LanguageTables> = { en: {}, ja: {}, zh: {} };

/**
 * The tables of `language` fetched so far (pane-languages-on-demand.ts adds the pane's).
 * @example languageTables("ja").issues //=> undefined until loadIssueTables("ja") resolves
 */
export function languageTables(language: Language): LanguageTables {
  return LOADED[language];
}

/** The issue tables of `language`: one chunk per language (import() needs a literal path). */
async function fetchIssues(language: Language) {
  if (language === "ja")
    return (await import(/* webpackChunkName: "issues-ja" */ "./issue-strings-ja"))
      .ISSUE_STRINGS_JA;
  if (language === "zh")
    return (await import(/* webpackChunkName: "issues-zh" */ "./issue-strings-zh"))
      .ISSUE_STRINGS_ZH;
  return (await import(/* webpackChunkName: "issues-en" */ "./issue-strings-en")).ISSUE_STRINGS_EN;
}

/**
 * Fetches the issue tables of `language`: what the custom functions' cell errors and the pane both need.
 * @example await loadIssueTables("ja") // errorText("ja", …) is then in Japanese
 */
export async function loadIssueTables(language: Language): Promise<void> {
  LOADED[language].issues ??= await fetchIssues(language);
}
