import type { IssueCellStrings } from "./issue-strings-en";

/**
 * The Japanese of issue-strings.ts that the custom functions' cell errors can show (their arguments'
 * and readers' errors, the column names and phrases they name, SUBSIDY's reasons): a chunk of its own
 * (languages-on-demand.ts), so the functions fetch no more than these. The rest, the pane's row issues,
 * notes and loans-table errors, is issue-rows-ja.ts; issue-strings-ja.ts joins them.
 */
const DATE_FORMS_JA = "日付、または yyyy-mm-dd、yyyy/mm/dd、yyyy年m月d日 の形の文字列";
const KINDS_JA =
  "「invention」「utility」「design」（または 特許、実用新案、意匠、发明、实用新型、外观设计）";
const REDUCTIONS_JA = "0 以上 1 未満の割合（0.85、0.7 など）、または百分率 85・70";
const OFFICES_JA =
  "CN、US、JP、EP、KR、EM（EUIPO）のような 2 文字の庁コード、または「PCT」（国際特許出願）、「MADRID」（国際商標登録）";

export const ISSUE_CELLS_JA: IssueCellStrings = {
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
  jurisdictionAmbiguous:
    "{field}「{value}」はあいまいです：国際特許出願は「PCT」、国際商標登録は「MADRID」と入力してください。",
  jurisdictionUnknown: `{field}「{value}」は不明です：${OFFICES_JA}を入力してください。`,
  kindUnknownCn: `{field}「{value}」は不明です：${KINDS_JA}を使ってください。`,
  yearOutsideTerm:
    "年分 {year} はこの{kind}の存続期間 {term} 年（出願 {filed}）の範囲外です：1 から {term} までの整数を入力してください。",
  yearOutsideLongest:
    "年分 {year} は最長の存続期間 {term} 年（出願 {filed}）の範囲外です：1 から {term} までの整数を入力してください。",
  dateBeforeFiling: "{field} {date} は出願日 {filed} より前です。",
  idEmpty: "ID が空欄です：出願番号または特許番号を入力してください。",
  kindUnknown: `種別「{value}」は不明です：${KINDS_JA}、または商標（商標、商标）を使ってください。`,
  unexpected: "予期しないエラー：{problem}",
  r_starts: "制度の開始は {date}",
  r_ended: "制度は {date} に終了",
  r_yearCap: "年間件数の上限 {cap} 件に達しました",
  r_perCaseCap: "1 件あたりの上限 {cap}",
  r_noCostBase: "{base}の {rate}：{base}の金額がありません（costBase）",
  word_officialFees: "官庁手数料",
  word_annuity: "年金",
  word_premium: "保険料",
  word_interest: "利息",
  word_filingCosts: "出願費用",
  word_costBase: "費用基準額",
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
