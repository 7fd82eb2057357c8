import { Language } from "./language";
import type { IssueStrings } from "./issue-strings-en";
import { languageTable } from "./language-table";

/**
 * What the add-in says about a cell, a row or a value (row issues of the portfolio, the projection's row
 * issues, the errors of the readers that the custom functions show in a cell), in English, Japanese and
 * Chinese: the one place these messages are worded. Every message is a key with {parameters}; a test
 * checks each key in each language uses the same parameters. `label_*` are the column names a message
 * names, `word_*` the fixed phrases a parameter stands for (see issue-text.ts).
 */
export type { IssueStringKey, IssueStrings } from "./issue-strings-en";

/** Every language's messages, from languages.ts (in a bundle, as each page fetched them). */
export const ISSUE_STRINGS: Record<Language, IssueStrings> = {
  get en() {
    return languageTable("issues", "en");
  },
  get ja() {
    return languageTable("issues", "ja");
  },
  get zh() {
    return languageTable("issues", "zh");
  },
};
