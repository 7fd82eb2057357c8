import type { IssueStrings } from "./issue-strings-en";
import { ISSUE_CELLS_JA } from "./issue-cells-ja";
import { ISSUE_ROWS_JA } from "./issue-rows-ja";

/** The Japanese of issue-strings.ts, every key: what the functions' cell errors show (issue-cells-ja.ts)
 * and what only the pane shows (issue-rows-ja.ts), each a chunk of its own in the bundles. */
export const ISSUE_STRINGS_JA: IssueStrings = { ...ISSUE_CELLS_JA, ...ISSUE_ROWS_JA };
