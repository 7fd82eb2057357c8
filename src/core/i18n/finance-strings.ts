import { EN_FINANCE } from "./finance-words-en";
import { CodedMessage, renderMessage } from "./issue-words-en";
import { Language } from "./language";

/**
 * The IP Finance sheet's name, block titles and column headers, and the Summary's financing block, in
 * English, Japanese and Chinese. The sheet's reasons, statuses and assumptions are messages of
 * issue-strings.ts (codes with parameters).
 */
export const FINANCE_STRINGS = {
  en: {
    sheet: "IP Finance",
    loans: "Loans",
    totals:
      "Totals by fiscal year and firm (interest by days; fees at the start; subsidies at the receipt date)",
    assumptions: "Assumptions",
    loanId: "Loan ID",
    firm: "Firm",
    programme: "Programme",
    principal: "Principal",
    start: "Start",
    end: "End",
    days: "Days",
    lpr: "LPR used",
    lprRule: "LPR rule",
    lprDate: "LPR fixing",
    rate: "Annual rate",
    rateCounted: "Rate counted",
    interest: "Interest",
    fees: "Fees",
    interestSubsidy: "Interest subsidy",
    feeSubsidy: "Fee subsidy",
    subsidies: "Total subsidies",
    gross: "Gross cost",
    net: "Net cost",
    grossRate: "Gross effective rate",
    netRate: "Net effective rate",
    capYear: "Cap year",
    receipt: "Subsidy receipt",
    status: "Status",
    reason: "Reason and assumptions",
    loss: "Default loss",
    scheme: "Risk scheme",
    fund: "Fund",
    bank: "Bank",
    insurer: "Insurer",
    valuer: "Valuer",
    year: "Fiscal year",
    item: "Item",
    value: "Value",
    total: "Total",
    // The Summary's financing block
    lineTitle:
      "Net cost with IP financing (CNY; loans from the IP Finance sheet, in the horizon's fiscal years)",
    lineFees: "Fees net of subsidies",
    lineFinancing: "Financing net",
    lineNet: "Net with financing",
  },
  ja: {
    sheet: "IP 融資",
    loans: "借入",
    totals: "年度・企業別合計（利息は日数按分、手数料は開始日、補助金は受取日）",
    assumptions: "前提",
    loanId: "借入 ID",
    firm: "企業",
    programme: "制度",
    principal: "元本",
    start: "開始日",
    end: "返済日",
    days: "日数",
    lpr: "適用 LPR",
    lprRule: "LPR ルール",
    lprDate: "LPR 公表日",
    rate: "年利",
    rateCounted: "算定利率",
    interest: "利息",
    fees: "手数料",
    interestSubsidy: "利子補助",
    feeSubsidy: "手数料補助",
    subsidies: "補助合計",
    gross: "総コスト",
    net: "純コスト",
    grossRate: "総実効金利",
    netRate: "純実効金利",
    capYear: "上限年",
    receipt: "補助受取日",
    status: "状態",
    reason: "理由と前提",
    loss: "不良損失",
    scheme: "リスク分担",
    fund: "基金",
    bank: "銀行",
    insurer: "保険",
    valuer: "評価機関",
    year: "年度",
    item: "項目",
    value: "値",
    total: "合計",
    // The Summary"s financing block
    lineTitle: "知財融資を含む純コスト（CNY。IP 融資シートの借入、予測期間の年度）",
    lineFees: "補助金控除後の費用",
    lineFinancing: "融資の純コスト",
    lineNet: "融資を含む純コスト",
  },
  zh: {
    sheet: "IP 融资",
    loans: "贷款",
    totals: "按年度和企业合计（利息按天数分摊，费用计入起始日，补贴计入到账日）",
    assumptions: "假设",
    loanId: "贷款 ID",
    firm: "企业",
    programme: "政策",
    principal: "本金",
    start: "起始日",
    end: "还款日",
    days: "天数",
    lpr: "所用 LPR",
    lprRule: "LPR 规则",
    lprDate: "LPR 公布日",
    rate: "年利率",
    rateCounted: "计算利率",
    interest: "利息",
    fees: "费用",
    interestSubsidy: "贴息",
    feeSubsidy: "费用补贴",
    subsidies: "补贴合计",
    gross: "总成本",
    net: "净成本",
    grossRate: "总实际利率",
    netRate: "净实际利率",
    capYear: "上限年度",
    receipt: "补贴到账日",
    status: "状态",
    reason: "原因与假设",
    loss: "违约损失",
    scheme: "风险分担方案",
    fund: "资金池",
    bank: "银行",
    insurer: "保险",
    valuer: "评估机构",
    year: "年度",
    item: "项目",
    value: "值",
    total: "合计",
    // The Summary"s financing block
    lineTitle: "含知识产权融资的净成本（CNY；IP 融资工作表中的贷款，预测期内年度）",
    lineFees: "扣除补贴后的费用",
    lineFinancing: "融资净成本",
    lineNet: "含融资的净成本",
  },
} as const satisfies Record<Language, Record<string, string>>;

