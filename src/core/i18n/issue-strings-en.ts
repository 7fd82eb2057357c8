import { EN_REASONS, EN_WORDS } from "./issue-words-en";

/** The English of issue-strings.ts, with the keys every language must have (a module of its own: see languages.ts). */
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

const enWithoutReasons = {
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
  rateMissingRights:
    "{id} and {others} other rights charged in {currency}: no exchange rate for {currency} into {output}: their fees are shown in {currency} and left out of the converted totals; add the rate to the exchange-rate table.",
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
    "fee, 割増 and restoration fee (Patent Act Art. 112-2) [{confidence}]; request within 1 year after the late-payment period and within 2 months of being able to act",
  restore_kr: "{multiple} × the fee (Patent Act Art. 81-3) [{confidence}]",
  restore_usWithin:
    "petition to accept a delayed maintenance fee (37 CFR 1.378, within the threshold, which ends {threshold}) plus the fee [{confidence}]",
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
  // Phrases a parameter stands for: EN_WORDS (issue-words-en.ts).
  ...EN_WORDS,
  // Errors of the custom functions' arguments (finance, European renewals, office schedules, JP/KR/US).
  lprBeforeStart:
    "No LPR on {date}: the reformed LPR starts {start}; enter the benchmark rate yourself.",
  lprTenorUnknown: 'tenor "{value}" is unknown: give "1Y" or "5Y".',
  lprRuleUnknown: 'rule "{value}" is unknown: give "in_force", "prev_month" or "december".',
  textMissing: "{field} is missing or not text: give {help}.",
  dayCountInvalid: 'dayCount must be "ACT/360" or "ACT/365".',
  renewalYear: "year {year} has no {office} renewal fee: give a whole year from {first} to {last}.",
  renewalOfficeUnknown:
    'office "{value}" is not one IP.RENEWAL knows: give "DE", "FR", "NL" or "GB".',
  renewalOfficeMissing: 'office is missing: give "DE", "FR", "NL" or "GB".',
  officeNoData: '{field} "{value}" has no fee data here: give one of {offices}.',
  feeNegative: "{field} {value} is negative: give 0 or more.",
  jpYear: "{field} {year} is not a {kind} fee year: give a whole number from 1 to {max}.",
  krYear: "{field} {year} is not a KIPO patent fee year: give a whole number from 1 to {max}.",
  usStage:
    "{field} {value} is not a maintenance-fee stage: give 1, 2 or 3 (the stage), or 3.5, 7.5 or 11.5 (the years after grant).",
  dateOrderEnd: "{field} is before startDate: give an end date on or after the start.",
  dayCountUnknown: '{field} "{value}" is unknown: give "ACT/360" or "ACT/365".',
  feeTypeUnknown: '{field} "{value}" is unknown: give {known}.',
  feesWithInterest:
    "{programme} subsidises fees together with interest: use IP.LOAN_INTEREST_SUBSIDY with the fees argument.",
  ratioAboveMax:
    "ratio {value} is outside 0…{max}: give the approved share, at most {programme}'s maximum.",
  scoreRange: "{field} {value} is outside 0…100: give a score from 0 to 100.",
  weightNegative: "{field} {value} is negative: give a weight of 0 or more.",
  weightsZero: "all weights are 0: give at least one weight above 0.",
  balanceAboveLimit:
    "balance {value} is above {scheme}'s limit {limit}: the scheme does not cover the loan.",
  partyUnknown: 'party "{value}" is not in {scheme}: give one of {known}.',
  pledgeKindUnknown: 'kind "{value}" is unknown: give {known}.',
  pledgeProfileUnknown: 'profile "{value}" is unknown: give one of {known}, or an LTV.',
  ltvRange: "ltv {value} is outside (0, 1]: give a ratio such as 0.25.",
  ltvMissing: 'state an LTV or a profile (e.g. "BOCOM-2006"): there is no default LTV.',
  profileKind: "profile {profile} does not accept {kind} rights: give an LTV or another profile.",
  // The loans table (IP Finance).
  loanNoColumns: "The loans table has no {columns} column: add it to the header row.",
  loanErrorValue: "{field} holds an error value: fix the cell.",
  loanEmpty: "{field} is empty: give a value.",
  loanEndBeforeStart: "End {end} is before Start {start}: give the repayment date.",
  loanNotText: "{field}: give text.",
  loanNegative: "{field} {value} is negative: give an amount of 0 or more.",
  loanShareRange: "{field} {value} is outside 0…1: give a share such as 0.6.",
  loanRateRange:
    "{field} {value} is outside (0, 1): give the annual rate as a fraction, e.g. 0.042 for 4.2%.",
  financeProgrammeUnknown: 'programme "{value}" is unknown: give one of {known}.',
  financeSchemeUnknown: 'scheme "{value}" is unknown: give one of {known}.',
  flagNotFlag: "{field} must be TRUE or FALSE.",
};

