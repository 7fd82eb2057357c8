import { Language } from "./strings";

/**
 * The words of the other offices' blocks on the Projection, Summary and Deadlines sheets, in English,
 * Japanese and Chinese: the one place they are worded. Keys with {parameters}.
 */
const en = {
  feesTitle:
    "Fees at other offices: amounts in the office's currency, rounded there, then converted and rounded",
  id: "ID",
  owner: "Owner",
  office: "Office",
  kind: "Kind",
  year: "Year",
  due: "Due",
  fiscalYear: "Fiscal year",
  currency: "Currency",
  amount: "Amount",
  converted: "Converted ({output})",
  confidence: "Confidence",
  notes: "Notes",
  lapsedNote: "Lapsed: an unpaid fee is past its last day; nothing budgeted (see IP Deadlines).",
  subtotalsTitle:
    "By fiscal year and currency (converted totals in {output} are sums of the converted, rounded rows)",
  payments: "Payments",
  unconfirmed: "Amounts not confirmed",
  yearTotal: "{year} total",
  incomplete: "{output} (incomplete: a rate is missing)",
  ratesTitle: "Exchange rates used (units of {output} for one unit of the currency)",
  rate: "Rate",
  asOf: "As of",
  source: "Source",
  rateMissing: "missing: amounts not converted",
  deadlinesTitle:
    "Deadlines at other offices. The last days to pay are moved off the office's closed days (JPO, USPTO, KIPO, EPO and Unitary Patent: closing days as data, per year; a note says where a year is not in our data); due dates stay formal; DE, FR, NL and GB dates are formal.",
  status: "Status",
  lastWithout: "Last day without surcharge",
  lastWith: "Last day with surcharge",
  fee: "Fee",
  surchargeToday: "Surcharge today",
  restorationCost: "Restoration cost",
  restoreBy: "Restore by",
  costToEnd: "Cost to last fee year",
  statusGrace: "Overdue: pay in grace period",
  statusUpcoming: "Upcoming",
  statusLapsed: "Lapsed: restore or abandon",
  statusPaidToEnd: "Paid to the last fee year",
  statusAbandoned: "Abandoned",
  // Closure calendars of the other offices (issue 11).
  closureFormalFree: "formal last day without surcharge {date} (the office is closed)",
  closureFormalLast: "formal last day with surcharge {date} (the office is closed)",
  closurePartial:
    "closing days of {office} not in our data for {years}: moved over weekends only, the office may be closed later",
};

export type OfficeStringKey = keyof typeof en;
type OfficeStrings = Record<OfficeStringKey, string>;

const ja: OfficeStrings = {
  feesTitle: "他の特許庁の料金: 各庁の通貨で計算・丸めたうえで換算し、丸めた額",
  id: "ID",
  owner: "権利者",
  office: "特許庁",
  kind: "種別",
  year: "年分",
  due: "納付期限",
  fiscalYear: "年度",
  currency: "通貨",
  amount: "金額",
  converted: "換算額（{output}）",
  confidence: "確度",
  notes: "注記",
  lapsedNote: "消滅: 未納の料金が最終日を過ぎています。予算には計上しません（IP 期限を参照）。",
  subtotalsTitle: "年度・通貨別（{output} の換算合計は換算・丸め後の各行の合計）",
  payments: "件数",
  unconfirmed: "金額未確認",
  yearTotal: "{year} 合計",
  incomplete: "{output}（不完全: 為替レートがありません）",
  ratesTitle: "使用した為替レート（通貨 1 単位あたりの {output}）",
  rate: "レート",
  asOf: "基準日",
  source: "出典",
  rateMissing: "なし: 金額は換算されていません",
  deadlinesTitle:
    "他の特許庁の期限。納付の最終日は各庁の閉庁日を避けて次の開庁日に延ばしています(JPO・USPTO・KIPO・EPO・単一効特許: 年ごとの閉庁日データ。データのない年は注記に記載)。納付期限日は正式な日付のまま。DE・FR・NL・GB の日付は正式な日付です。",
  status: "状態",
  lastWithout: "割増なしの最終日",
  lastWith: "割増付きの最終日",
  fee: "料金",
  surchargeToday: "本日の割増",
  restorationCost: "回復費用",
  restoreBy: "回復期限",
  costToEnd: "最終年分までの費用",
  statusGrace: "期限経過: 猶予期間内に納付",
  statusUpcoming: "今後",
  statusLapsed: "消滅: 回復または放棄",
  statusPaidToEnd: "最終年分まで納付済み",
  statusAbandoned: "放棄",
  // Closure calendars of the other offices (issue 11).
  closureFormalFree: "割増なしの正式な最終日 {date}(閉庁日)",
  closureFormalLast: "割増付きの正式な最終日 {date}(閉庁日)",
  closurePartial:
    "{years} 年の {office} の閉庁日はデータにありません: 土日のみ考慮しており、実際の最終日はより遅い可能性があります",
};

const zh: OfficeStrings = {
  feesTitle: "其他专利局的费用：先按该局货币计算并取整，再换算并取整",
  id: "ID",
  owner: "权利人",
  office: "专利局",
  kind: "类型",
  year: "年度",
  due: "缴费期限",
  fiscalYear: "财年",
  currency: "货币",
  amount: "金额",
  converted: "换算金额（{output}）",
  confidence: "可信度",
  notes: "备注",
  lapsedNote: "已失效：未缴费用已过最后期限；不计入预算（见 IP 期限）。",
  subtotalsTitle: "按财年和货币（{output} 换算合计为换算并取整后各行之和）",
  payments: "笔数",
  unconfirmed: "金额未确认",
  yearTotal: "{year} 合计",
  incomplete: "{output}（不完整：缺少汇率）",
  ratesTitle: "所用汇率（每 1 单位货币折合的 {output}）",
  rate: "汇率",
  asOf: "日期",
  source: "来源",
  rateMissing: "缺失：金额未换算",
  deadlinesTitle:
    "其他专利局的期限。最后缴费日已避开各局的闭馆日顺延至下一个工作日（JPO、USPTO、KIPO、EPO 及单一专利：按年的闭馆日数据；无数据的年份在备注中说明）；缴费期限日保持正式日期；DE、FR、NL、GB 的日期为正式日期。",
  status: "状态",
  lastWithout: "无附加费的最后一天",
  lastWith: "含附加费的最后一天",
  fee: "费用",
  surchargeToday: "今日附加费",
  restorationCost: "恢复费用",
  restoreBy: "恢复期限",
  costToEnd: "至最后年度的费用",
  statusGrace: "已逾期：在宽限期内缴纳",
  statusUpcoming: "即将到期",
  statusLapsed: "已失效：恢复或放弃",
  statusPaidToEnd: "已缴至最后年度",
  statusAbandoned: "已放弃",
  // Closure calendars of the other offices (issue 11).
  closureFormalFree: "无附加费的正式最后一天 {date}（闭馆日）",
  closureFormalLast: "含附加费的正式最后一天 {date}（闭馆日）",
  closurePartial: "{years} 年 {office} 的闭馆日不在数据中：仅考虑周末，实际最后一天可能更晚",
};

export const OFFICE_STRINGS: Record<Language, OfficeStrings> = { en, ja, zh };

/**
 * A word of the other offices' blocks in the user's language, with its {parameters} filled in.
 * @example officeText("en", "converted", { output: "JPY" }) //=> "Converted (JPY)"
 */
export function officeText(
  language: Language,
  key: OfficeStringKey,
  values: Record<string, string | number> = {}
): string {
  return OFFICE_STRINGS[language][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match
  );
}
