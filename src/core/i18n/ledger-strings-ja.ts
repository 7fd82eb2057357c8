import type { LedgerStrings } from "./ledger-strings-en";

/** The Japanese of ledger-strings.ts: a module of its own, so a page loads only its user's language (languages-on-demand.ts). */
export const LEDGER_STRINGS_JA: LedgerStrings = {
  ledgerSource: "{source} を読み込み中：見出しは {row} 行目。",
  ledgerNoHeader:
    "{source} の先頭 {rows} 行に見出し行がありません：サンプルと同じ列名（出願番号、種別、出願日 …）にするか、下で列を割り当ててください。",
  ledgerTitleRows: "見出しより上の行（タイトル）を読み飛ばしました：{rows}。",
  ledgerFirstRows:
    "実行前は先頭 {rows} 行だけを読み込みます。実行時にすべての行を読み込み、読み飛ばした空行・合計行・重複行を一覧にします。",
  ledgerBlankRows: "空行を読み飛ばしました：{rows}。",
  ledgerTotalRows: "合計行を読み飛ばしました：{rows}。",
  ledgerDuplicates: "重複（同じ番号・同じ庁）をまとめました：{pairs}。",
  ledgerRead: "読み込んだ権利：{records} 件（うち予測 {rights} 件）、{rows} 行から。",
  ledgerNoUsableRows:
    "{source} に使える行がありません：何も書き込んでいません。一覧の問題を直すか、別の一覧を選んでください。",
  ledgerDuplicate:
    "{first} 行目（{id}）と同じ庁の同じ出願番号です：まとめました。この行は二重に読みません。",
  ledgerDuplicateConflict:
    "{first} 行目（{id}）と同じ庁の同じ出願番号ですが、{columns} が異なります：{first} 行目を読み、この行は除外しました。二つの行をそろえるか、一方を削除してください。",
  ledgerRowPair: "{row} 行目 = {first} 行目",
  columnMapTitle: "読み込む列",
  issuesUnsupported: "まだ予測対象外（想定どおり：他の庁、商標）：{count} 件",
  settingsAsOf:
    "基準日「{value}」は日付ではありません：yyyy-mm-dd、yyyy/mm/dd、yyyy年m月d日で入力するか、空欄（今日）にしてください。",
  settingsHorizon: "予測期間 {value} は 1 から {max} までの整数（年）にしてください。",
  settingsFyStart: "会計年度の開始月 {value} は 1 から 12 の月にしてください。",
  settingsCurrency: "通貨「{value}」は CNY、JPY、USD のような 3 文字のコードではありません。",
  settingsRate:
    "レート「{value}」は 1 人民元あたりの {currency} の正の数（有効数字 {digits} 桁以内）ではありません（例：JPY なら 19）。",
  assumptionMerged: "結合セル",
  mergedAssumption:
    "一覧の複数行にまたがる結合セルの値は、ID 以外のすべての列で、その各行の値として読み込みます（ID の結合セルでは、2 行目以降は ID なしになります）。",
  mergedCarried: "結合セルの値を各行に読み込みました：{areas}。",
  noOwner: "（権利者なし）",
  columnMapHeader: "見出し",
  columnMapField: "割り当て",
  columnMapIgnored: "（使用しない）",
  columnMapHelp:
    "見出しが認識されない列は、項目を割り当ててください。選択はこのブックに保存されます。",
  columnMapApproxGrant:
    "登録日は列「{header}」から読み込みます：登録公告日は登録決定日の近似値（通常数週間後）のため、減免期間が1年遅れて始まる場合があります。",
  assumptionRowsRead: "読み込む行",
  assumptionGrantColumn: "登録日の列",
  hiddenRowsAssumption:
    "一覧の非表示行・フィルターで隠れた行も他の行と同様に読み込みます。空行、合計行、重複した出願番号は読み飛ばします（作業ウィンドウと IP Issues を参照）。",
  field_id: "ID（出願番号）",
  field_title: "名称",
  field_kind: "種別",
  field_filingDate: "出願日",
  field_grantDate: "登録日",
  field_status: "ステータス",
  field_reduction: "減免",
  field_lastPaidYear: "納付済年分",
  field_owner: "権利者",
  field_jurisdiction: "出願国",
  field_applicant: "出願人",
  field_applicantLocation: "出願人所在地",
  field_pctPublicationDate: "国際公開日",
  field_lapseNoticeDate: "失効通知日",
  field_claims: "請求項数",
  field_entity: "企業規模",
  field_priorityDate: "優先日",
};
