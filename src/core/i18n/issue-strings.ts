import { Language } from "./language";
import { languageTables } from "./languages";
import { ISSUE_STRINGS_EN, IssueStringKey, IssueStrings } from "./issue-strings-en";

/**
 * What the add-in says about a cell, a row or a value (row issues of the portfolio, the projection's row
 * issues, the errors of the readers that the custom functions show in a cell), in English, Japanese and
 * Chinese: the one place these messages are worded. Every message is a key with {parameters}; a test
 * checks each key in each language uses the same parameters. `label_*` are the column names a message
 * names, `word_*` the fixed phrases a parameter stands for (see issue-text.ts).
 */
export type { IssueStringKey, IssueStrings } from "./issue-strings-en";

const en = ISSUE_STRINGS_EN;

/** True when `key` names a message of these tables (a DomainError's key or a RowIssue's code). */
export function isIssueKey(key: string | undefined): key is IssueStringKey {
  return key !== undefined && Object.prototype.hasOwnProperty.call(en, key);
}

/** Every language's messages; Japanese and Chinese come from languages.ts (English until loaded, in a bundle). */
export const ISSUE_STRINGS: Record<Language, IssueStrings> = {
  en,
  get ja() {
    return languageTables("ja").issues ?? en;
  },
  get zh() {
    return languageTables("zh").issues ?? en;
  },
};
