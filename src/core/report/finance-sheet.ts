import { DayNumber, dayFromCivil, dayToIso } from "../dates/civil";
import { serialFromDay } from "../dates/excel-serial";
import { LoanBook, LoanResult } from "../finance/loan-book";
import { LprTable } from "../finance/lpr";
import { PARTIES, Party } from "../finance/risk-share";
import { Language } from "../i18n/strings";
import { Money, roundToFen, yuanToCell } from "../money/money";
import { fiscalYearLabel, fiscalYearOf } from "../projection/fiscal-year";
import { OutputSheet } from "./output-model";
import { CellValue, OutputColumn } from "../table/table-schema";

/**
 * The IP Finance sheet as data: one row per loan, totals by fiscal year and firm, and the assumptions the
 * figures rest on (day count, LPR as-of, each programme's document, confidence and verification).
 */
const HEADERS = {
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
  },
} as const;

export interface FinanceSheetInput {
  book: LoanBook;
  lpr: LprTable;
  fiscalYearStartMonth: number;
  language: Language;
}

export interface FinanceTotal {
  fiscalYear: number;
  firm: string;
  interest: Money;
  fees: Money;
  subsidies: Money;
  net: Money;
}

/**
 * Splits an amount already rounded to the fen over fiscal years by days (start counted, end not); the
 * parts are rounded to the fen and the last takes the remainder, so they sum to the amount shown.
 */
export function allocateByDays(
  amount: Money,
  start: DayNumber,
  end: DayNumber,
  startMonth: number
): { fiscalYear: number; amount: Money }[] {
  const total = end - start;
  if (total <= 0) return [{ fiscalYear: fiscalYearOf(start, startMonth), amount }];
  const parts: { fiscalYear: number; amount: Money }[] = [];
  let from = start;
  let allocated = new Money(0);
  while (from < end) {
    const year = fiscalYearOf(from, startMonth);
    const nextStart = dayFromCivil(year + 1, startMonth, 1);
    const to = Math.min(end, nextStart);
    const last = to === end;
    const share = last
      ? amount.minus(allocated)
      : roundToFen(amount.times(to - from).dividedBy(total));
    parts.push({ fiscalYear: year, amount: share });
    allocated = allocated.plus(share);
    from = to;
  }
  return parts;
}

/** Totals by fiscal year and firm, sorted by year then firm. */
export function financeTotals(results: readonly LoanResult[], startMonth: number): FinanceTotal[] {
  const totals = new Map<string, FinanceTotal>();
  const add = (
    fiscalYear: number,
    firm: string,
    field: "interest" | "fees" | "subsidies",
    amount: Money
  ) => {
    if (amount.isZero()) return;
    const key = `${fiscalYear}\u0000${firm}`;
    const zero = new Money(0);
    const total = totals.get(key) ?? {
      fiscalYear,
      firm,
      interest: zero,
      fees: zero,
      subsidies: zero,
      net: zero,
    };
    total[field] = total[field].plus(amount);
    total.net = total.interest.plus(total.fees).minus(total.subsidies);
    totals.set(key, total);
  };
  for (const result of results) {
    const firm = result.loan.firm;
    for (const part of allocateByDays(
      result.interest,
      result.loan.start,
      result.loan.end,
      startMonth
    ))
      add(part.fiscalYear, firm, "interest", part.amount);
    add(fiscalYearOf(result.loan.start, startMonth), firm, "fees", result.fees);
    add(fiscalYearOf(result.receipt, startMonth), firm, "subsidies", result.subsidies);
  }
  return [...totals.values()].sort(
    (a, b) => a.fiscalYear - b.fiscalYear || (a.firm < b.firm ? -1 : a.firm > b.firm ? 1 : 0)
  );
}

const money = (amount: Money | undefined): CellValue =>
  amount === undefined ? "" : yuanToCell(amount);
const rate = (value: Money | undefined): CellValue =>
  value === undefined ? "" : value.toDecimalPlaces(6).toNumber();

