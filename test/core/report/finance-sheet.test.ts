import {
  BUILT_IN_FINANCE_PROGRAMMES,
  BUILT_IN_LPR,
  BUILT_IN_RISK_SCHEMES,
} from "../../../src/core/finance/built-in";
import { computeLoanBook } from "../../../src/core/finance/loan-book";
import { readLoansTable } from "../../../src/core/finance/loans-table";
import { allocateByDays, buildFinanceSheet } from "../../../src/core/report/finance-sheet";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { threeLoanGrid } from "../finance/three-loans";

// The IP Finance sheet of the three-loan example (docs/finance.md §9): rows, totals, assumptions.
describe("the IP Finance sheet", () => {
  const read = readLoansTable(threeLoanGrid(), BUILT_IN_FINANCE_PROGRAMMES, BUILT_IN_RISK_SCHEMES);
  const book = computeLoanBook(read.loans, BUILT_IN_LPR, { sheet: "Loans" });
  const sheet = buildFinanceSheet({
    book,
    lpr: BUILT_IN_LPR,
    fiscalYearStartMonth: 1,
    language: "en",
  });
  const [loans, totals, assumptions] = sheet.blocks;
  const column = (header: string) => loans.columns.findIndex((c) => c.header === header);

  it("shows each loan's subsidies and net cost as displayed", () => {
    expect(loans.rows.map((r) => r[column("Total subsidies")])).toEqual([
      121458.33, 54600, 374402.78, 0,
    ]);
    expect(loans.rows.map((r) => r[column("Net cost")])).toEqual([
      121458.34, 69600, 160458.33, 162666.67,
    ]);
  });

  it("totals by fiscal year and firm: interest by days, subsidies at the receipt date", () => {
    // Loan 1: 2023-12-15 → 2024-12-14, 17 days in 2023: 212,916.67 × 17/365 = 9,916.67; 2024: 203,000.00
    // its subsidies (121,458.33) arrive 2025-06-30; loan 2's and 3's on their settlement dates in 2026
    expect(totals.rows.filter((r) => r[1] === "Firm A")).toEqual([
      ["2023", "Firm A", 9916.67, 30000, 0, 39916.67],
      ["2024", "Firm A", 203000, 0, 0, 203000],
      ["2025", "Firm A", 0, 0, 121458.33, -121458.33],
    ]);
    const sum = (index: number) =>
      Math.round(
        totals.rows
          .filter((r) => r[0] !== "Total")
          .reduce((s, r) => s + (r[index] as number) * 100, 0)
      ) / 100;
    // interest 212,916.67 + 109,200 + 354,861.11 + 162,666.67 (loan 4: 4,000,000 × 4% × 366/360)
    expect(sum(2)).toBe(839644.45);
    expect(sum(4)).toBe(550461.11);
    expect(totals.rows[totals.rows.length - 1]).toEqual([
      "Total",
      "",
      839644.45,
      225000,
      550461.11,
      514183.34,
    ]);
  });

  it("states the day count, the LPR as-of date and each programme's document and confidence", () => {
    const text = assumptions.rows.map((r) => r.join(": ")).join("\n");
    expect(text).toContain("ACT/360");
    expect(text).toContain("NIFC fixings through 2026-05-20");
    expect(text).toContain("CN-SZ-NANSHAN: 《南山区企业融资扶持措施》");
    expect(text).toContain("confidence MED, not verified");
  });

  it("splits an amount over fiscal years by days, summing to the amount shown", () => {
    // April fiscal years: 2024-01-01 → 2025-01-01, 91 days in FY2023, 275 in FY2024
    const parts = allocateByDays(
      new Money("1000.00"),
      isoToDay("2024-01-01"),
      isoToDay("2025-01-01"),
      4
    );
    expect(parts.map((p) => [p.fiscalYear, p.amount.toNumber()])).toEqual([
      [2023, 248.63],
      [2024, 751.37],
    ]);
  });
});

// Statuses, reasons and assumptions are codes rendered in the sheet's language (issue-strings.ts).
describe("the IP Finance sheet in Japanese and Chinese", () => {
  const read = readLoansTable(threeLoanGrid(), BUILT_IN_FINANCE_PROGRAMMES, BUILT_IN_RISK_SCHEMES);
  const book = computeLoanBook(read.loans, BUILT_IN_LPR, { sheet: "Loans" });
  const sheetIn = (language: "ja" | "zh") =>
    buildFinanceSheet({ book, lpr: BUILT_IN_LPR, fiscalYearStartMonth: 1, language });
  const cells = (language: "ja" | "zh", header: string) => {
    const [loans] = sheetIn(language).blocks;
    const index = loans.columns.findIndex((c) => c.header === header);
    return loans.rows.map((row) => row[index]);
  };

  it("gives each loan's status in Japanese, with the confidence code kept", () => {
    expect(cells("ja", "状態")).toEqual([
      "確認済みの規定（HIGH）",
      "確認済みの規定（HIGH）",
      "MED：「最大 70%」：承認された割合を入力してください",
      "制度なし",
    ]);
  });

  it("gives loan 2's reasons in Chinese, joined with a full-width semicolon", () => {
    expect(cells("zh", "原因与假设")[1]).toBe(
      "未找到 CN-QD-2025 的费用补贴规则；CN-QD-2025：所查资料未写明适用期的起止日，未经此项核对即适用；未填预计到账日：补贴计入还款日"
    );
  });

  it("gives the day count and LPR assumptions in Japanese", () => {
    const [, , assumptions] = sheetIn("ja").blocks;
    expect(assumptions.rows.slice(0, 2)).toEqual([
      [
        "日数計算",
        "ACT/360：利息 = 元本 × 利率 × 日数 / 360（人民元の借入は ACT/360 と仮定、未確認）",
      ],
      [
        "LPR の基準",
        "NIFC の公表値は 2026-05-20 まで。以降の日付は変わらないと仮定（「仮定」と表示）",
      ],
    ]);
  });

  it("names the window basis in the user's language (a settlement outside Beijing's window)", () => {
    const grid = threeLoanGrid();
    const header = grid.values[0];
    const late = [...grid.values[1]];
    late[header.indexOf("End")] = "2025-02-12";
    const lateBook = computeLoanBook(
      readLoansTable(
        { ...grid, values: [header, late] },
        BUILT_IN_FINANCE_PROGRAMMES,
        BUILT_IN_RISK_SCHEMES
      ).loans,
      BUILT_IN_LPR,
      { sheet: "Loans" }
    );
    const [loans] = buildFinanceSheet({
      book: lateBook,
      lpr: BUILT_IN_LPR,
      fiscalYearStartMonth: 1,
      language: "ja",
    }).blocks;
    const reasons = loans.columns.findIndex((c) => c.header === "理由と前提");
    expect(loans.rows[0][reasons]).toBe(
      "返済日 2025-02-12 は CN-BJ-2024 の対象期間 2024-01-01～2024-12-31 の外です"
    );
  });
});
