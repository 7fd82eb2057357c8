import type { IssueCellStrings, IssueStrings } from "./issue-strings-en";
import { Language } from "./language";
import type { IssueParts, LanguageTables } from "./languages";

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

/**
 * The issue table of `language` as far as it is fetched, in two parts: what a cell error can say (in
 * Japanese and Chinese the chunks issues-ja and issues-zh, what the custom functions fetch) and what only
 * the pane shows (issue-rows-ja, issue-rows-zh). English's table is one part, which only the pane fetches
 * (English cell errors carry their own text). The pane fetches its parts itself (pane-languages-on-demand.ts),
 * in chunks the custom functions cannot reach: a chunk a page's code can reach counts in its size.
 */
const ISSUE_PARTS: Record<Language, IssueParts> = { en: {}, ja: {}, zh: {} };

/**
 * Adds fetched parts to the issue table of `language`.
 * @example addIssues("ja", { rows: ISSUE_ROWS_JA }) // the row issues' texts are then in Japanese
 */
export function addIssues(language: Language, parts: IssueParts): void {
  const joined = Object.assign(ISSUE_PARTS[language], parts);
  // A part not fetched yet is absent; a message without an entry keeps its own (English) text.
  LOADED[language].issues = { ...joined.cells, ...joined.rows } as IssueStrings;
}

/** What a cell error can say in Japanese or Chinese: one chunk per language (import() needs a literal path). */
async function fetchIssueCells(language: "ja" | "zh"): Promise<IssueCellStrings> {
  if (language === "ja")
    return (await import(/* webpackChunkName: "issues-ja" */ "./issue-cells-ja")).ISSUE_CELLS_JA;
  return (await import(/* webpackChunkName: "issues-zh" */ "./issue-cells-zh")).ISSUE_CELLS_ZH;
}

/**
 * Fetches what the custom functions' cell errors can say in `language` (nothing in English, whose errors
 * carry their own text); the pane adds the rest (pane-languages-on-demand.ts).
 * @example await loadIssueTables("ja") // errorText("ja", …) is then in Japanese
 */
export async function loadIssueTables(language: Language): Promise<void> {
  if (language === "en" || ISSUE_PARTS[language].cells) return;
  addIssues(language, { cells: await fetchIssueCells(language) });
}
