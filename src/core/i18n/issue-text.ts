import { isDomainError } from "../errors/domain-error";
import { ISSUE_STRINGS, IssueStringKey } from "./issue-strings";
import { CodedMessage, ENGLISH_WORDS, renderMessage } from "./issue-words-en";
import { Language } from "./language";
import { loadIssueTables } from "./languages";

export type { CodedMessage } from "./issue-words-en";

/**
 * The text of a message in `language`: its table entry with the parameters filled in; `fieldKey` and
 * `fieldKeys` (column keys) give {field} and {fields} in the language's words, and a `cause` gives
 * {problem}. A message without an entry keeps its own (English) text.
 * @example messageText("ja", { code: "idEmpty", message: "" }) //=> "ID が空欄です：出願番号または特許番号を入力してください。"
 */
export function messageText(language: Language, message: CodedMessage): string {
  return renderMessage(
    ISSUE_STRINGS[language],
    // The English phrases only (in the code): a page holds no other language's table.
    ENGLISH_WORDS,
    message,
    language === "en" ? "; " : "；"
  );
}

/**
 * Fetches the issue tables of `language` where a bundle loads them on demand (languages-on-demand.ts); the
 * custom functions call it through their own chunk of this module (cell-errors.ts).
 * @example await loadIssueLanguage("ja") // errorText("ja", …) is then in Japanese
 */
export function loadIssueLanguage(language: Language): Promise<void> {
  return loadIssueTables(language);
}

/**
 * One message of the tables in `language`, from its key and parameters.
 * @example issueText("en", "r_yearCap", { cap: 5 }) //=> "annual cap of 5 reached"
 */
export function issueText(
  language: Language,
  code: IssueStringKey,
  params: Record<string, string | number> = {}
): string {
  return messageText(language, { code, params, message: "" });
}

/**
 * An error as the user reads it in `language`: a DomainError through the tables (its key and
 * parameters), anything else as an unexpected error with its own text.
 * @example errorText("zh", readDateError) //=> "filingDate 不是日期：…"
 */
export function errorText(language: Language, error: unknown): string {
  if (isDomainError(error)) return messageText(language, codedError(error));
  const detail = error instanceof Error ? error.message : String(error);
  return messageText(language, {
    code: "unexpected",
    params: { problem: detail },
    message: `Unexpected error: ${detail}`,
  });
}

/**
 * A DomainError as a coded message (its key, parameters with the field, and English text).
 * @example codedError(new DomainError("invalid-date", "date", "…", { key: "dateEmpty" })).code //=> "dateEmpty"
 */
export function codedError(error: {
  key?: string;
  field: string;
  params: Readonly<Record<string, string | number>>;
  message: string;
}): CodedMessage {
  return {
    code: error.key,
    params: { field: error.field, ...error.params },
    message: error.message,
  };
}

/**
 * A message (a RowIssue) with its text rendered in `language`: what the run does to every issue once.
 * @example localized("ja", { code: "idEmpty", message: "ID is empty: …" }).message //=> "ID が空欄です：…"
 */
export function localized<T extends CodedMessage>(language: Language, message: T): T {
  return message.code === undefined
    ? message
    : { ...message, message: messageText(language, message) };
}
