import {
  BUILT_IN_FINANCE_PROGRAMMES,
  BUILT_IN_RISK_SCHEMES,
} from "../../../src/core/finance/built-in";
import { readLoansTable } from "../../../src/core/finance/loans-table";
import { EN_FINANCE } from "../../../src/core/i18n/finance-words-en";
import {
  FINANCE_MESSAGES,
  FinanceMessageKey,
  financeText,
} from "../../../src/core/i18n/finance-strings";
import { messageText } from "../../../src/core/i18n/issue-text";
import { planFinance } from "../../../src/core/app/plan-finance";
import { mergeUserLpr } from "../../../src/core/finance/lpr-user-table";
import { BUILT_IN_LPR } from "../../../src/core/finance/built-in";
import { Money } from "../../../src/core/money/money";
import { isoToDay } from "../../../src/core/dates/civil";
import { LOAN_COLUMNS } from "../../../src/core/finance/loans-table";

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the IP Finance messages exist in every language with the same parameters", () => {
  for (const language of ["ja", "zh"] as const)
    for (const key of Object.keys(FINANCE_MESSAGES.en) as FinanceMessageKey[])
      it(`${language}: ${key}`, () => {
        expect(FINANCE_MESSAGES[language][key]).toBeTruthy();
        expect(params(FINANCE_MESSAGES[language][key])).toEqual(params(FINANCE_MESSAGES.en[key]));
      });
});

it("the sheet's English of a reason is the engine's", () => {
  for (const key of Object.keys(EN_FINANCE) as (keyof typeof EN_FINANCE)[])
    expect(FINANCE_MESSAGES.en[key]).toBe(EN_FINANCE[key]);
});

it("a window basis is named in the language (a word parameter)", () => {
  const message = {
    code: "fin_outsideWindow",
    params: {
      basis: "contract date",
      date: "2025-02-12",
      programme: "CN-BJ-2024",
      from: "2024-01-01",
      to: "2024-12-31",
    },
    message: "",
  };
  expect(financeText("zh", message)).toBe(
    "合同日 2025-02-12 不在 CN-BJ-2024 的适用期 2024-01-01 至 2024-12-31 内"
  );
});

// The loans table's row issues: the tables' English is the issue's own text, and Japanese is rendered.
describe("the loans table's row issues through the tables", () => {
  const header = LOAN_COLUMNS.map((column) => column.header);
  const row = (values: Record<string, unknown>) => header.map((name) => values[name] ?? "");
  const good = {
    "Loan ID": "L1",
    Firm: "A",
    Principal: 1000,
    "Annual rate": 0.04,
    Start: "2024-01-01",
    End: "2024-12-31",
  };
  const read = readLoansTable(
    {
      sheet: "IP Loans",
      top: 1,
      left: 0,
      values: [
        header,
        row({ ...good, Firm: "" }),
        row({ ...good, End: "2023-12-31" }),
        row({ ...good, Programme: "CN-X" }),
        row({ ...good, Principal: -1 }),
        row({ ...good, "IP share": 2 }),
        row({ ...good, "Annual rate": 4.2 }),
        row({ ...good, Insured: "maybe" }),
      ],
    },
    BUILT_IN_FINANCE_PROGRAMMES,
    BUILT_IN_RISK_SCHEMES
  );

  it("gives each issue a code whose English is the issue's text", () => {
    expect(read.issues.map((issue) => issue.code)).toEqual([
      "loanEmpty",
      "loanEndBeforeStart",
      "financeProgrammeUnknown",
      "loanNegative",
      "loanShareRange",
      "loanRateRange",
      "flagNotFlag",
    ]);
    for (const issue of read.issues) expect(messageText("en", issue)).toBe(issue.message);
  });

  it("says an end before the start in Japanese", () => {
    expect(messageText("ja", read.issues[1])).toBe(
      "返済日 2023-12-31 が開始日 2024-01-01 より前です：返済日を入力してください。"
    );
  });
});

// The user's LPR table (IPLpr): its issues, rendered by the finance plan in the run's language.
describe("the LPR table's row issues", () => {
  const lprTable = {
    sheet: "IP LPR",
    top: 1,
    left: 0,
    values: [
      ["Published", "Tenor", "Rate", "Source"],
      ["2027-01-20", "3Y", 0.03, "x"],
      ["2027-01-20", "1Y", 3, "x"],
    ],
  };

  it("keep their English as the table words it", () => {
    const { issues } = mergeUserLpr(BUILT_IN_LPR, lprTable);
    expect(issues.map((issue) => issue.code)).toEqual(["fin_lprTenor", "fin_lprRate"]);
    for (const issue of issues) expect(financeText("en", issue)).toBe(issue.message);
  });

  it("are in Chinese in a Chinese run", () => {
    const settings = {
      asOf: isoToDay("2026-11-23"),
      horizonYears: 10,
      fiscalYearStartMonth: 1,
      currency: { code: "CNY", ratePerCny: new Money(1) },
      shiftToWorkday: false,
    };
    const header = LOAN_COLUMNS.map((column) => column.header);
    const plan = planFinance(
      { loansTable: { sheet: "L", top: 1, left: 0, values: [header] }, lprTable },
      settings,
      "zh"
    )!;
    expect(plan.issues.map((issue) => issue.message)).toEqual([
      "Tenor“3Y”未知：请填写“1Y”或“5Y”。",
      "Rate 3 不在 (0, 0.2) 之间：请以小数填写 LPR，如 3.00% 填 0.03。",
    ]);
  });
});
