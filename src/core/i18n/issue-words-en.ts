/**
 * The English table of the issue messages (see issue-strings.ts for all three languages) and the renderer
 * every language shares. A file of its own so that code that only needs the English text (the subsidy
 * engine's reasons, the custom functions) does not carry the Japanese and Chinese tables.
 */
const DATE_FORMS = "a date, or text as yyyy-mm-dd, yyyy/mm/dd or yyyy年m月d日";
const KINDS =
  '"invention", "utility" or "design" (also 发明, 实用新型, 外观设计, 特許, 実用新案, 意匠)';
const STATUSES =
  "pending, granted, lapsed or abandoned (also 审查中/授权/失效/放弃, 審査中/登録/消滅/放棄)";
const REDUCTIONS =
  "a fraction from 0 up to (not including) 1 such as 0.85 or 0.7, or the percentages 85 and 70";
const OFFICES =
  'a two-letter office code such as CN, US, JP, EP, KR, EM (EUIPO), or "PCT" (international patent application) or "MADRID" (international trademark registration)';
const SAMPLE_COLUMNS =
  "Name the columns as in the sample (ID, Right type, Filing date, …; 申请号/出願番号, 类型/種別, 申请日/出願日).";

export const ISSUE_STRINGS_EN = {
  // Readers of cell values (DomainError keys).
  dateEmpty: `{field} is empty: give ${DATE_FORMS}.`,
  dateNotDate: `{field} is not a date: give ${DATE_FORMS}.`,
  dateNotCalendar: '{field} "{value}" is not a calendar date.',
  dateTextNotDate: `{field} "{value}" is not a date: give ${DATE_FORMS}.`,
  serialNotDate: "{field} is not a date: give a date or a yyyy-mm-dd text.",
  serialOutOfRange:
    "{field} {value} is outside 1900-03-01 … 9999-12-31: give a date in that range.",
  numberEmpty: "{field} is empty: give {what}.",
  numberNotNumber: "{field} {value} is not a number: give {what}.",
  reductionNotStatutory:
    '{field} "{value}" is a reduction of {rate}, which no statutory rate matches: give 85% (one owner pays 15%) or 70% (several pay 30%).',
  reductionInvalid: `{field} {value} is not a fee reduction: give ${REDUCTIONS}.`,
  claimsNotNumber: '{field} "{value}" is not a number of claims: give a whole number from 1.',
  entityMeaningless:
    '{field} "{value}" means nothing for {office}: no fee reduction of that office is in our data, so leave it blank.',
  officeNoKind: "{office} has no fee data here for {type}: only patents of {office} are projected.",
  officeNoKindUs:
    "{office} has no fee data here for {type}: only utility and design patents of {office} are projected.",
  jurisdictionAmbiguous:
    '{field} "{value}" is ambiguous: give "PCT" for an international patent application or "MADRID" for an international trademark registration.',
  jurisdictionUnknown: `{field} "{value}" is unknown: give ${OFFICES}.`,
  kindUnknownCn: `{field} "{value}" is unknown: use ${KINDS}.`,
  yearOutsideTerm:
    "year {year} is outside the {term}-year term of this {kind} (filed {filed}): give a whole number from 1 to {term}.",
  yearOutsideLongest:
    "year {year} is outside the {term}-year longest term (filed {filed}): give a whole number from 1 to {term}.",
  dateBeforeFiling: "{field} {date} is before the filing date {filed}.",
  // Row issues of the portfolio.
  columnMissing: `Column not found in the header row: {fields}. ${SAMPLE_COLUMNS}`,
  columnsMissing: `Columns not found in the header row: {fields}. ${SAMPLE_COLUMNS}`,
  cellError: "{field} holds the error {value}: fix the formula or type the value.",
  idEmpty: "ID is empty: give the application or patent number.",
  kindEmpty: `Right type is empty: give ${KINDS}, or trademark (商标, 商標).`,
  kindUnknown: `Right type "{value}" is unknown: use ${KINDS}, or trademark (商标, 商標).`,
  trademarkUnsupported:
    "Right type trademark is not supported yet: only patents ({offices}) are projected.",
  statusUnknown: `Status "{value}" is unknown: use ${STATUSES}.`,
  officeUnsupported:
    "Jurisdiction {office} has no fee data here: the offices projected are {offices}.",
  claimsMissing:
    "Claims is missing: the {office} fee depends on the number of claims, so give it (a whole number from 1).",
  pctGranted:
    "A PCT application is not granted: give each national grant on a row of its own (jurisdiction US, JP, …).",
  madridPatent: "MADRID registers trademarks: a patent needs its office (PCT, US, …).",
  trademarkPct:
    "A trademark has no PCT publication: give its registration date in the grant date column.",
  grantBeforeFiling: "Grant date {grant} is before the filing date {filing}.",
  grantAfterTerm: "Grant date {grant} is after the end of the term ({end}).",
  reductionNeedsGrant:
    "Fee reduction needs the grant date (date of the notice to grant) of this granted right.",
  mergedCells:
    "{field} is merged over rows {rows}: its value “{value}” is read for each of these rows.",
  // The projection's row issues: {problem} is the reader's or the fee rules' message.
  feeProblem: "{id}: {problem}",
  feeProblemYear: "{id}, year {year} (due {due}): {problem}",
  officeFeeProblemYear: "{id}, year {year}: {problem}",
  subsidiesFailed: "Subsidies could not be computed: {problem}",
  unexpected: "Unexpected error: {problem}",
  rateMissing:
    "{id}: no exchange rate for {currency} into {output}: its fees are shown in {currency} and left out of the converted totals; add the rate to the exchange-rate table.",
  noAmount:
    "{id}, year {year} (due {due}): no confirmed amount. Later fees of this right may be blank too; the Summary counts them.",
  noAmountWhy:
    "{id}, year {year} (due {due}): no confirmed amount ({problem}). Later fees of this right may be blank too; the Summary counts them.",
  duplicate_publication:
    "{id} also has a publication in {jurisdiction} ({date}) on row {rows}: a right is published once per office, so neither row earns a subsidy for it until the duplicate is removed.",
  duplicate_grant:
    "{id} also has a grant in {jurisdiction} ({date}) on row {rows}: a right is granted once per office, so neither row earns a subsidy for it until the duplicate is removed.",
  duplicate_registration:
    "{id} also has a registration in {jurisdiction} ({date}) on row {rows}: a right is registered once per office, so neither row earns a subsidy for it until the duplicate is removed.",
  applicantPlaces:
    'Applicant "{applicant}" is located in several places (rows in brackets): {places}. One applicant has one location (give each company its own applicant name), so its rows earn no subsidy until they agree.',
  staleRate: "The {currency} rate is dated more than {days} days before the as-of date: update it.",
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
  // Notes on the Projection sheet's fee rows of other offices.
  note_pendingAssumed: "pending: assumed granted on the as-of date",
  note_noAmount: "no confirmed amount",
  note_noRate: "no {currency} rate into {output}",
  note_unverified: "{confidence}: amount not verified against the office's own schedule",
  note_overdue: "overdue: includes a surcharge of {surcharge} {currency}",
  note_outputCurrency: "output currency",
  note_rateSetting: "rate setting",
  // How another office's right is restored (the Deadlines sheet's notes).
  restore_jp:
    "fee, 割増 and restoration fee (Patent Act Art. 112-2) [{confidence}]; the period to request it is not in our data",
  restore_kr: "twice the fee (Patent Act Art. 81-3) [{confidence}]",
  restore_usWithin:
    "petition to accept a delayed maintenance fee (37 CFR 1.378, within the threshold) plus the fee [{confidence}]",
  restore_usPast:
    "petition to accept a delayed maintenance fee (37 CFR 1.378, past the threshold) plus the fee [{confidence}]",
  restore_notInData: "restoration possible: cost not in our data",
  restore_notInDataWhy: "restoration possible: cost not in our data ({problem})",
  // Column names in messages (the same words as the sample's headers).
  label_id: "ID",
  label_title: "Title",
  label_kind: "Right type",
  label_filingDate: "Filing date",
  label_grantDate: "Grant date",
  label_status: "Status",
  label_reduction: "Fee reduction",
  label_lastPaidYear: "Last annuity year paid",
  label_owner: "Owner",
  label_jurisdiction: "Jurisdiction",
  label_applicant: "Applicant",
  label_applicantLocation: "Applicant location",
  label_pctPublicationDate: "PCT publication date",
  label_lapseNoticeDate: "Lapse notice date",
  label_claims: "Claims",
  label_entity: "Entity",
  label_priorityDate: "Priority date",
  // Phrases a parameter stands for.
  word_annuityYear: "a whole annuity year such as 5",
  word_annuityYear4: "a whole annuity year such as 4",
  word_reduction: "a reduction such as 0.85 or 85",
  word_invention: "invention",
  word_utility: "utility",
  word_design: "design",
  word_aInvention: "an invention patent",
  word_aUtility: "a utility model",
  word_aDesign: "a design",
};

