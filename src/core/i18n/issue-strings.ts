import { Language } from "./language";
import { EN_REASONS } from "./issue-words-en";

/**
 * What the add-in says about a cell, a row or a value (row issues of the portfolio, the projection's row
 * issues, the errors of the readers that the custom functions show in a cell), in English, Japanese and
 * Chinese: the one place these messages are worded. Every message is a key with {parameters}; a test
 * checks each key in each language uses the same parameters. `label_*` are the column names a message
 * names, `word_*` the fixed phrases a parameter stands for (see issue-text.ts).
 */
const DATE_FORMS_JA = "日付、または yyyy-mm-dd、yyyy/mm/dd、yyyy年m月d日 の形の文字列";
const DATE_FORMS_ZH = "日期，或 yyyy-mm-dd、yyyy/mm/dd、yyyy年m月d日 形式的文本";
const KINDS_JA =
  "「invention」「utility」「design」（または 特許、実用新案、意匠、发明、实用新型、外观设计）";
const KINDS_ZH =
  "“invention”“utility”或“design”（也可用 发明、实用新型、外观设计、特許、実用新案、意匠）";
const STATUSES_JA =
  "審査中、登録、消滅、放棄（または pending/granted/lapsed/abandoned、审查中/授权/失效/放弃）";
const STATUSES_ZH =
  "审查中、授权、失效、放弃（也可用 pending/granted/lapsed/abandoned、審査中/登録/消滅/放棄）";
const REDUCTIONS_JA = "0 以上 1 未満の割合（0.85、0.7 など）、または百分率 85・70";
const REDUCTIONS_ZH = "0 到 1（不含 1）之间的比例，如 0.85 或 0.7，或百分比 85、70";
const OFFICES_JA =
  "CN、US、JP、EP、KR、EM（EUIPO）のような 2 文字の庁コード、または「PCT」（国際特許出願）、「MADRID」（国際商標登録）";
const OFFICES_ZH =
  "CN、US、JP、EP、KR、EM（EUIPO）这样的两字母局代码，或“PCT”（国际专利申请）、“MADRID”（国际商标注册）";
const SAMPLE_COLUMNS_JA =
  "サンプルと同じ列名にしてください（出願番号、種別、出願日 …；ID、Right type、Filing date、申请号、类型、申请日も可）。";
const SAMPLE_COLUMNS_ZH =
  "请按示例命名各列（申请号、类型、申请日 …；也可用 ID、Right type、Filing date、出願番号、種別、出願日）。";

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
  word_patent: "patent",
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
  word_amountZeroOrMore: "an amount, 0 or more",
  word_rateFraction: "a fraction such as 0.042",
};

const en = { ...enWithoutReasons, ...EN_REASONS };

export type IssueStringKey = keyof typeof en;
type IssueStrings = Record<IssueStringKey, string>;

/** True when `key` names a message of these tables (a DomainError's key or a RowIssue's code). */
export function isIssueKey(key: string | undefined): key is IssueStringKey {
  return key !== undefined && Object.prototype.hasOwnProperty.call(en, key);
}

