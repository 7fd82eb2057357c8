import { ledgerReportLines } from "../../../src/core/app/ledger-report";
import { planRunToEnd } from "../../../src/core/app/plan-run";
import { isoToDay } from "../../../src/core/dates/civil";
import { FINANCE_MESSAGES, FINANCE_STRINGS } from "../../../src/core/i18n/finance-strings";
import { LEDGER_STRINGS } from "../../../src/core/i18n/ledger-strings";
import { ISSUE_STRINGS } from "../../../src/core/i18n/issue-strings";
import { OFFICE_STRINGS } from "../../../src/core/i18n/office-strings";
import { STRINGS } from "../../../src/core/i18n/strings";
import { Money } from "../../../src/core/money/money";
import { LOAN_TABLE_COLUMNS, sampleLoans } from "../../../src/core/sample/sample-loans";
import { samplePortfolio } from "../../../src/core/sample/sample-portfolio";
import { MESSY_LEDGER } from "../../fixtures/messy-ledger";

// A pseudo-locale: every English text of the tables is wrapped in ⟦ ⟧ for this test, so any text that
// reaches the pane or a sheet without going through the tables shows up unwrapped.
const wrapped = (text: string) => text.startsWith("⟦") && text.endsWith("⟧");
beforeAll(() => {
  for (const table of [
    STRINGS.en,
    LEDGER_STRINGS.en,
    OFFICE_STRINGS.en,
    ISSUE_STRINGS.en,
    FINANCE_STRINGS.en,
    FINANCE_MESSAGES.en,
  ] as Record<string, string>[])
    for (const key of Object.keys(table)) table[key] = `⟦${table[key]}⟧`;
});

const settings = {
  asOf: isoToDay("2026-11-23"),
  horizonYears: 10,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};

// A ledger with a problem on every row: each row issue the reading can raise, and rows of other offices.
const FAULTY_LEDGER: unknown[][] = [
  [
    "ID",
    "Right type",
    "Filing date",
    "Grant date",
    "Status",
    "Fee reduction",
    "Last annuity year paid",
    "Jurisdiction",
    "Claims",
    "Entity",
    "PCT publication date",
    "Owner",
  ],
  ["", "发明", "2018-07-09", "", "", "", "", "", "", "", "", "A"],
  ["F2", "", "2018-07-09", "", "", "", "", "", "", "", "", "A"],
  ["F3", "software", "2018-07-09", "", "", "", "", "", "", "", "", "A"],
  ["F4", "商标", "2018-07-09", "", "", "", "", "EM", "", "", "", "A"],
  ["F5", "发明", "2018-02-30", "", "", "", "", "", "", "", "", "A"],
  ["F6", "发明", "07/09/2018", "", "", "", "", "", "", "", "", "A"],
  ["F7", "发明", "2018-07-09", "2017-01-01", "", "", "", "", "", "", "", "A"],
  ["F8", "发明", "2018-07-09", "2040-01-01", "", "", "", "", "", "", "", "A"],
  ["F9", "发明", "2018-07-09", "", "granted?", "", "", "", "", "", "", "A"],
  ["F10", "发明", "2018-07-09", "", "granted", "85", "", "", "", "", "", "A"],
  ["F11", "发明", "2018-07-09", "", "", "50%", "", "", "", "", "", "A"],
  ["F12", "发明", "2018-07-09", "", "", "90", "", "", "", "", "", "A"],
  ["F13", "发明", "2018-07-09", "2020-01-01", "", "", "25", "", "", "", "", "A"],
  ["F14", "发明", "2018-07-09", "2020-01-01", "", "", "five", "", "", "", "", "A"],
  ["F15", "发明", "2018-07-09", "", "", "", "", "Atlantis", "", "", "", "A"],
  ["F16", "发明", "2018-07-09", "", "", "", "", "WO", "", "", "", "A"],
  ["F17", "发明", "2018-07-09", "", "", "", "", "BR", "", "", "", "A"],
  ["F18", "发明", "2018-07-09", "2020-01-01", "", "", "", "JP", "", "", "", "A"],
  ["F19", "发明", "2018-07-09", "2020-01-01", "", "", "", "JP", "many", "", "", "A"],
  ["F20", "发明", "2018-07-09", "2020-01-01", "", "", "", "DE", "", "micro", "", "A"],
  ["F21", "实用新型", "2018-07-09", "2020-01-01", "", "", "", "US", "", "", "", "A"],
  ["F22", "发明", "2018-07-09", "2020-01-01", "", "", "", "PCT", "", "", "", "A"],
  ["F23", "发明", "2018-07-09", "", "", "", "", "MADRID", "", "", "", "A"],
  ["F24", "商标", "2018-07-09", "", "", "", "", "EM", "", "", "2019-01-01", "A"],
  ["F25", "发明", "#REF!", "", "", "", "", "", "", "", "", "A"],
  ["F26", "发明", "2018-07-09", "2020-01-01", "", "", "", "JP", "3", "", "", "A"],
];

