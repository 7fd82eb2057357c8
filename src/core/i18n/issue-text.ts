import { isDomainError } from "../errors/domain-error";
import { ISSUE_STRINGS, IssueStringKey, isIssueKey } from "./issue-strings";
import { Language } from "./strings";

/**
 * A message as code and parameters: a RowIssue, a DomainError, or the cause one wraps. `message` is the
 * English text, kept for a message without a code (one the tables do not have yet).
 */
export interface CodedMessage {
  code?: string;
  params?: Readonly<Record<string, string | number>>;
  message: string;
  /** The problem(s) a message wraps (a fee rule's error on a projection row): rendered as {problem}. */
  cause?: CodedMessage | readonly CodedMessage[];
}

/** Parameters that name a fixed phrase (the English of a `word_*` entry) rather than data typed by the user. */
const WORD_PARAMS = new Set(["what", "type", "kind", "base"]);

function wordKey(value: string): IssueStringKey | undefined {
  const en = ISSUE_STRINGS.en as Record<string, string>;
  return (Object.keys(en) as IssueStringKey[]).find(
    (key) => key.startsWith("word_") && en[key] === value
  );
}

/**
 * The text of a message in `language`: its table entry with the parameters filled in; `fieldKey` and
 * `fieldKeys` (column keys) give {field} and {fields} in the language's words, and a `cause` gives
 * {problem}. A message without an entry keeps its own (English) text.
 * @example messageText("ja", { code: "idEmpty", message: "" }) //=> "ID が空欄です：出願番号または特許番号を入力してください。"
 */
export function messageText(language: Language, message: CodedMessage): string {
  if (!isIssueKey(message.code)) return message.message;
  const table = ISSUE_STRINGS[language] as Record<string, string>;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    const word = WORD_PARAMS.has(name) ? wordKey(String(value)) : undefined;
    values[name] = word ? table[word] : String(value);
  }
  const fieldKey = message.params?.fieldKey;
  if (fieldKey !== undefined && `label_${fieldKey}` in table)
    values.field = table[`label_${fieldKey}`];
  const fieldKeys = message.params?.fieldKeys;
  if (fieldKeys !== undefined)
    values.fields = String(fieldKeys)
      .split(",")
      .map((key) => `"${table[`label_${key}`] ?? key}"`)
      .join(", ");
  if (message.cause)
    values.problem = (Array.isArray(message.cause) ? message.cause : [message.cause])
      .map((cause: CodedMessage) => messageText(language, cause))
      .join(language === "en" ? "; " : "；");
  return table[message.code].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? values[name] : match
  );
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