const ja: IssueStrings = {
  dateEmpty: `{field} が空欄です：${DATE_FORMS_JA}を入力してください。`,
  dateNotDate: `{field} は日付ではありません：${DATE_FORMS_JA}を入力してください。`,
  dateNotCalendar: "{field}「{value}」は暦にない日付です。",
  dateTextNotDate: `{field}「{value}」は日付ではありません：${DATE_FORMS_JA}を入力してください。`,
  serialNotDate: "{field} は日付ではありません：日付または yyyy-mm-dd の文字列を入力してください。",
  serialOutOfRange:
    "{field} {value} は 1900-03-01 … 9999-12-31 の範囲外です：範囲内の日付を入力してください。",
  numberEmpty: "{field} が空欄です：{what}を入力してください。",
  numberNotNumber: "{field} {value} は数値ではありません：{what}を入力してください。",
  reductionNotStatutory:
    "{field}「{value}」は減免率 {rate} で、法定の率に一致しません：85%（権利者 1 名は 15% を納付）または 70%（複数名は 30%）を入力してください。",
  reductionInvalid: `{field} {value} は減免率ではありません：${REDUCTIONS_JA}を入力してください。`,
  claimsNotNumber: "{field}「{value}」は請求項数ではありません：1 以上の整数を入力してください。",
  entityMeaningless:
    "{field}「{value}」は {office} では意味を持ちません：この庁の料金減免はデータにないため、空欄にしてください。",
  officeNoKind: "{office} の{type}の料金データはありません：{office} は特許のみ予測します。",
  officeNoKindUs:
    "{office} の{type}の料金データはありません：{office} は実用特許と意匠特許のみ予測します。",
  jurisdictionAmbiguous:
    "{field}「{value}」はあいまいです：国際特許出願は「PCT」、国際商標登録は「MADRID」と入力してください。",
  jurisdictionUnknown: `{field}「{value}」は不明です：${OFFICES_JA}を入力してください。`,
  kindUnknownCn: `{field}「{value}」は不明です：${KINDS_JA}を使ってください。`,
  yearOutsideTerm:
    "年分 {year} はこの{kind}の存続期間 {term} 年（出願 {filed}）の範囲外です：1 から {term} までの整数を入力してください。",
  yearOutsideLongest:
    "年分 {year} は最長の存続期間 {term} 年（出願 {filed}）の範囲外です：1 から {term} までの整数を入力してください。",
  dateBeforeFiling: "{field} {date} は出願日 {filed} より前です。",
  columnMissing: `見出し行に列がありません：{fields}。${SAMPLE_COLUMNS_JA}`,
  columnsMissing: `見出し行に列がありません：{fields}。${SAMPLE_COLUMNS_JA}`,
  cellError: "{field} がエラー {value} です：数式を直すか、値を入力してください。",
  idEmpty: "ID が空欄です：出願番号または特許番号を入力してください。",
  kindEmpty: `種別が空欄です：${KINDS_JA}、または商標（商標、商标）を入力してください。`,
  kindUnknown: `種別「{value}」は不明です：${KINDS_JA}、または商標（商標、商标）を使ってください。`,
  trademarkUnsupported:
    "種別「商標」にはまだ対応していません：予測するのは特許（{offices}）のみです。",
  statusUnknown: `ステータス「{value}」は不明です：${STATUSES_JA}を使ってください。`,
  officeUnsupported: "出願国 {office} の料金データはありません：予測する庁は {offices} です。",
  claimsMissing:
    "請求項数がありません：{office} の料金は請求項数で決まるため、入力してください（1 以上の整数）。",
  pctGranted:
    "PCT 出願は登録されません：各国の登録はそれぞれ別の行に入力してください（出願国 US、JP …）。",
  madridPatent: "MADRID は商標の登録です：特許にはその庁（PCT、US …）を入力してください。",
  trademarkPct: "商標に国際公開はありません：登録日は登録日の列に入力してください。",
  grantBeforeFiling: "登録日 {grant} が出願日 {filing} より前です。",
  grantAfterTerm: "登録日 {grant} が存続期間の満了（{end}）より後です。",
  reductionNeedsGrant: "減免には、この登録済みの権利の登録日（登録決定の通知日）が必要です。",
  mergedCells:
    "{field} は {rows} 行目にまたがる結合セルです：その値「{value}」をこれらの各行に読み込みます。",
  feeProblem: "{id}：{problem}",
  feeProblemYear: "{id}、第 {year} 年分（納付期限 {due}）：{problem}",
  officeFeeProblemYear: "{id}、第 {year} 年分：{problem}",
  subsidiesFailed: "補助金を計算できませんでした：{problem}",
  unexpected: "予期しないエラー：{problem}",
  rateMissing:
    "{id}：{currency} から {output} への為替レートがありません：料金は {currency} のまま表示し、換算合計から除きます。為替レート表にレートを追加してください。",
  noAmount:
    "{id}、第 {year} 年分（納付期限 {due}）：確定した金額がありません。この権利の以降の料金も空欄の場合があります。Summary に件数を示します。",
  noAmountWhy:
    "{id}、第 {year} 年分（納付期限 {due}）：確定した金額がありません（{problem}）。この権利の以降の料金も空欄の場合があります。Summary に件数を示します。",
  duplicate_publication:
    "{id} は {jurisdiction} の公開（{date}）が {rows} 行目にもあります：公開は庁ごとに 1 回のため、重複を削除するまでどちらの行も補助金の対象になりません。",
  duplicate_grant:
    "{id} は {jurisdiction} の登録（{date}）が {rows} 行目にもあります：登録は庁ごとに 1 回のため、重複を削除するまでどちらの行も補助金の対象になりません。",
  duplicate_registration:
    "{id} は {jurisdiction} の商標登録（{date}）が {rows} 行目にもあります：登録は庁ごとに 1 回のため、重複を削除するまでどちらの行も補助金の対象になりません。",
  applicantPlaces:
    "出願人「{applicant}」の所在地が複数あります（括弧内は行）：{places}。出願人の所在地は 1 つです（会社ごとに別の出願人名にしてください）。そろうまでこれらの行は補助金の対象になりません。",
  staleRate: "{currency} のレートは基準日より {days} 日以上前のものです：更新してください。",
  r_draft: "草案の規定のため適用していません（草案を含める指定で適用）",
  r_starts: "制度の開始は {date}",
  r_ended: "制度は {date} に終了",
  r_grantUnknown: "登録から {years} 年以内に支給：登録日が不明です",
  r_outsideGrantWindow: "登録から {years} 年（{from}～{to}）の期間外",
  r_minCases: "{year} 年に {min} 件以上が必要（データでは {cases} 件）",
  r_rightCap: "権利ごとの支給回数の上限 {cap} 回に達しました",
  r_yearCap: "年間件数の上限 {cap} 件に達しました",
  r_amountCap:
    "{who}年間上限額 {cap} に達しました（この案件の前に {year} 年に {cap} のうち {paid} を支給済み）",
  r_perCaseCap: "1 件あたりの上限 {cap}",
  r_noCostBase: "{base}の {rate}：{base}の金額がありません（costBase）",
  r_stacking: "併給グループ「{group}」により除外：{winner} を適用",
  r_earlierGrant: "出願人はこれらより前に登録を受けています（applicantsWithEarlierGrants）",
  r_paidCaseOnly: "支給される案件がある場合のみ支給",
  r_paidCaseOnlyWhy: "支給される案件がある場合のみ支給：{problem}",
  r_banned: "{programme}：この事象には補助金は認められません",
  r_bannedWhy: "{programme}：{conditions}",
  r_limit:
    "{programme} の上限は{base}の {rate}：{rate} × {costBase} = {allowed}（全制度の合計、この案件に支給済み {used}）",
  n_limitNotChecked:
    "{programme} の上限（{base}の {rate}）は確認していません：事象の costBase に{base}を入力してください",
  word_officialFees: "官庁手数料",
  word_annuity: "年金",
  word_premium: "保険料",
  word_interest: "利息",
  word_filingCosts: "出願費用",
  word_costBase: "費用基準額",
  note_pendingAssumed: "審査中：基準日に登録されたものと仮定",
  note_noAmount: "確定した金額なし",
  note_noRate: "{currency} から {output} へのレートなし",
  note_unverified: "{confidence}：金額は庁の料金表で未確認",
  note_overdue: "期限経過：割増 {surcharge} {currency} を含む",
  note_outputCurrency: "出力通貨",
  note_rateSetting: "レートの設定",
  restore_jp:
    "特許料・割増特許料・回復手数料（特許法第112条の2）[{confidence}]；追納期間の経過後 1 年以内、かつ手続をすることができるようになった日から 2 月以内に請求",
  restore_kr: "特許料の {multiple} 倍（韓国特許法第81条の3）[{confidence}]",
  restore_usWithin:
    "遅延維持料金の受理の請願（37 CFR 1.378、{threshold} までの期限内）と維持料金 [{confidence}]",
  restore_usPast: "遅延維持料金の受理の請願（37 CFR 1.378、期限後）と維持料金 [{confidence}]",
  restore_notInData: "回復は可能：費用はデータにありません",
  restore_notInDataWhy: "回復は可能：費用はデータにありません（{problem}）",
  label_id: "ID",
  label_title: "名称",
  label_kind: "種別",
  label_filingDate: "出願日",
  label_grantDate: "登録日",
  label_status: "ステータス",
  label_reduction: "減免",
  label_lastPaidYear: "納付済年分",
  label_owner: "権利者",
  label_jurisdiction: "出願国",
  label_applicant: "出願人",
  label_applicantLocation: "出願人所在地",
  label_pctPublicationDate: "国際公開日",
  label_lapseNoticeDate: "失効通知日",
  label_claims: "請求項数",
  label_entity: "企業規模",
  label_priorityDate: "優先日",
  word_annuityYear: "5 のような年分（整数）",
  word_annuityYear4: "4 のような年分（整数）",
  word_reduction: "0.85 や 85 のような減免率",
  word_invention: "発明特許",
  word_utility: "実用新案",
  word_design: "意匠",
  word_aInvention: "発明特許",
  word_aUtility: "実用新案",
  word_aDesign: "意匠",
  lprBeforeStart:
    "{date} の LPR はありません：改定後の LPR は {start} からです。基準金利を自分で入力してください。",
  lprTenorUnknown: "tenor「{value}」は不明です：「1Y」または「5Y」を入力してください。",
  lprRuleUnknown:
    "rule「{value}」は不明です：「in_force」「prev_month」「december」のいずれかを入力してください。",
  textMissing: "{field} が空欄か文字列ではありません：{help} を入力してください。",
  dayCountInvalid: "dayCount は「ACT/360」または「ACT/365」で入力してください。",
  renewalYear:
    "年分 {year} には {office} の更新料がありません：{first} から {last} までの整数を入力してください。",
  renewalOfficeUnknown:
    "office「{value}」は IP.RENEWAL の対象外です：「DE」「FR」「NL」「GB」のいずれかを入力してください。",
  renewalOfficeMissing: "office が空欄です：「DE」「FR」「NL」「GB」のいずれかを入力してください。",
  officeNoData:
    "{field}「{value}」の料金データはありません：{offices} のいずれかを入力してください。",
  feeNegative: "{field} {value} が負の値です：0 以上を入力してください。",
  jpYear:
    "{field} {year} は{kind}の年分ではありません：1 から {max} までの整数を入力してください。",
  krYear:
    "{field} {year} は KIPO の特許料の年分ではありません：1 から {max} までの整数を入力してください。",
  usStage:
    "{field} {value} は維持料の段階ではありません：1、2、3（段階）、または 3.5、7.5、11.5（登録後の年数）を入力してください。",
  dateOrderEnd: "{field} が startDate より前です：開始日以降の日付を入力してください。",
  dayCountUnknown: "{field}「{value}」は不明です：「ACT/360」または「ACT/365」を入力してください。",
  feeTypeUnknown: "{field}「{value}」は不明です：{known} のいずれかを入力してください。",
  feesWithInterest:
    "{programme} は手数料を利息とまとめて補助します：IP.LOAN_INTEREST_SUBSIDY の fees 引数を使ってください。",
  ratioAboveMax:
    "ratio {value} が 0～{max} の範囲外です：承認された割合（{programme} の上限以下）を入力してください。",
  scoreRange: "{field} {value} が 0～100 の範囲外です：0 から 100 の点数を入力してください。",
  weightNegative: "{field} {value} が負の値です：0 以上の重みを入力してください。",
  weightsZero: "重みがすべて 0 です：少なくとも 1 つは 0 より大きくしてください。",
  balanceAboveLimit:
    "残高 {value} が {scheme} の上限 {limit} を超えています：この借入は対象外です。",
  partyUnknown: "party「{value}」は {scheme} にありません：{known} のいずれかを入力してください。",
  pledgeKindUnknown: "kind「{value}」は不明です：{known} のいずれかを入力してください。",
  pledgeProfileUnknown:
    "profile「{value}」は不明です：{known} のいずれか、または LTV を入力してください。",
  ltvRange: "ltv {value} が 0 超 1 以下の範囲外です：0.25 のような比率を入力してください。",
  ltvMissing:
    "LTV または profile（例：「BOCOM-2006」）を指定してください：既定の LTV はありません。",
  profileKind:
    "profile {profile} は{kind}を受け付けません：LTV か別の profile を入力してください。",
  word_patent: "特許",
  loanNoColumns: "借入の表に {columns} 列がありません：見出し行に追加してください。",
  loanErrorValue: "{field} がエラー値です：セルを修正してください。",
  loanEmpty: "{field} が空欄です：値を入力してください。",
  loanEndBeforeStart: "返済日 {end} が開始日 {start} より前です：返済日を入力してください。",
  loanNotText: "{field}：文字列を入力してください。",
  loanNegative: "{field} {value} が負の値です：0 以上の金額を入力してください。",
  loanShareRange: "{field} {value} が 0～1 の範囲外です：0.6 のような割合を入力してください。",
  loanRateRange:
    "{field} {value} が 0～1（両端を含まない）の範囲外です：年利を小数で入力してください（4.2% なら 0.042）。",
  financeProgrammeUnknown: "制度「{value}」は不明です：{known} のいずれかを入力してください。",
  financeSchemeUnknown: "リスク分担「{value}」は不明です：{known} のいずれかを入力してください。",
  flagNotFlag: "{field} は TRUE または FALSE で入力してください。",
  word_amountZeroOrMore: "0 以上の金額",
  word_rateFraction: "0.042 のような小数",
};

