import { ledgerReportLines } from "../../../src/core/app/ledger-report";
import { planRunToEnd } from "../../../src/core/app/plan-run";
import { isoToDay } from "../../../src/core/dates/civil";
import { LEDGER_STRINGS } from "../../../src/core/i18n/ledger-strings";
import { OFFICE_STRINGS } from "../../../src/core/i18n/office-strings";
import { STRINGS } from "../../../src/core/i18n/strings";
import { Money } from "../../../src/core/money/money";
import { samplePortfolio } from "../../../src/core/sample/sample-portfolio";
import { MESSY_LEDGER } from "../../fixtures/messy-ledger";

// A pseudo-locale: every English text of the tables is wrapped in ⟦ ⟧ for this test, so any text that
// reaches the pane or a sheet without going through the tables shows up unwrapped.
const wrapped = (text: string) => text.startsWith("⟦") && text.endsWith("⟧");
beforeAll(() => {
  for (const table of [STRINGS.en, LEDGER_STRINGS.en, OFFICE_STRINGS.en] as Record<
    string,
    string
  >[])
    for (const key of Object.keys(table)) table[key] = `⟦${table[key]}⟧`;
});

const settings = {
  asOf: isoToDay("2026-11-23"),
  horizonYears: 10,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};

describe.each([
  ["the sample portfolio", samplePortfolio(isoToDay("2026-11-23")) as unknown[][], {}],
  ["the messy ledger", MESSY_LEDGER as unknown[][], { 授权公告日: "grantDate" as const }],
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