/** Text the user typed (kept as typed) or a code (an office, a currency, a status code, a rule id). */
const fromUserOrCode = (values: unknown[][]) => {
  const typed = new Set(values.flat().map((value) => String(value)));
  return (text: string) =>
    text === "" ||
    typed.has(text) ||
    // Codes, alone or listed: CN, grace, SZ-2021/cn-invention-grant, "CNIPA-2021, SZ-2021", "x; y".
    /^[A-Za-z0-9][\w.\-/]*((; |, )[A-Za-z0-9][\w.\-/]*)*$/.test(text) ||
    // A currency and its rate (the Summary's "CNY 1").
    /^[A-Z]{3} [\d.,]+$/.test(text) ||
    /^\d{4}-\d{2}-\d{2}$/.test(text);
};

describe.each([
  ["the sample portfolio", samplePortfolio(isoToDay("2026-11-23")) as unknown[][], {}],
  ["the messy ledger", MESSY_LEDGER as unknown[][], { 授权公告日: "grantDate" as const }],
  ["a ledger with a problem on every row", FAULTY_LEDGER, {}],
])("pseudo-locale over %s", (_name, values, columnMap) => {
  const run = () =>
    planRunToEnd({ portfolio: { sheet: "S", top: 1, left: 0, values }, columnMap }, settings, "en");

  it("every sheet name, block title and column header goes through the tables", () => {
    const plan = run();
    const texts = plan.sheets.flatMap((sheet) => [
      sheet.name,
      ...sheet.blocks.flatMap((block) => [
        ...(block.title ? [block.title] : []),
        ...block.columns.map((column) => column.header),
      ]),
    ]);
    expect(texts.filter((text) => !wrapped(text))).toEqual([]);
  });

  it("every Summary assumption's label goes through the tables", () => {
    const summary = run().sheets.find((sheet) => sheet.role === "summary")!;
    const labels = summary.blocks[0].rows.map((row) => String(row[0]));
    expect(labels.filter((text) => !wrapped(text))).toEqual([]);
  });

  it("every text cell of every sheet goes through the tables, but the user's data and codes", () => {
    const plan = run();
    const allowed = fromUserOrCode(values);
    const bypassed = plan.sheets.flatMap((sheet) =>
      sheet.blocks.flatMap((block) =>
        block.rows.flatMap((row) =>
          row.flatMap((cell, index) =>
            // A cell of several notes ("⟦…⟧; schedule-may-change") is checked note by note.
            typeof cell === "string" &&
            !cell.split(/; (?![^⟦]*⟧)/).every((part) => wrapped(part) || allowed(part))
              ? [`${sheet.name} / ${block.columns[index]?.header}: ${cell}`]
              : []
          )
        )
      )
    );
    expect(bypassed).toEqual([]);
  });

  it("every issue of the run goes through the tables", () => {
    const plan = run();
    expect(plan.issues.filter((issue) => !wrapped(issue.message)).map((i) => i.message)).toEqual(
      []
    );
  });

  it("every line the pane says about the reading, and every ledger issue, goes through the tables", () => {
    const plan = run();
    const lines = ledgerReportLines(plan.ledger, "en", "S!A1", plan);
    expect(lines.filter((text) => !wrapped(text))).toEqual([]);
    expect(plan.ledger.issues.filter((issue) => !wrapped(issue.message))).toEqual([]);
  });
});

it("the Summary's line for rights without an owner goes through the tables", () => {
  // One granted invention with no owner cell: its fees fall in the horizon, so the owner block has a line.
  const values = [
    ["ID", "Right type", "Filing date", "Grant date"],
    ["CN201810123456.7", "发明", "2018-07-09", "2020-05-06"],
  ];
  const plan = planRunToEnd({ portfolio: { sheet: "S", top: 1, left: 0, values } }, settings, "en");
  const summary = plan.sheets.find((sheet) => sheet.role === "summary")!;
  const owners = summary.blocks[2].rows.map((row) => String(row[0]));
  expect(owners).toEqual(["⟦(no owner)⟧"]);
});