export type FinanceHeaderKey = keyof (typeof FINANCE_STRINGS)["en"];

const enSheet = {
  // The LPR table a user adds (IPLpr): its row issues.
  fin_lprColumns:
    'The LPR table needs "Published", "Tenor" and "Rate" columns: add them to the header row.',
  fin_lprTenor: 'Tenor "{value}" is unknown: give "1Y" or "5Y".',
  fin_lprRate: "Rate {value} is outside (0, 0.2): give the LPR as a fraction, e.g. 0.03 for 3.00%.",
  fin_lprBuiltIn:
    "{date} is within the built-in LPR table (through {through}): the built-in fixing is used.",
  fin_allYears: "all years",
  fin_lprRule: "{tenor} {rule} {date}",
  fin_lprRuleAssumed: "{tenor} {rule} {date} (assumed)",
  fin_scheme: "{scheme} ({confidence})",
  fin_dayCount: "Day count",
  fin_dayCountValue:
    "{dayCount}: interest = principal × rate × days / {divisor} (ACT/360 assumed for RMB loans, not confirmed)",
  fin_lprAsOf: "LPR as of",
  fin_lprAsOfValue: 'NIFC fixings through {date}; later dates assumed unchanged (marked "assumed")',
  fin_netCost: "Net cost",
  fin_netCostValue: "displayed gross cost minus displayed subsidies",
  fin_programmeVerified: "{document}; {issuer}; confidence {confidence}, verified",
  fin_programmeUnverified: "{document}; {issuer}; confidence {confidence}, not verified",
  fin_notCombinable: "not combinable with {programmes}",
};

type FinanceMessages = Record<keyof typeof EN_FINANCE | keyof typeof enSheet, string>;

/**
 * The IP Finance sheet's messages in English, Japanese and Chinese: each loan's reasons, flags and status
 * (codes the engine gives, English in finance-words-en.ts), the cap year, LPR rule, risk scheme and the
 * assumptions. Only the pane's run renders them, so they stay out of the tables the functions load.
 */