export function buildFinanceSheet(input: FinanceSheetInput): OutputSheet {
  const h = HEADERS[input.language];
  const startMonth = input.fiscalYearStartMonth;
  const columns: OutputColumn[] = [
    { header: h.loanId, format: "text" },
    { header: h.firm, format: "text" },
    { header: h.programme, format: "text" },
    { header: h.principal, format: "money" },
    { header: h.start, format: "date" },
    { header: h.end, format: "date" },
    { header: h.days, format: "integer" },
    { header: h.lpr, format: "percent" },
    { header: h.lprRule, format: "text" },
    { header: h.lprDate, format: "date" },
    { header: h.rate, format: "percent" },
    { header: h.rateCounted, format: "percent" },
    { header: h.interest, format: "money" },
    { header: h.fees, format: "money" },
    { header: h.interestSubsidy, format: "money" },
    { header: h.feeSubsidy, format: "money" },
    { header: h.subsidies, format: "money" },
    { header: h.gross, format: "money" },
    { header: h.net, format: "money" },
    { header: h.grossRate, format: "percent" },
    { header: h.netRate, format: "percent" },
    { header: h.capYear, format: "text" },
    { header: h.receipt, format: "date" },
    { header: h.status, format: "text" },
    { header: h.reason, format: "text" },
    { header: h.scheme, format: "text" },
    { header: h.loss, format: "money" },
    ...PARTIES.map((party) => ({ header: h[party], format: "money" as const })),
  ];
  const results = input.book.results;
  const rows: CellValue[][] = results.map((r) => [
    r.loan.loanId,
    r.loan.firm,
    r.loan.programme?.id ?? "",
    money(r.loan.principal),
    serialFromDay(r.loan.start),
    serialFromDay(r.loan.end),
    r.days,
    rate(r.lpr?.rate),
    r.lpr
      ? `${r.lpr.tenor} ${r.lpr.rule} ${dayToIso(r.lpr.referenceDay)}${r.lpr.assumed ? " (assumed)" : ""}`
      : "",
    r.lpr ? serialFromDay(r.lpr.fixingDay) : "",
    rate(r.loan.rate),
    rate(r.rateCounted),
    money(r.interest),
    money(r.fees),
    money(r.interestSubsidy),
    money(r.feeSubsidy),
    money(r.subsidies),
    money(r.gross),
    money(r.net),
    rate(r.grossRate),
    rate(r.netRate),
    r.capYear ?? "",
    serialFromDay(r.receipt),
    r.status,
    [...r.reasons, ...r.flags].join("; "),
    r.loan.scheme?.id ? `${r.loan.scheme.id} (${r.loan.scheme.confidence})` : "",
    money(r.split?.loss),
    ...PARTIES.map((party: Party) => (r.split ? money(r.split.shares[party] ?? new Money(0)) : "")),
  ]);
  const totals = financeTotals(results, startMonth);
  const totalRows: CellValue[][] = totals.map((t) => [
    fiscalYearLabel(t.fiscalYear, startMonth),
    t.firm,
    money(t.interest),
    money(t.fees),
    money(t.subsidies),
    money(t.net),
  ]);
  if (totals.length > 0) {
    const sum = (field: "interest" | "fees" | "subsidies" | "net") =>
      money(totals.reduce((total, t) => total.plus(roundToFen(t[field])), new Money(0)));
    totalRows.push([h.total, "", sum("interest"), sum("fees"), sum("subsidies"), sum("net")]);
  }
  const used = new Map(
    results.filter((r) => r.loan.programme).map((r) => [r.loan.programme!.id, r.loan.programme!])
  );
  const assumptionRows: CellValue[][] = [
    [
      "Day count",
      `${input.book.dayCount}: interest = principal × rate × days / ${input.book.dayCount === "ACT/365" ? 365 : 360} (ACT/360 assumed for RMB loans, not confirmed)`,
    ],
    [
      "LPR as of",
      `NIFC fixings through ${dayToIso(input.lpr.confirmedThrough)}; later dates assumed unchanged (marked "assumed")`,
    ],
    ["Net cost", "displayed gross cost minus displayed subsidies"],
    ...[...used.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(
        (p) =>
          [
            p.id,
            `${p.document}; ${p.issuer}; confidence ${p.confidence}${p.verified ? ", verified" : ", not verified"}${p.excludes.length ? `; not combinable with ${p.excludes.join(", ")}` : ""}`,
          ] as CellValue[]
      ),
  ];
  const totalsTop = rows.length + 3;
  const assumptionsTop = totalsTop + totalRows.length + 3;
  return {
    role: "finance",
    name: h.sheet,
    blocks: [
      { top: 1, title: h.loans, columns, rows },
      {
        top: totalsTop + 1,
        title: h.totals,
        columns: [
          { header: h.year, format: "text" },
          { header: h.firm, format: "text" },
          { header: h.interest, format: "money" },
          { header: h.fees, format: "money" },
          { header: h.subsidies, format: "money" },
          { header: h.net, format: "money" },
        ],
        rows: totalRows,
      },
      {
        top: assumptionsTop + 1,
        title: h.assumptions,
        columns: [
          { header: h.item, format: "text" },
          { header: h.value, format: "text" },
        ],
        rows: assumptionRows,
      },
    ],
    charts: [],
    freezeHeaderRows: 2,
  };
}
