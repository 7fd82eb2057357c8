import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { paymentRows } from "../../../src/core/projection/payments";
import { projectPortfolio } from "../../../src/core/projection/project";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { summarize } from "../../../src/core/projection/summary";

// Issue 14: overdue fees in their grace period with the same fee, reduction and surcharge share one
// amounts entry (each right's surcharge was an instance, and so an entry, of its own: 4,000 entries for 71
// values at 100,000 rights, each added on its own by the Summary). Each payment keeps its values.

const base = {
  title: "",
  owner: "Acme",
  jurisdiction: "CN",
  status: "granted" as const,
  kind: "invention" as const,
  reduction: new Money(0),
};
// Worked in budget-lapsed-and-overdue.test.ts: filed 2019-11-15, paid through year 6, year 7 (2,000)
// due 2025-11-15 is in its second month late on 2026-01-01: 5% surcharge, 2,100.
const november = (n: number): PortfolioRight => ({
  ...base,
  row: n + 2,
  id: `N${n}`,
  filing: isoToDay("2019-11-15"),
  lastPaidYear: 6,
});
// Filed 2019-10-20 (a Monday), year 7 (2,000) due 2025-10-20: on 2026-01-01 more than two months and less
// than three late, 10% (实施细则 2023 Art. 115): surcharge 200, payable 2,200.
const october = (n: number): PortfolioRight => ({
  ...base,
  row: n + 2,
  id: `O${n}`,
  filing: isoToDay("2019-10-20"),
  lastPaidYear: 6,
});
const rights = [november(0), october(1), november(2), october(3), november(4)];
const settings: ProjectionSettings = {
  asOf: isoToDay("2026-01-01"),
  horizonYears: 3,
  fiscalYearStartMonth: 4,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: true,
};

describe("overdue payments share their amounts", () => {
  const { payments, rows } = projectPortfolio(rights, settings);
  const overdue = rows
    .map((row, index) => ({ row, entry: payments.amount[index] }))
    .filter(({ row }) => row.surcharge !== undefined);

  it("budgets each right's year 7 with its surcharge: 2,100 (5%) or 2,200 (10%)", () => {
    expect(
      overdue.map(({ row }) => [
        row.id,
        row.year,
        row.payable.toNumber(),
        row.surcharge!.toNumber(),
        row.converted.toNumber(),
      ])
    ).toEqual([
      ["O1", 7, 2200, 200, 2200],
      ["O3", 7, 2200, 200, 2200],
      ["N0", 7, 2100, 100, 2100],
      ["N2", 7, 2100, 100, 2100],
      ["N4", 7, 2100, 100, 2100],
    ]);
  });

  it("gives the payments of one value one amounts entry, and each value its own", () => {
    const entries = (id: string) => overdue.filter(({ row }) => row.id.startsWith(id));
    expect(new Set(entries("N").map(({ entry }) => entry)).size).toBe(1);
    expect(new Set(entries("O").map(({ entry }) => entry)).size).toBe(1);
    expect(entries("N")[0].entry).not.toBe(entries("O")[0].entry);
  });

  it("gives every payment the values a projection of its right alone gives", () => {
    const values = (row: ReturnType<typeof paymentRows>[number]) => [
      row.id,
      row.year,
      row.due,
      row.fiscalYear,
      row.fee.toString(),
      row.reduction.toString(),
      row.payable.toString(),
      row.converted.toString(),
      row.surcharge?.toString(),
    ];
    const alone = rights.flatMap((right) => projectPortfolio([right], settings).rows);
    expect(rows.map(values).sort()).toEqual(alone.map(values).sort());
  });

  it("sums fiscal year 2025 to 3 × 2,100 + 2 × 2,200 = 10,700 in the Summary", () => {
    const fy2025 = summarize(payments, settings).byFiscalYear.find((line) =>
      line.label.includes("2025")
    );
    expect([fy2025?.payments, fy2025?.payable.toNumber()]).toEqual([5, 10700]);
  });
});
