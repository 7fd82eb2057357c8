import {
  ISSUE_STRINGS_EN,
  IssueCellStrings,
  IssueRowStrings,
  IssueStrings,
} from "./issue-strings-en";
import { ISSUE_STRINGS_JA } from "./issue-strings-ja";
import { ISSUE_STRINGS_ZH } from "./issue-strings-zh";
import { Language } from "./language";
import { LEDGER_STRINGS_EN, LedgerStrings } from "./ledger-strings-en";
import { LEDGER_STRINGS_JA } from "./ledger-strings-ja";
import { LEDGER_STRINGS_ZH } from "./ledger-strings-zh";
import { STRINGS_EN, Strings } from "./strings-en";
import { STRINGS_JA } from "./strings-ja";
import { STRINGS_ZH } from "./strings-zh";

/*
 * Every language's tables, all present: what tests and tsc see. The bundles use languages-on-demand.ts
 * in its place (webpack.config.js), which fetches a language's tables when a page asks for them
 * (pane-languages.ts for the pane's own), so a page downloads only its user's language.
 */

/** One language's tables; in a bundle, a table not fetched yet is absent. */
export interface LanguageTables {
  issues?: IssueStrings;
  strings?: Strings;
  ledger?: LedgerStrings;
}

const TABLES: Record<Language, LanguageTables> = {
  en: { issues: ISSUE_STRINGS_EN, strings: STRINGS_EN, ledger: LEDGER_STRINGS_EN },
  ja: { issues: ISSUE_STRINGS_JA, strings: STRINGS_JA, ledger: LEDGER_STRINGS_JA },
  zh: { issues: ISSUE_STRINGS_ZH, strings: STRINGS_ZH, ledger: LEDGER_STRINGS_ZH },
};

/**
 * The tables of `language` available so far.
 * @example languageTables("ja").strings?.cancel //=> "キャンセル"
 */
export function languageTables(language: Language): LanguageTables {
  return TABLES[language];
}

/**
 * Makes the issue tables (row issues, cell errors) of `language` available: here they always are.
 * @example await loadIssueTables("zh") // then errorText("zh", …) is in Chinese
 */
export function loadIssueTables(language: Language): Promise<void> {
  void language;
  return Promise.resolve();
}

/** Parts of one language's issue table (the bundles fetch them apart: languages-on-demand.ts). */
export interface IssueParts {
  cells?: IssueCellStrings;
  rows?: IssueRowStrings;
}

/**
 * Adds fetched parts to the issue table of `language`: here the tables are whole already (the bundles'
 * languages-on-demand.ts joins the parts the functions and the pane fetch).
 * @example addIssues("ja", { rows: ISSUE_ROWS_JA }) // no change: ISSUE_STRINGS_JA has them
 */
export function addIssues(language: Language, parts: IssueParts): void {
  void language;
  void parts;
}
