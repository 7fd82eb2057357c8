import type { LedgerStrings } from "./ledger-strings-en";

/** The Chinese of ledger-strings.ts: a module of its own, so a page loads only its user's language (languages-on-demand.ts). */
export const LEDGER_STRINGS_ZH: LedgerStrings = {
  ledgerSource: "正在读取 {source}：表头在第 {row} 行。",
  ledgerNoHeader:
    "{source} 的前 {rows} 行中没有表头行：请按示例命名列（申请号、类型、申请日 …），或在下方指定各列。",
  ledgerTitleRows: "已跳过表头上方的行（标题）：{rows}。",
  ledgerFirstRows: "运行前只读取前 {rows} 行；运行时读取所有行，并列出跳过的空行、合计行和重复行。",
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