describe("pseudo-locale over a run with a loans table", () => {
  // The sample loans (verified, unverified and no-programme loans, a risk scheme, a fee without a rule),
  // and loans that hit the reasons a book can give (a second loan against a used cap, a settlement
  // outside the window, no receipt date) and the loans table's row issues.
  const loans = sampleLoans();
  const header = LOAN_TABLE_COLUMNS.map((column) => column.header);
  const copyOf = (index: number, changes: Record<string, unknown>) =>
    loans[index].map((value, column) =>
      header[column] in changes ? changes[header[column]] : value
    );
  const values = [
    header,
    ...loans,
    copyOf(0, { "Loan ID": "L5" }),
    // 2025-02-12 (serial 45700): settled after CN-BJ-2024's window closes on 2024-12-31
    copyOf(0, { "Loan ID": "L6", End: 45700 }),
    // 2023-03-15 (serial 45000), before the start: a row issue
    copyOf(0, { "Loan ID": "L8", End: 45000 }),
    copyOf(0, { "Loan ID": "L9", Programme: "CN-NOWHERE", "Annual rate": 4.2 }),
    copyOf(0, { "Loan ID": "L7", "Expected receipt": "" }),
  ];
  const run = () =>
    planRunToEnd(
      {
        portfolio: { sheet: "S", top: 1, left: 0, values: samplePortfolio(isoToDay("2026-11-23")) },
        loansTable: { sheet: "IP Loans", top: 1, left: 0, values },
        // An LPR table with a row issue of each kind: tenor, rate, a date the built-in table has, no date.
        lprTable: {
          sheet: "IP LPR",
          top: 1,
          left: 0,
          values: [
            ["Published", "Tenor", "Rate", "Source"],
            ["2027-01-20", "3Y", 0.03, "x"],
            ["2027-01-20", "1Y", 3, "x"],
            ["2020-01-20", "1Y", 0.0415, "x"],
            ["", "1Y", 0.03, "x"],
          ],
        },
      },
      { ...settings, includeFinancing: true },
      "en"
    );

  it("every text of the IP Finance sheet goes through the tables, but loan data and codes", () => {
    const plan = run();
    const finance = plan.sheets.find((sheet) => sheet.role === "finance")!;
    const allowed = fromUserOrCode(values);
    const texts = [
      finance.name,
      ...finance.blocks.flatMap((block) => [
        block.title ?? "",
        ...block.columns.map((column) => column.header),
        ...block.rows.flat().filter((cell): cell is string => typeof cell === "string"),
      ]),
    ];
    const bypassed = texts.filter(
      (text) => !text.split(/; (?![^⟦]*⟧)/).every((part) => wrapped(part) || allowed(part))
    );
    expect(bypassed).toEqual([]);
  });

  it("the sheet gives every reason a loan can have here through the tables", () => {
    const finance = run().sheets.find((sheet) => sheet.role === "finance")!;
    const loansBlock = finance.blocks[0];
    const reasons = loansBlock.columns.findIndex(
      (column) => column.header === "⟦Reason and assumptions⟧"
    );
    const cells = loansBlock.rows.map((row) => String(row[reasons]));
    // Each reason is wrapped on its own: ⟦a⟧; ⟦b⟧.
    expect(cells.filter((cell) => cell !== "").length).toBeGreaterThan(3);
    expect(cells.join("; ")).toContain("⟦annual cap 300,000 reached⟧");
    expect(cells.join("; ")).toContain(
      "⟦settlement date 2025-02-12 is outside CN-BJ-2024's window 2024-01-01 to 2024-12-31⟧"
    );
    expect(cells.join("; ")).toContain("⟦no fee rule found for CN-QD-2025⟧");
  });

  it("the Summary's financing block goes through the tables", () => {
    const summary = run().sheets.find((sheet) => sheet.role === "summary")!;
    const block = summary.blocks[summary.blocks.length - 1];
    expect(
      [block.title, ...block.columns.map((column) => column.header)].filter((t) => !wrapped(t!))
    ).toEqual([]);
  });

  it("every issue of the loans and LPR tables goes through the tables", () => {
    const plan = run();
    // L8 (end before start), L9 (unknown programme and a rate of 4.2), and one per LPR row
    expect(plan.issues.filter((issue) => issue.sheet !== "S").length).toBe(7);
    expect(plan.issues.filter((issue) => !wrapped(issue.message)).map((i) => i.message)).toEqual(
      []
    );
  });
});
