import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { paymentsOf, ProjectionRow } from "../../../src/core/projection/payments";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { summarize } from "../../../src/core/projection/summary";
import { sourcedBlock } from "../../../src/core/report/output-model";
import { reportContext, ReportInput } from "../../../src/core/report/report-context";
import { projectionSheets } from "../../../src/core/report/sheets/projection-sheet";
import { EXCEL_MAX_CELL_TEXT } from "../../../src/core/table/table-schema";
import { planWrite } from "../../../src/excel/write-plan";

// Issue 14: the Projection sheet's million rows are written as they are made when its source vouches
// that no text needs cutting or escaping; without that, the writer still looks at every cell.

const settings: ProjectionSettings = {
  asOf: isoToDay("2026-01-01"),
  horizonYears: 2,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};
const LIMITS = { targetRequestBytes: 1_000_000, maxRowsPerRequest: 1_000 };

const payment = (id: string): ProjectionRow => ({
  sourceRow: 2,
  id,
  owner: "=Owner typed like a formula",
  kind: "invention",
  year: 5,
  due: isoToDay("2026-06-01"),
  fiscalYear: 2026,
  fee: new Money(1200),
  reduction: new Money(0),
  payable: new Money(1200),
  converted: new Money(1200),
  basis: "granted",
});

function projectionBlock(id: string, rows = [payment(id)], runSettings = settings) {
  const payments = paymentsOf(rows);
  const input: ReportInput = {
    rights: 1,
    projection: payments,
    summary: summarize(payments, runSettings),
    deadlines: [],
    issues: [],
    settings: runSettings,
    language: "en",
  };
  return projectionSheets(input, reportContext(input))[0].blocks[0];
}

describe("rows a source has checked", () => {
  it("the Projection vouches for its rows when every ID and owner fits a cell", () => {
    // The owner starts with "=", but sits in a text column: Excel keeps it as text.
    expect(projectionBlock("CN202010000001.1").source?.checked).toBe(true);
    expect(projectionBlock("C".repeat(EXCEL_MAX_CELL_TEXT + 1)).source?.checked).toBe(false);
  });

  it("are written as made; unchecked rows still have their long text cut", () => {
    const long = "C".repeat(EXCEL_MAX_CELL_TEXT + 1);
    const row = [long, 1];
    const columns = [
      { header: "ID", format: "text" as const },
      { header: "N", format: "integer" as const },
    ];
    const sheet = (checked: boolean) => ({
      role: "projection" as const,
      name: "IP Projection",
      blocks: [sourcedBlock({ top: 0, columns }, { count: 1, rowAt: () => row, checked })],
      charts: [],
    });
    const written = (checked: boolean) => {
      const plan = planWrite([sheet(checked)], { sheets: [], tables: [] }, "r1", LIMITS);
      return { rows: plan.sheets[0].blocks[0].rowsBetween(0, 2), cut: plan.cutCells };
    };
    // Vouched for (wrongly here): the row goes out as it is, the same array.
    expect(written(true).rows[1]).toBe(row);
    const unchecked = written(false);
    expect((unchecked.rows[1][0] as string).length).toBe(EXCEL_MAX_CELL_TEXT);
    expect(unchecked.cut).toBe(1);
  });

  it("the Projection fills the arrays of the request before with the cells it would make", () => {
    // Five payments, one overdue with a surcharge, shown in JPY too: every layout the sheet has.
    const rows = [1, 2, 3, 4, 5].map((n) => ({
      ...payment(`CN20201000000${n}.${n}`),
      year: n,
      payable: n === 3 ? new Money(1260) : new Money(1200),
      surcharge: n === 3 ? new Money(60) : undefined,
    }));
    const jpy = { ...settings, currency: { code: "JPY" as const, ratePerCny: new Money("21.5") } };
    for (const runSettings of [settings, jpy]) {
      const block = projectionBlock("", rows, runSettings);
      const sheet = {
        role: "projection" as const,
        name: "IP Projection",
        blocks: [block],
        charts: [],
      };
      const planned = planWrite([sheet], { sheets: [], tables: [] }, "r1", LIMITS).sheets[0]
        .blocks[0];
      const first = planned.rowsBetween(0, 3);
      const made = first.slice(1).map((row) => row.slice());
      const second = planned.rowsBetween(3, 6, first);
      // The header is never filled; the rows of the first request are, in order.
      expect(second[0]).not.toBe(first[0]);
      expect(second[1]).toBe(first[1]);
      expect(second[2]).toBe(first[2]);
      const expected = [0, 1, 2, 3, 4].map((i) => block.source!.rowAt(i));
      expect([...made, ...second]).toEqual(expected);
      expect(expected[2][expected[2].length - 1]).toContain("60");
    }
  });
});
