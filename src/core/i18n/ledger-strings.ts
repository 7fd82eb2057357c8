import { Language } from "./strings";

/**
 * What the ledger reading says (source, column map, rows skipped, duplicates) and the column names it
 * shows, in English, Japanese and Chinese: the one place these messages are worded. Every message is a
 * key with {parameters}; a test checks each key in each language uses the same parameters.
 */
const en = {
  ledgerSource: "Reading {source}: header in row {row}.",
  ledgerNoHeader:
    "No header row found in the first {rows} rows of {source}: name the columns as in the sample (ID, Right type, Filing date …), or map them below.",
  ledgerTitleRows: "Rows above the header skipped (titles): {rows}.",
  ledgerBlankRows: "Blank rows skipped: {rows}.",
  ledgerTotalRows: "Total rows skipped: {rows}.",
  ledgerDuplicates: "Duplicates merged (same number and office): {pairs}.",
  ledgerRead: "Rights read: {records} ({rights} projected) from {rows} rows.",
  ledgerNoUsableRows:
    "No usable row in {source}: nothing was written. Fix the problems listed, or choose another list.",
  ledgerDuplicate:
    "Same application number as row {first} ({id}) at the same office: merged, this row is not read again.",
  ledgerDuplicateConflict:
    "Same application number as row {first} ({id}) at the same office, but {columns} differ: row {first} is read, this row is left out. Make the two rows agree, or delete one.",
  ledgerRowPair: "row {row} = row {first}",
  columnMapTitle: "Columns read",
  issuesUnsupported: "Not projected yet, as expected (other offices, trademarks): {count}",
  settingsAsOf:
    "As-of date “{value}” is not a date: give yyyy-mm-dd, yyyy/mm/dd or yyyy年m月d日, or leave it empty for today.",
  settingsHorizon: "Horizon {value} must be a whole number of years from 1 to {max}.",
  settingsFyStart: "Fiscal year start {value} must be a month from 1 to 12.",
  settingsCurrency: "Currency “{value}” is not a 3-letter code such as CNY, JPY or USD.",
  settingsRate:
    "Rate “{value}” is not a positive number of {currency} per CNY with at most {digits} significant digits (e.g. 19 for JPY).",
  // Merged cells (issue 12).
  assumptionMerged: "Merged cells",
  mergedAssumption:
    "A value merged over several rows of the list is read for each of these rows, in every column but the ID (merged ID cells leave the rows below without an ID).",
  mergedCarried: "Merged cells read for each row they cover: {areas}.",
  noOwner: "(no owner)",
  columnMapHeader: "Header",
  columnMapField: "Feeds",
  columnMapIgnored: "(ignored)",
  columnMapHelp:
    "Point a column at a field if its header was not recognised; the choice is remembered in this workbook.",
  columnMapApproxGrant:
    "The grant date is read from the column “{header}”: a grant announcement date is an approximation of the date of the notice to grant (usually some weeks later), so reduction windows may start a year late.",
  assumptionRowsRead: "Rows read",
  assumptionGrantColumn: "Grant date column",
  hiddenRowsAssumption:
    "Hidden and filtered rows of the list are read like any other row; blank rows, total rows and repeated application numbers are skipped (see the pane and IP Issues).",
  field_id: "ID (application number)",
  field_title: "Title",
  field_kind: "Right type",
  field_filingDate: "Filing date",
  field_grantDate: "Grant date",
  field_status: "Status",
  field_reduction: "Fee reduction",
  field_lastPaidYear: "Last annuity year paid",
  field_owner: "Owner",
  field_jurisdiction: "Jurisdiction",
  field_applicant: "Applicant",
  field_applicantLocation: "Applicant location",
  field_pctPublicationDate: "PCT publication date",
  field_lapseNoticeDate: "Lapse notice date",
  field_claims: "Claims",
  field_entity: "Entity or size",
  field_priorityDate: "Priority date",
};

export type LedgerStringKey = keyof typeof en;
type LedgerStrings = Record<LedgerStringKey, string>;

