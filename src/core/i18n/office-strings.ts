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
  ownersTitle:
    "By owner and currency, all offices, over the horizon (converted totals in {output} are sums of the converted, rounded rows)",
  ownerTotal: "{owner} total",
  noOwner: "(no owner)",
  costsUnknown: "none in our data",
  assumption: "Assumption",
  allOfficesTitle:
    "Fees per fiscal year, all offices, converted to {output} (blank: a rate is missing)",
  allOfficesChart: "Fees per fiscal year in {output}: CN and the other offices",
  colCn: "CN ({output})",
  colOther: "Other offices ({output})",
  colAll: "All offices ({output})",
  value: "Value",
  assumptionsTitle: "Other offices: assumptions",
  assumePending: "Pending JP, KR and US applications",
  assumePendingValue:
    "assumed granted on the as-of date (or the filing date, if later), as CN applications are; their fees count from that day",
  assumePendingEp: "Pending EP applications",
  assumePendingEpValue:
    "assumed to stay pending: EPO renewal fees are budgeted for every year to the 20th (flag grant-date-unknown), since the date of the mention of grant is not known; after grant enter one row per validated state or UP",
  assumeClosures: "Closed days of the other offices",
  assumeClosuresValue:
    "last days to pay moved off closed days: JPO data to {jp}, USPTO to {us}, KIPO to {kr}; EPO and UP: weekends and announced year-end closures only; DE, FR, NL, GB: formal dates",
  assumeLapsed: "Lapsed at other offices (not budgeted)",
  assumeLapsedValue:
    "{count}: {ids}; restoring, where the cost is in our data: {costs} (see IP Deadlines)",
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
  ownersTitle:
    "権利者・通貨別、全特許庁、予測期間内({output} の換算合計は換算・丸め後の各行の合計)",
  ownerTotal: "{owner} 合計",
  noOwner: "(権利者なし)",
  costsUnknown: "データになし",
  assumption: "前提",
  allOfficesTitle: "年度別の料金、全特許庁、{output} に換算(空欄: レートなし)",
  allOfficesChart: "年度別の料金({output}): CN と他の特許庁",
  colCn: "CN({output})",
  colOther: "他の特許庁({output})",
  colAll: "全特許庁({output})",
  value: "内容",
  assumptionsTitle: "他の特許庁: 前提",
  assumePending: "審査中の JP・KR・US 出願",
  assumePendingValue:
    "基準日(出願日の方が遅ければ出願日)に登録されたものとみなします(CN と同じ)。料金はその日から数えます",
  assumePendingEp: "審査中の EP 出願",
  assumePendingEpValue:
    "審査中のままとみなします: 特許付与の公告日が不明なため、EPO の更新料を第20年まで計上します(grant-date-unknown)。付与後は有効化した国・単一効特許ごとに1行を入力してください",
  assumeClosures: "他の特許庁の閉庁日",
  assumeClosuresValue:
    "納付の最終日は閉庁日を避けて延ばしています: JPO は {jp} 年まで、USPTO は {us} 年まで、KIPO は {kr} 年までのデータ。EPO・単一効特許は土日と公表された年末年始の閉庁のみ。DE・FR・NL・GB は正式な日付",
  assumeLapsed: "他の特許庁で失効(予算に含めず)",
  assumeLapsedValue: "{count} 件: {ids}。回復費用(データにあるもの): {costs}(期限シートを参照)",
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
  ownersTitle: "按权利人和货币，所有专利局，预测期内（{output} 换算合计为换算并取整后各行之和）",
  ownerTotal: "{owner} 合计",
  noOwner: "（无权利人）",
  costsUnknown: "数据中没有",
  assumption: "假设",
  allOfficesTitle: "各财年费用，所有专利局，换算为 {output}（空白：缺少汇率）",
  allOfficesChart: "各财年费用（{output}）：CN 与其他专利局",
  colCn: "CN（{output}）",
  colOther: "其他专利局（{output}）",
  colAll: "所有专利局（{output}）",
  value: "内容",
  assumptionsTitle: "其他专利局：假设",
  assumePending: "审查中的 JP、KR、US 申请",
  assumePendingValue: "假定于基准日（若申请日更晚则为申请日）授权，与 CN 相同；费用自该日起算",
  assumePendingEp: "审查中的 EP 申请",
  assumePendingEpValue:
    "假定仍在审查中：授权公告日未知，EPO 续展费计至第 20 年（grant-date-unknown）；授权后请按每个生效国或单一专利各填一行",
  assumeClosures: "其他专利局的闭馆日",
  assumeClosuresValue:
    "最后缴费日已避开闭馆日顺延：JPO 数据至 {jp} 年，USPTO 至 {us} 年，KIPO 至 {kr} 年；EPO 和单一专利仅考虑周末和已公布的年末闭馆；DE、FR、NL、GB 为正式日期",
  assumeLapsed: "其他专利局已失效（不计入预算）",
  assumeLapsedValue: "{count} 件：{ids}；恢复费用（数据中有的）：{costs}（见期限表）",
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
