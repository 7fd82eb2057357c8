import type { IssueRowStrings } from "./issue-strings-en";
// The phrases these messages share (KINDS also in issue-cells: a chunk of its own imports no other).
const KINDS_ZH =
  "“invention”“utility”或“design”（也可用 发明、实用新型、外观设计、特許、実用新案、意匠）";
const STATUSES_ZH =
  "审查中、授权、失效、放弃（也可用 pending/granted/lapsed/abandoned、審査中/登録/消滅/放棄）";
const SAMPLE_COLUMNS_ZH =
  "请按示例命名各列（申请号、类型、申请日 …；也可用 ID、Right type、Filing date、出願番号、種別、出願日）。";

/**
 * The Chinese of the issues only the pane shows (the portfolio's and the projection's row issues, the
 * report's notes, the loans table's errors, the subsidy run's reasons): a chunk of its own, which the
 * pane fetches with issue-cells-zh.ts (pane-languages-on-demand.ts) and the custom functions never do.
 */
export const ISSUE_ROWS_ZH: IssueRowStrings = {
  claimsNotNumber: "{field}“{value}”不是权利要求数：请填写从 1 起的整数。",
  entityMeaningless:
    "{field}“{value}”对 {office} 没有意义：我们的数据中没有该局的费用减免，请留空。",
  officeNoKind: "此处没有 {office} 的{type}费用数据：{office} 只预测专利。",
  officeNoKindUs: "此处没有 {office} 的{type}费用数据：{office} 只预测实用专利和外观设计专利。",
  columnMissing: `表头行中找不到列：{fields}。${SAMPLE_COLUMNS_ZH}`,
  columnsMissing: `表头行中找不到列：{fields}。${SAMPLE_COLUMNS_ZH}`,
  cellError: "{field} 含有错误值 {value}：请修正公式或直接填写数值。",
  kindEmpty: `类型为空：请填写${KINDS_ZH}，或商标（商标、商標）。`,
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
  rateMissing:
    "{id}：没有 {currency} 兑 {output} 的汇率：其费用以 {currency} 显示，不计入换算后的合计；请在汇率表中添加该汇率。",
  rateMissingRights:
    "{id} 及其他 {others} 项以 {currency} 计费的权利：没有 {currency} 兑 {output} 的汇率：其费用以 {currency} 显示，不计入换算后的合计；请在汇率表中添加该汇率。",
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
  r_grantUnknown: "授权后 {years} 年内支付：授权日未知",
  r_outsideGrantWindow: "不在授权后 {years} 年内（{from} 至 {to}）",
  r_minCases: "{year} 年至少需要 {min} 件（数据中有 {cases} 件）",
  r_rightCap: "已达每项权利 {cap} 次的上限",
  r_amountCap: "{who}已达年度金额上限 {cap}（此件之前 {year} 年已支付 {cap} 中的 {paid}）",
  r_stacking: "因叠加组“{group}”被排除：适用 {winner}",
  r_earlierGrant: "申请人在这些事件之前已获授权（applicantsWithEarlierGrants）",
  r_paidCaseOnly: "仅在有获资助的案件时支付",
  r_paidCaseOnlyWhy: "仅在有获资助的案件时支付：{problem}",
  r_banned: "{programme}：此事件不允许资助",
  r_bannedWhy: "{programme}：{conditions}",
  r_limit:
    "{programme} 上限为{base}的 {rate}：{rate} × {costBase} = {allowed}（所有项目合计，此件已给予 {used}）",
  n_limitNotChecked: "未核对 {programme} 上限（{base}的 {rate}）：请将{base}填为事件的 costBase",
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
  loanNoColumns: "贷款表缺少 {columns} 列：请在标题行中添加。",
  loanErrorValue: "{field} 是错误值：请修正该单元格。",
  loanEmpty: "{field} 为空：请填写数值。",
  loanEndBeforeStart: "还款日 {end} 早于起始日 {start}：请填写还款日期。",
  loanNotText: "{field}：请填写文本。",
};