export const FINANCE_MESSAGES: Record<Language, FinanceMessages> = {
  en: { ...EN_FINANCE, ...enSheet },
  ja: {
    fin_lprColumns:
      "LPR の表には「Published」「Tenor」「Rate」列が必要です：見出し行に追加してください。",
    fin_lprTenor: "Tenor「{value}」は不明です：「1Y」または「5Y」を入力してください。",
    fin_lprRate:
      "Rate {value} が 0～0.2 の範囲外です：LPR を小数で入力してください（3.00% なら 0.03）。",
    fin_lprBuiltIn:
      "{date} は組み込みの LPR 表（{through} まで）の範囲内です：組み込みの公表値を使います。",
    fin_outsideWindow: "{basis} {date} は {programme} の対象期間 {from}～{to} の外です",
    fin_windowUnstated:
      "{programme}：対象期間の開始と終了が参照した資料に記載されていません。その確認なしで適用しています",
    fin_windowStartUnstated:
      "{programme}：対象期間の開始が参照した資料に記載されていません。その確認なしで適用しています",
    fin_windowEndUnstated:
      "{programme}：対象期間の終了が参照した資料に記載されていません。その確認なしで適用しています",
    fin_ipShareLow: "知財の担保割合 {share} が {programme} の下限 {min} を下回っています",
    fin_limitedToCosts: "支払った利息と手数料が上限です",
    fin_feesCounted: "手数料は元本の {rate} で算定",
    fin_rateCounted: "利率は {rate}（LPR × {multiplier}）で算定",
    fin_rateAboveLimit:
      "利率 {rate} が {programme} の上限 {limit}（LPR × {multiplier}）を超えています",
    fin_limitedToInterest: "実際に支払った利息が上限です",
    fin_lprAssumed: "{date} の LPR は {fixing} の公表値（最新の既知値）から変わらないと仮定",
    fin_annualCapReached: "年間上限 {cap} に達しました",
    fin_annualCapUsed: "年間上限 {cap} は使用済みです",
    fin_lifetimeCapReached: "累計上限 {cap} に達しました",
    fin_lifetimeCapUsed: "累計上限 {cap} は使用済みです",
    fin_oneLoanPerYear:
      "{programme} の補助は 1 企業 1 年 {count} 件まで：{firm} の先の借入が対象です",
    fin_feesInInterest: "手数料は利子補助に含めて補助",
    fin_noFeeRule: "{programme} の手数料規定が見つかりません",
    fin_noFeeTypeRule: "{programme} は {feeType} 手数料を補助しません",
    fin_notBoth: "{first} と {second} は同じ借入で併用できません：{excluded} を除外",
    fin_perFeeCap: "手数料ごとの上限 {cap} に達しました",
    fin_feeCapReached: "手数料の年間上限 {cap} に達しました",
    fin_feeCapUsed: "手数料の年間上限 {cap} は使用済みです",
    fin_noReceipt: "補助の受取予定日がないため、返済日に計上しています",
    fin_statusNone: "制度なし",
    fin_statusVerified: "確認済みの規定（{confidence}）",
    fin_statusRatio: "{confidence}：承認された割合を使用",
    fin_statusEnterRatio: "{confidence}：「最大 {share}」：承認された割合を入力してください",
    word_settlementDate: "返済日",
    word_startDate: "開始日",
    word_contractDate: "契約日",
    fin_allYears: "全期間",
    fin_lprRule: "{tenor} {rule} {date}",
    fin_lprRuleAssumed: "{tenor} {rule} {date}（仮定）",
    fin_scheme: "{scheme}（{confidence}）",
    fin_dayCount: "日数計算",
    fin_dayCountValue:
      "{dayCount}：利息 = 元本 × 利率 × 日数 / {divisor}（人民元の借入は ACT/360 と仮定、未確認）",
    fin_lprAsOf: "LPR の基準",
    fin_lprAsOfValue: "NIFC の公表値は {date} まで。以降の日付は変わらないと仮定（「仮定」と表示）",
    fin_netCost: "純コスト",
    fin_netCostValue: "表示した総コストから表示した補助を引いた額",
    fin_programmeVerified: "{document}；{issuer}；信頼度 {confidence}、確認済み",
    fin_programmeUnverified: "{document}；{issuer}；信頼度 {confidence}、未確認",
    fin_notCombinable: "{programmes} と併用不可",
  },
  zh: {
    fin_lprColumns: "LPR 表需要“Published”“Tenor”“Rate”列：请在标题行中添加。",
    fin_lprTenor: "Tenor“{value}”未知：请填写“1Y”或“5Y”。",
    fin_lprRate: "Rate {value} 不在 (0, 0.2) 之间：请以小数填写 LPR，如 3.00% 填 0.03。",
    fin_lprBuiltIn: "{date} 在内置 LPR 表范围内（截至 {through}）：使用内置公布值。",
    fin_outsideWindow: "{basis} {date} 不在 {programme} 的适用期 {from} 至 {to} 内",
    fin_windowUnstated: "{programme}：所查资料未写明适用期的起止日，未经此项核对即适用",
    fin_windowStartUnstated: "{programme}：所查资料未写明适用期的起始日，未经此项核对即适用",
    fin_windowEndUnstated: "{programme}：所查资料未写明适用期的截止日，未经此项核对即适用",
    fin_ipShareLow: "知识产权质押占比 {share} 低于 {programme} 的下限 {min}",
    fin_limitedToCosts: "以实际支付的利息和费用为限",
    fin_feesCounted: "费用按本金的 {rate} 计算",
    fin_rateCounted: "利率按 {rate}（LPR × {multiplier}）计算",
    fin_rateAboveLimit: "利率 {rate} 高于 {programme} 的上限 {limit}（LPR × {multiplier}）",
    fin_limitedToInterest: "以实际支付的利息为限",
    fin_lprAssumed: "假定 {date} 的 LPR 与 {fixing} 公布值（已知最新）相同",
    fin_annualCapReached: "已达年度上限 {cap}",
    fin_annualCapUsed: "年度上限 {cap} 已用完",
    fin_lifetimeCapReached: "已达累计上限 {cap}",
    fin_lifetimeCapUsed: "累计上限 {cap} 已用完",
    fin_oneLoanPerYear: "{programme} 每家企业每年补贴 {count} 笔贷款：{firm} 的较早贷款已占用",
    fin_feesInInterest: "费用已计入贴息",
    fin_noFeeRule: "未找到 {programme} 的费用补贴规则",
    fin_noFeeTypeRule: "{programme} 不补贴 {feeType} 费用",
    fin_notBoth: "{first} 与 {second} 不能用于同一笔贷款：不计 {excluded}",
    fin_perFeeCap: "已达单项费用上限 {cap}",
    fin_feeCapReached: "已达年度费用上限 {cap}",
    fin_feeCapUsed: "年度费用上限 {cap} 已用完",
    fin_noReceipt: "未填预计到账日：补贴计入还款日",
    fin_statusNone: "无政策",
    fin_statusVerified: "已核实的规则（{confidence}）",
    fin_statusRatio: "{confidence}：已使用批准比例",
    fin_statusEnterRatio: "{confidence}：“最高 {share}”：请填写批准比例",
    word_settlementDate: "还款日",
    word_startDate: "起始日",
    word_contractDate: "合同日",
    fin_allYears: "全部年度",
    fin_lprRule: "{tenor} {rule} {date}",
    fin_lprRuleAssumed: "{tenor} {rule} {date}（假定）",
    fin_scheme: "{scheme}（{confidence}）",
    fin_dayCount: "计息天数",
    fin_dayCountValue:
      "{dayCount}：利息 = 本金 × 利率 × 天数 / {divisor}（人民币贷款假定为 ACT/360，未经确认）",
    fin_lprAsOf: "LPR 截至",
    fin_lprAsOfValue: "NIFC 公布值截至 {date}；此后日期假定不变（标注“假定”）",
    fin_netCost: "净成本",
    fin_netCostValue: "显示的总成本减去显示的补贴",
    fin_programmeVerified: "{document}；{issuer}；可信度 {confidence}，已核实",
    fin_programmeUnverified: "{document}；{issuer}；可信度 {confidence}，未核实",
    fin_notCombinable: "不可与 {programmes} 叠加",
  },
};

export type FinanceMessageKey = keyof FinanceMessages;

/**
 * A finance message in `language`: its entry with the parameters filled in.
 * @example financeText("ja", { code: "fin_statusNone", message: "" }) //=> "制度なし"
 */
export function financeText(language: Language, message: CodedMessage): string {
  return renderMessage(
    FINANCE_MESSAGES[language],
    FINANCE_MESSAGES.en,
    message,
    language === "en" ? "; " : "；"
  );
}