const zh: IssueStrings = {
  dateEmpty: `{field} 为空：请填写${DATE_FORMS_ZH}。`,
  dateNotDate: `{field} 不是日期：请填写${DATE_FORMS_ZH}。`,
  dateNotCalendar: "{field}“{value}”不是日历上存在的日期。",
  dateTextNotDate: `{field}“{value}”不是日期：请填写${DATE_FORMS_ZH}。`,
  serialNotDate: "{field} 不是日期：请填写日期或 yyyy-mm-dd 格式的文本。",
  serialOutOfRange: "{field} {value} 超出 1900-03-01 … 9999-12-31：请填写该范围内的日期。",
  numberEmpty: "{field} 为空：请填写{what}。",
  numberNotNumber: "{field} {value} 不是数字：请填写{what}。",
  reductionNotStatutory:
    "{field}“{value}”的费减比例为 {rate}，与法定比例不符：请填写 85%（单个权利人缴纳 15%）或 70%（多个权利人缴纳 30%）。",
  reductionInvalid: `{field} {value} 不是费减比例：请填写${REDUCTIONS_ZH}。`,
  claimsNotNumber: "{field}“{value}”不是权利要求数：请填写从 1 起的整数。",
  entityMeaningless:
    "{field}“{value}”对 {office} 没有意义：我们的数据中没有该局的费用减免，请留空。",
  officeNoKind: "此处没有 {office} 的{type}费用数据：{office} 只预测专利。",
  officeNoKindUs: "此处没有 {office} 的{type}费用数据：{office} 只预测实用专利和外观设计专利。",
  jurisdictionAmbiguous:
    "{field}“{value}”有歧义：国际专利申请请填写“PCT”，国际商标注册请填写“MADRID”。",
  jurisdictionUnknown: `{field}“{value}”无法识别：请填写${OFFICES_ZH}。`,
  kindUnknownCn: `{field}“{value}”无法识别：请使用${KINDS_ZH}。`,
  yearOutsideTerm:
    "年度 {year} 超出该{kind}的 {term} 年保护期（申请日 {filed}）：请填写 1 到 {term} 之间的整数。",
  yearOutsideLongest:
    "年度 {year} 超出最长保护期 {term} 年（申请日 {filed}）：请填写 1 到 {term} 之间的整数。",
  dateBeforeFiling: "{field} {date} 早于申请日 {filed}。",
  columnMissing: `表头行中找不到列：{fields}。${SAMPLE_COLUMNS_ZH}`,
  columnsMissing: `表头行中找不到列：{fields}。${SAMPLE_COLUMNS_ZH}`,
  cellError: "{field} 含有错误值 {value}：请修正公式或直接填写数值。",
  idEmpty: "ID 为空：请填写申请号或专利号。",
  kindEmpty: `类型为空：请填写${KINDS_ZH}，或商标（商标、商標）。`,
  kindUnknown: `类型“{value}”无法识别：请使用${KINDS_ZH}，或商标（商标、商標）。`,
  trademarkUnsupported: "暂不支持商标类型：只预测专利（{offices}）。",
  statusUnknown: `状态“{value}”无法识别：请使用${STATUSES_ZH}。`,
  officeUnsupported: "国家/地区 {office} 在此没有费用数据：预测的局为 {offices}。",
  claimsMissing: "缺少权利要求数：{office} 的费用取决于权利要求数，请填写（从 1 起的整数）。",
  pctGranted: "PCT 申请不会被授权：请将各国的授权分别填在单独的行中（国家/地区 US、JP …）。",
  madridPatent: "MADRID 用于注册商标：专利请填写其受理局（PCT、US …）。",
  trademarkPct: "商标没有 PCT 国际公布：请将其注册日填在授权日列中。",
  grantBeforeFiling: "授权日 {grant} 早于申请日 {filing}。",
  grantAfterTerm: "授权日 {grant} 晚于保护期届满日（{end}）。",
  reductionNeedsGrant: "费减需要此已授权权利的授权日（授权通知日）。",
  mergedCells: "{field} 是跨第 {rows} 行的合并单元格：其值“{value}”按这些行逐行读取。",
  feeProblem: "{id}：{problem}",
  feeProblemYear: "{id}，第 {year} 年度（缴费期限 {due}）：{problem}",
  officeFeeProblemYear: "{id}，第 {year} 年度：{problem}",
  subsidiesFailed: "无法计算资助：{problem}",
  unexpected: "意外错误：{problem}",
  rateMissing:
    "{id}：没有 {currency} 兑 {output} 的汇率：其费用以 {currency} 显示，不计入换算后的合计；请在汇率表中添加该汇率。",
  noAmount:
    "{id}，第 {year} 年度（缴费期限 {due}）：没有确定的金额。该权利此后的费用也可能为空；Summary 中列出其数量。",
  noAmountWhy:
    "{id}，第 {year} 年度（缴费期限 {due}）：没有确定的金额（{problem}）。该权利此后的费用也可能为空；Summary 中列出其数量。",
  duplicate_publication:
    "{id} 在第 {rows} 行还有一条 {jurisdiction} 的公布（{date}）：每个局只公布一次，在删除重复之前，两行都不能获得该项资助。",
  duplicate_grant:
    "{id} 在第 {rows} 行还有一条 {jurisdiction} 的授权（{date}）：每个局只授权一次，在删除重复之前，两行都不能获得该项资助。",
  duplicate_registration:
    "{id} 在第 {rows} 行还有一条 {jurisdiction} 的注册（{date}）：每个局只注册一次，在删除重复之前，两行都不能获得该项资助。",
  applicantPlaces:
    "申请人“{applicant}”有多个所在地（括号内为行号）：{places}。一个申请人只有一个所在地（请为每家公司使用各自的申请人名称），在一致之前这些行不能获得资助。",
  staleRate: "{currency} 汇率的日期早于基准日 {days} 天以上：请更新。",
  r_draft: "草案规则，未适用（选择包含草案时适用）",
  r_starts: "项目自 {date} 起实施",
  r_ended: "项目已于 {date} 结束",
  r_grantUnknown: "授权后 {years} 年内支付：授权日未知",
  r_outsideGrantWindow: "不在授权后 {years} 年内（{from} 至 {to}）",
  r_minCases: "{year} 年至少需要 {min} 件（数据中有 {cases} 件）",
  r_rightCap: "已达每项权利 {cap} 次的上限",
  r_yearCap: "已达年度 {cap} 件的上限",
  r_amountCap: "{who}已达年度金额上限 {cap}（此件之前 {year} 年已支付 {cap} 中的 {paid}）",
  r_perCaseCap: "每件上限 {cap}",
  r_noCostBase: "{base}的 {rate}：未给出{base}金额（costBase）",
  r_stacking: "因叠加组“{group}”被排除：适用 {winner}",
  r_earlierGrant: "申请人在这些事件之前已获授权（applicantsWithEarlierGrants）",
  r_paidCaseOnly: "仅在有获资助的案件时支付",
  r_paidCaseOnlyWhy: "仅在有获资助的案件时支付：{problem}",
  r_banned: "{programme}：此事件不允许资助",
  r_bannedWhy: "{programme}：{conditions}",
  r_limit:
    "{programme} 上限为{base}的 {rate}：{rate} × {costBase} = {allowed}（所有项目合计，此件已给予 {used}）",
  n_limitNotChecked: "未核对 {programme} 上限（{base}的 {rate}）：请将{base}填为事件的 costBase",
  word_officialFees: "官费",
  word_annuity: "年费",
  word_premium: "保费",
  word_interest: "利息",
  word_filingCosts: "申请费用",
  word_costBase: "费用基数",
  note_pendingAssumed: "审查中：假定于基准日授权",
  note_noAmount: "没有确定的金额",
  note_noRate: "没有 {currency} 兑 {output} 的汇率",
  note_unverified: "{confidence}：金额未与该局的收费表核对",
  note_overdue: "已逾期：含滞纳金 {surcharge} {currency}",
  note_outputCurrency: "输出货币",
  note_rateSetting: "汇率设置",
  restore_jp:
    "年费、附加费及恢复费（日本专利法第112条之2）[{confidence}]；须在补缴期限届满后 1 年内、且自能够办理手续之日起 2 个月内请求",
  restore_kr: "{multiple} 倍年费（韩国专利法第81条之3）[{confidence}]",
  restore_usWithin:
    "请求接受迟缴维持费（37 CFR 1.378，在 {threshold} 截止的期限内）加维持费 [{confidence}]",
  restore_usPast: "请求接受迟缴维持费（37 CFR 1.378，超过期限）加维持费 [{confidence}]",
  restore_notInData: "可以恢复：费用不在我们的数据中",
  restore_notInDataWhy: "可以恢复：费用不在我们的数据中（{problem}）",
  label_id: "ID",
  label_title: "名称",
  label_kind: "类型",
  label_filingDate: "申请日",
  label_grantDate: "授权日",
  label_status: "状态",
  label_reduction: "费减",
  label_lastPaidYear: "已缴年度",
  label_owner: "权利人",
  label_jurisdiction: "国家/地区",
  label_applicant: "申请人",
  label_applicantLocation: "申请人所在地",
  label_pctPublicationDate: "国际公布日",
  label_lapseNoticeDate: "终止通知日",
  label_claims: "权利要求数",
  label_entity: "主体规模",
  label_priorityDate: "优先权日",
  word_annuityYear: "整数年度，如 5",
  word_annuityYear4: "整数年度，如 4",
  word_reduction: "费减比例，如 0.85 或 85",
  word_invention: "发明专利",
  word_utility: "实用新型",
  word_design: "外观设计",
  word_aInvention: "发明专利",
  word_aUtility: "实用新型",
  word_aDesign: "外观设计",
  lprBeforeStart: "{date} 没有 LPR：改革后的 LPR 自 {start} 起公布；请自行填写基准利率。",
  lprTenorUnknown: "tenor“{value}”未知：请填写“1Y”或“5Y”。",
  lprRuleUnknown: "rule“{value}”未知：请填写“in_force”“prev_month”或“december”。",
  textMissing: "{field} 为空或不是文本：请填写 {help}。",
  dayCountInvalid: "dayCount 须为“ACT/360”或“ACT/365”。",
  renewalYear: "年度 {year} 没有 {office} 的续展费：请填写 {first} 到 {last} 之间的整数。",
  renewalOfficeUnknown: "office“{value}”不在 IP.RENEWAL 的范围内：请填写“DE”“FR”“NL”或“GB”。",
  renewalOfficeMissing: "office 为空：请填写“DE”“FR”“NL”或“GB”。",
  officeNoData: "{field}“{value}”没有费用数据：请填写 {offices} 之一。",
  feeNegative: "{field} {value} 为负数：请填写 0 或以上的数。",
  jpYear: "{field} {year} 不是{kind}的年费年度：请填写 1 到 {max} 之间的整数。",
  krYear: "{field} {year} 不是 KIPO 专利年费年度：请填写 1 到 {max} 之间的整数。",
  usStage:
    "{field} {value} 不是维持费阶段：请填写 1、2 或 3（阶段），或 3.5、7.5、11.5（授权后年数）。",
  dateOrderEnd: "{field} 早于 startDate：请填写不早于起始日的日期。",
  dayCountUnknown: "{field}“{value}”未知：请填写“ACT/360”或“ACT/365”。",
  feeTypeUnknown: "{field}“{value}”未知：请填写 {known} 之一。",
  feesWithInterest:
    "{programme} 将费用与利息一并补贴：请使用 IP.LOAN_INTEREST_SUBSIDY 的 fees 参数。",
  ratioAboveMax: "ratio {value} 不在 0…{max} 之间：请填写批准比例，不超过 {programme} 的上限。",
  scoreRange: "{field} {value} 不在 0…100 之间：请填写 0 到 100 的分数。",
  weightNegative: "{field} {value} 为负数：请填写 0 或以上的权重。",
  weightsZero: "所有权重均为 0：请至少填写一个大于 0 的权重。",
  balanceAboveLimit: "余额 {value} 高于 {scheme} 的上限 {limit}：该方案不覆盖此贷款。",
  partyUnknown: "party“{value}”不在 {scheme} 中：请填写 {known} 之一。",
  pledgeKindUnknown: "kind“{value}”未知：请填写 {known} 之一。",
  pledgeProfileUnknown: "profile“{value}”未知：请填写 {known} 之一，或填写 LTV。",
  ltvRange: "ltv {value} 不在 (0, 1] 之间：请填写比率，如 0.25。",
  ltvMissing: "请填写 LTV 或 profile（如“BOCOM-2006”）：没有默认 LTV。",
  profileKind: "profile {profile} 不接受{kind}：请填写 LTV 或其他 profile。",
  word_patent: "专利",
  loanNoColumns: "贷款表缺少 {columns} 列：请在标题行中添加。",
  loanErrorValue: "{field} 是错误值：请修正该单元格。",
  loanEmpty: "{field} 为空：请填写数值。",
  loanEndBeforeStart: "还款日 {end} 早于起始日 {start}：请填写还款日期。",
  loanNotText: "{field}：请填写文本。",
  loanNegative: "{field} {value} 为负数：请填写 0 或以上的金额。",
  loanShareRange: "{field} {value} 不在 0…1 之间：请填写比例，如 0.6。",
  loanRateRange: "{field} {value} 不在 (0, 1) 之间：请以小数填写年利率，如 4.2% 填 0.042。",
  financeProgrammeUnknown: "政策“{value}”未知：请填写 {known} 之一。",
  financeSchemeUnknown: "风险分担方案“{value}”未知：请填写 {known} 之一。",
  flagNotFlag: "{field} 须为 TRUE 或 FALSE。",
  word_amountZeroOrMore: "0 或以上的金额",
  word_rateFraction: "如 0.042 的小数",
};

export const ISSUE_STRINGS: Record<Language, IssueStrings> = { en, ja, zh };
