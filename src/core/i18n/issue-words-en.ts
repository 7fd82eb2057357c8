/**
 * The English of the subsidy engine's reasons and notes, and the renderer every language's table shares
 * (issue-strings.ts holds every message in the three languages). A file of its own so that the code the
 * custom functions load (the subsidy engine) carries only these words, not every table.
 */
export const EN_REASONS = {
  // Why a subsidy is lower than its rule's amount (the Offsets sheet's Reason and Note).
  r_draft: "draft rule, not applied (ask for drafts to include it)",
  r_starts: "programme starts on {date}",
  r_ended: "programme ended on {date}",
  r_grantUnknown: "paid within {years} years from grant: the grant date is not known",
  r_outsideGrantWindow: "outside the {years} years from grant ({from} to {to})",
  r_minCases: "needs at least {min} cases in {year} (the data has {cases})",
  r_rightCap: "cap of {cap} payments per right reached",
  r_yearCap: "annual cap of {cap} reached",
  r_amountCap:
    "{who}annual amount cap of {cap} reached (paid {paid} of {cap} in {year} before this case)",
  r_perCaseCap: "per-case cap of {cap}",
  r_noCostBase: "{rate} of {base}: no {base} amount given (costBase)",
  r_stacking: 'excluded by stacking group "{group}": {winner} applies',
  r_earlierGrant: "applicant already had a grant before these events (applicantsWithEarlierGrants)",
  r_paidCaseOnly: "paid only with a paid case",
  r_paidCaseOnlyWhy: "paid only with a paid case: {problem}",
  r_banned: "{programme}: no subsidy allowed for this event",
  r_bannedWhy: "{programme}: {conditions}",
  r_limit:
    "{programme} limit of {rate} of {base}: {rate} × {costBase} = {allowed} for all programmes together ({used} already given to this case)",
  n_limitNotChecked:
    "{programme} limit of {rate} of {base} not checked: give the {base} as the event's costBase",
  word_officialFees: "official fees",
  word_annuity: "annuity",
  word_premium: "premium",
  word_interest: "interest",
  word_filingCosts: "filing costs",
  word_costBase: "cost base",
};

/**
 * The phrases a message's parameter stands for (`word_*` of issue-strings-en.ts, with EN_REASONS'): a
 * renderer maps a parameter's English phrase to its key through them, so they stay in the code while
 * each language's tables, English's too, are fetched on demand (languages-on-demand.ts).
 */
export const EN_WORDS = {
  word_annuityYear: "a whole annuity year such as 5",
  word_annuityYear4: "a whole annuity year such as 4",
  word_reduction: "a reduction such as 0.85 or 85",
  word_invention: "invention",
  word_utility: "utility",
  word_design: "design",
  word_aInvention: "an invention patent",
  word_aUtility: "a utility model",
  word_aDesign: "a design",
  word_patent: "patent",
  word_amountZeroOrMore: "an amount, 0 or more",
  word_rateFraction: "a fraction such as 0.042",
};

/** Every phrase a parameter of the issue tables stands for, in English (see renderMessage). */
export const ENGLISH_WORDS: Readonly<Record<string, string>> = { ...EN_WORDS, ...EN_REASONS };

/** The key of a subsidy reason or note. */
export type ReasonKey = keyof typeof EN_REASONS;

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
const WORD_PARAMS = new Set(["what", "type", "kind", "base", "basis"]);

function wordKey(en: Readonly<Record<string, string>>, value: string): string | undefined {
  return Object.keys(en).find((key) => key.startsWith("word_") && en[key] === value);
}

/**
 * A message through one language's table: its entry with the parameters filled in (`fieldKey` and
 * `fieldKeys` as that language's column names, a `cause` as {problem}, its parts joined by `separator`).
 * A message without an entry keeps its own (English) text.
 * @example renderMessage(EN_REASONS, EN_REASONS, { code: "r_yearCap", params: { cap: 5 }, message: "" }, "; ") //=> "annual cap of 5 reached"
 */
export function renderMessage(
  strings: Readonly<Record<string, string>>,
  english: Readonly<Record<string, string>>,
  message: CodedMessage,
  separator: string
): string {
  const table = strings;
  if (message.code === undefined || !Object.prototype.hasOwnProperty.call(table, message.code))
    return message.message;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    const word = WORD_PARAMS.has(name) ? wordKey(english, String(value)) : undefined;
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
      .map((cause: CodedMessage) => renderMessage(strings, english, cause, separator))
      .join(separator);
  return table[message.code].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? values[name] : match
  );
}

/**
 * A message in English, without the other languages' tables.
 * @example englishText({ code: "r_yearCap", params: { cap: 5 }, message: "" }) //=> "annual cap of 5 reached"
 */
export function englishText(message: CodedMessage): string {
  return renderMessage(EN_REASONS, EN_REASONS, message, "; ");
}
