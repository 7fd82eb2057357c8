import type { IssueStrings } from "./issue-strings-en";
import { ISSUE_CELLS_ZH } from "./issue-cells-zh";
import { ISSUE_ROWS_ZH } from "./issue-rows-zh";

/** The Chinese of issue-strings.ts, every key: what the functions' cell errors show (issue-cells-zh.ts)
 * and what only the pane shows (issue-rows-zh.ts), each a chunk of its own in the bundles. */
export const ISSUE_STRINGS_ZH: IssueStrings = { ...ISSUE_CELLS_ZH, ...ISSUE_ROWS_ZH };