const ja: LedgerStrings = {
  ledgerSource: "{source} を読み込み中：見出しは {row} 行目。",
  ledgerNoHeader:
    "{source} の先頭 {rows} 行に見出し行がありません：サンプルと同じ列名（出願番号、種別、出願日 …）にするか、下で列を割り当ててください。",
  ledgerTitleRows: "見出しより上の行（タイトル）を読み飛ばしました：{rows}。",
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

const zh: LedgerStrings = {
  ledgerSource: "正在读取 {source}：表头在第 {row} 行。",
  ledgerNoHeader:
    "{source} 的前 {rows} 行中没有表头行：请按示例命名列（申请号、类型、申请日 …），或在下方指定各列。",
  ledgerTitleRows: "已跳过表头上方的行（标题）：{rows}。",
  ledgerBlankRows: "已跳过空行：{rows}。",
  ledgerTotalRows: "已跳过合计行：{rows}。",
  ledgerDuplicates: "已合并重复（同一号码、同一局）：{pairs}。",
  ledgerRead: "已读取权利：{records} 件（其中预测 {rights} 件），共 {rows} 行。",
  ledgerNoUsableRows: "{source} 中没有可用的行：未写入任何内容。请修正所列问题，或选择其他列表。",
  ledgerDuplicate: "与第 {first} 行（{id}）为同一局的同一申请号：已合并，此行不再重复读取。",
  ledgerDuplicateConflict:
    "与第 {first} 行（{id}）为同一局的同一申请号，但 {columns} 不同：读取第 {first} 行，此行未读取。请使两行一致，或删除其中一行。",
  ledgerRowPair: "第 {row} 行 = 第 {first} 行",
  columnMapTitle: "读取的列",
  issuesUnsupported: "暂不预测（属预期：其他局、商标）：{count} 条",
  settingsAsOf:
    "基准日“{value}”不是日期：请按 yyyy-mm-dd、yyyy/mm/dd 或 yyyy年m月d日 填写，或留空表示今天。",
  settingsHorizon: "预测期 {value} 须为 1 到 {max} 之间的整数（年）。",
  settingsFyStart: "财年起始月 {value} 须为 1 到 12 之间的月份。",
  settingsCurrency: "货币“{value}”不是 CNY、JPY、USD 这样的三字母代码。",
  settingsRate:
    "汇率“{value}”不是每人民币对应的 {currency} 正数（有效数字不超过 {digits} 位，例如 JPY 为 19）。",
  assumptionMerged: "合并单元格",
  mergedAssumption:
    "列表中跨多行的合并单元格的值，在 ID 以外的所有列中按其覆盖的每一行读取（ID 列的合并单元格使下方各行没有 ID）。",
  mergedCarried: "已按所覆盖的每一行读取合并单元格：{areas}。",
  noOwner: "（无权利人）",
  columnMapHeader: "表头",
  columnMapField: "对应",
  columnMapIgnored: "（不使用）",
  columnMapHelp: "表头未被识别的列，可在此指定其对应的字段；选择保存在本工作簿中。",
  columnMapApproxGrant:
    "授权日取自列“{header}”：授权公告日是授权通知日的近似值（通常晚几周），费减期限可能因此晚一年开始。",
  assumptionRowsRead: "读取的行",
  assumptionGrantColumn: "授权日所在列",
  hiddenRowsAssumption:
    "列表中的隐藏行和筛选隐藏的行与其他行一样读取；空行、合计行和重复的申请号被跳过（见任务窗格和 IP Issues）。",
  field_id: "ID（申请号）",
  field_title: "名称",
  field_kind: "类型",
  field_filingDate: "申请日",
  field_grantDate: "授权日",
  field_status: "状态",
  field_reduction: "费减",
  field_lastPaidYear: "已缴年度",
  field_owner: "权利人",
  field_jurisdiction: "国家/地区",
  field_applicant: "申请人",
  field_applicantLocation: "申请人所在地",
  field_pctPublicationDate: "国际公布日",
  field_lapseNoticeDate: "终止通知日",
  field_claims: "权利要求数",
  field_entity: "主体规模",
  field_priorityDate: "优先权日",
};

export const LEDGER_STRINGS: Record<Language, LedgerStrings> = { en, ja, zh };

/**
 * A ledger message in the user's language with its {parameters} filled in.
 * @example ledgerText("en", "ledgerBlankRows", { rows: "8, 10" }) //=> "Blank rows skipped: 8, 10."
 */
export function ledgerText(
  language: Language,
  key: LedgerStringKey,
  values: Record<string, string | number> = {}
): string {
  return LEDGER_STRINGS[language][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match
  );
}