export const ISSUE_STRINGS_EN = { ...enWithoutReasons, ...EN_REASONS };

export type IssueStringKey = keyof typeof ISSUE_STRINGS_EN;
export type IssueStrings = Record<IssueStringKey, string>;

/**
 * The messages only the pane shows (the portfolio's and the projection's row issues, the report's notes,
 * the loans table's errors, the subsidy run's reasons): in Japanese and Chinese a table of their own
 * (issue-rows-ja.ts, issue-rows-zh.ts), which the custom functions never fetch; the rest, what a cell
 * error can say, is issue-cells-ja.ts and issue-cells-zh.ts (test/functions/cell-error-keys.test.ts).
 */
export type IssueRowKey =
  | "claimsNotNumber"
  | "entityMeaningless"
  | "officeNoKind"
  | "officeNoKindUs"
  | "columnMissing"
  | "columnsMissing"
  | "cellError"
  | "kindEmpty"
  | "trademarkUnsupported"
  | "statusUnknown"
  | "officeUnsupported"
  | "claimsMissing"
  | "pctGranted"
  | "madridPatent"
  | "trademarkPct"
  | "grantBeforeFiling"
  | "grantAfterTerm"
  | "reductionNeedsGrant"
  | "mergedCells"
  | "feeProblem"
  | "feeProblemYear"
  | "officeFeeProblemYear"
  | "subsidiesFailed"
  | "rateMissing"
  | "rateMissingRights"
  | "noAmount"
  | "noAmountWhy"
  | "duplicate_publication"
  | "duplicate_grant"
  | "duplicate_registration"
  | "applicantPlaces"
  | "staleRate"
  | "note_pendingAssumed"
  | "note_noAmount"
  | "note_noRate"
  | "note_unverified"
  | "note_overdue"
  | "note_outputCurrency"
  | "note_rateSetting"
  | "restore_jp"
  | "restore_kr"
  | "restore_usWithin"
  | "restore_usPast"
  | "restore_notInData"
  | "restore_notInDataWhy"
  | "loanNoColumns"
  | "loanErrorValue"
  | "loanEmpty"
  | "loanEndBeforeStart"
  | "loanNotText"
  | "r_draft"
  | "r_grantUnknown"
  | "r_outsideGrantWindow"
  | "r_minCases"
  | "r_rightCap"
  | "r_amountCap"
  | "r_stacking"
  | "r_earlierGrant"
  | "r_paidCaseOnly"
  | "r_paidCaseOnlyWhy"
  | "r_banned"
  | "r_bannedWhy"
  | "r_limit"
  | "n_limitNotChecked";
/** What the custom functions' cell errors can show, in one language. */
export type IssueCellStrings = Omit<IssueStrings, IssueRowKey>;
/** What only the pane shows, in one language. */
export type IssueRowStrings = Pick<IssueStrings, IssueRowKey>;
