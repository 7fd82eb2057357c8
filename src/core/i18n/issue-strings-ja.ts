import type { IssueStrings } from "./issue-strings-en";

/** The Japanese of issue-strings.ts: a module of its own, so a page loads only its user's language (languages-on-demand.ts). */
const DATE_FORMS_JA = "日付、または yyyy-mm-dd、yyyy/mm/dd、yyyy年m月d日 の形の文字列";
const KINDS_JA =
  "「invention」「utility」「design」（または 特許、実用新案、意匠、发明、实用新型、外观设计）";
const STATUSES_JA =
  "審査中、登録、消滅、放棄（または pending/granted/lapsed/abandoned、审查中/授权/失效/放弃）";
const REDUCTIONS_JA = "0 以上 1 未満の割合（0.85、0.7 など）、または百分率 85・70";
const OFFICES_JA =
  "CN、US、JP、EP、KR、EM（EUIPO）のような 2 文字の庁コード、または「PCT」（国際特許出願）、「MADRID」（国際商標登録）";
const SAMPLE_COLUMNS_JA =
  "サンプルと同じ列名にしてください（出願番号、種別、出願日 …；ID、Right type、Filing date、申请号、类型、申请日も可）。";

export const ISSUE_STRINGS_JA: IssueStrings = {
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