export type IssueStringKey = keyof typeof ISSUE_STRINGS_EN;
export type IssueStrings = Record<IssueStringKey, string>;

/** True when `key` names a message of these tables (a DomainError's key or a RowIssue's code). */
export function isIssueKey(key: string | undefined): key is IssueStringKey {
  return key !== undefined && Object.prototype.hasOwnProperty.call(ISSUE_STRINGS_EN, key);
}

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
  const en = ISSUE_STRINGS_EN as Record<string, string>;
  return (Object.keys(en) as IssueStringKey[]).find(
    (key) => key.startsWith("word_") && en[key] === value
  );
}

/**
 * A message through one language's table: its entry with the parameters filled in (`fieldKey` and
 * `fieldKeys` as that language's column names, a `cause` as {problem}, its parts joined by `separator`).
 * A message without an entry keeps its own (English) text.
 * @example renderMessage(ISSUE_STRINGS_EN, { code: "r_yearCap", params: { cap: 5 }, message: "" }, "; ") //=> "annual cap of 5 reached"
 */
export function renderMessage(
  strings: IssueStrings,
  message: CodedMessage,
  separator: string
): string {
  if (!isIssueKey(message.code)) return message.message;
  const table = strings as Record<string, string>;
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
      .map((cause: CodedMessage) => renderMessage(strings, cause, separator))
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
  return renderMessage(ISSUE_STRINGS_EN, message, "; ");
}
