import type { IssueRowStrings } from "./issue-strings-en";
// The phrases these messages share (KINDS also in issue-cells: a chunk of its own imports no other).
const KINDS_JA =
  "「invention」「utility」「design」（または 特許、実用新案、意匠、发明、实用新型、外观设计）";
const STATUSES_JA =
  "審査中、登録、消滅、放棄（または pending/granted/lapsed/abandoned、审查中/授权/失效/放弃）";
const SAMPLE_COLUMNS_JA =
  "サンプルと同じ列名にしてください（出願番号、種別、出願日 …；ID、Right type、Filing date、申请号、类型、申请日も可）。";

/**
 * The Japanese of the issues only the pane shows (the portfolio's and the projection's row issues, the
 * report's notes, the loans table's errors, the subsidy run's reasons): a chunk of its own, which the
 * pane fetches with issue-cells-ja.ts (pane-languages-on-demand.ts) and the custom functions never do.
 */
export const ISSUE_ROWS_JA: IssueRowStrings = {
  claimsNotNumber: "{field}「{value}」は請求項数ではありません：1 以上の整数を入力してください。",
  entityMeaningless:
    "{field}「{value}」は {office} では意味を持ちません：この庁の料金減免はデータにないため、空欄にしてください。",
  officeNoKind: "{office} の{type}の料金データはありません：{office} は特許のみ予測します。",
  officeNoKindUs:
    "{office} の{type}の料金データはありません：{office} は実用特許と意匠特許のみ予測します。",
  columnMissing: `見出し行に列がありません：{fields}。${SAMPLE_COLUMNS_JA}`,
  columnsMissing: `見出し行に列がありません：{fields}。${SAMPLE_COLUMNS_JA}`,
  cellError: "{field} がエラー {value} です：数式を直すか、値を入力してください。",
  kindEmpty: `種別が空欄です：${KINDS_JA}、または商標（商標、商标）を入力してください。`,
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
  rateMissing:
    "{id}：{currency} から {output} への為替レートがありません：料金は {currency} のまま表示し、換算合計から除きます。為替レート表にレートを追加してください。",
  rateMissingRights:
    "{id} ほか {others} 件の {currency} 建ての権利：{currency} から {output} への為替レートがありません：料金は {currency} のまま表示し、換算合計から除きます。為替レート表にレートを追加してください。",
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
  r_grantUnknown: "登録から {years} 年以内に支給：登録日が不明です",
  r_outsideGrantWindow: "登録から {years} 年（{from}～{to}）の期間外",
  r_minCases: "{year} 年に {min} 件以上が必要（データでは {cases} 件）",
  r_rightCap: "権利ごとの支給回数の上限 {cap} 回に達しました",
  r_amountCap:
    "{who}年間上限額 {cap} に達しました（この案件の前に {year} 年に {cap} のうち {paid} を支給済み）",
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
  loanNoColumns: "借入の表に {columns} 列がありません：見出し行に追加してください。",
  loanErrorValue: "{field} がエラー値です：セルを修正してください。",
  loanEmpty: "{field} が空欄です：値を入力してください。",
  loanEndBeforeStart: "返済日 {end} が開始日 {start} より前です：返済日を入力してください。",
  loanNotText: "{field}：文字列を入力してください。",
};
