import fc from "fast-check";
import { planRun } from "../../../src/core/app/plan-run";
import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { OfficeDeadlineRow } from "../../../src/core/projection/office-deadlines";
import { OfficeProjectionRow } from "../../../src/core/projection/office-schedule";
import { paymentsOf, ProjectionRow } from "../../../src/core/projection/payments";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import {
  addOfficeDeadlines,
  addOfficeDeadlinesInSteps,
} from "../../../src/core/report/office-deadlines-block";
import {
  currencySubtotals,
  officeSubtotalsInSteps,
  ownerSubtotals,
} from "../../../src/core/report/office-fees";
import { OutputSheet } from "../../../src/core/report/output-model";
import { drain } from "../drain";

// Issue 14: the other offices' Summary subtotals and Deadlines rows are made in steps, the subtotals
// counted per amount. Each test compares the stepwise form with the old one (kept here as the reference).

type Line = {
  currency: string;
  payments: number;
  amount: Money;
  missingAmounts: number;
  converted?: Money;
};

/** The totals as office-fees made them before: every row added one by one, CN rows first. */
function oldTotals<G>(
  cn: readonly ProjectionRow[],
  office: readonly OfficeProjectionRow[],
  groupOf: (row: ProjectionRow | OfficeProjectionRow) => G
): { group: G; totals: Line }[] {
  const lines = new Map<string, { group: G; totals: Line }>();
  const lineOf = (group: G, currency: string) => {
    const key = `${String(group)}|${currency}`;
    if (!lines.has(key))
      lines.set(key, {
        group,
        totals: {
          currency,
          payments: 0,
          amount: new Money(0),
          missingAmounts: 0,
          converted: new Money(0),
        },
      });
    return lines.get(key)!.totals;
  };
  for (const row of cn) {
    const line = lineOf(groupOf(row), "CNY");
    line.payments += 1;
    line.amount = line.amount.plus(row.payable);
    if (line.converted) line.converted = line.converted.plus(row.converted);
  }
  for (const row of office) {
    const line = lineOf(groupOf(row), row.currency);
    line.payments += 1;
    if (row.amount === undefined) {
      line.missingAmounts += 1;
      continue;
    }
    line.amount = line.amount.plus(row.amount);
    if (row.converted === undefined) line.converted = undefined;
    else if (line.converted) line.converted = line.converted.plus(row.converted);
  }
  return [...lines.values()];
}

const shown = (lines: Line[]) =>
  lines.map((l) => [
    l.currency,
    l.payments,
    l.amount.toString(),
    l.missingAmounts,
    l.converted?.toString(),
  ]);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Amounts from a few shared Money objects (as a pack returns them) or made anew per row (same value,
// another object): the count per amount must not depend on which.
const AMOUNTS = ["2000", "16700", "1155.5", "0.07", "133000"].map((v) => new Money(v));
const amount = fc
  .tuple(fc.integer({ min: 0, max: AMOUNTS.length - 1 }), fc.boolean())
  .map(([index, fresh]) => (fresh ? new Money(AMOUNTS[index]) : AMOUNTS[index]));
const OWNERS = ["", "Tokyo HQ", "Suzhou Plant", "A|B"];
const cnRow = fc
  .record({ fiscalYear: fc.integer({ min: 2024, max: 2027 }), owner: fc.constantFrom(...OWNERS) })
  .chain((r) =>
    fc
      .tuple(amount, amount)
      .map(([payable, converted]) => ({ ...r, payable, converted }) as unknown as ProjectionRow)
  );
const officeRow = fc
  .record({
    fiscalYear: fc.integer({ min: 2024, max: 2027 }),
    owner: fc.constantFrom(...OWNERS),
    currency: fc.constantFrom("JPY", "USD", "EUR", "KRW"),
    amount: fc.option(amount, { nil: undefined }),
    converted: fc.option(amount, { nil: undefined }),
  })
  .map((r) => r as unknown as OfficeProjectionRow);

describe("the other offices' subtotals, counted per amount and summed in steps", () => {
  it("are the sums of the rows one by one, per fiscal year and per owner, on random rows", () => {
    fc.assert(
      fc.property(
        fc.array(cnRow, { maxLength: 60 }),
        fc.array(officeRow, { maxLength: 60 }),
        (cn, office) => {
          const { result: value } = drain(officeSubtotalsInSteps(paymentsOf(cn), office, "(none)"));
          const years = oldTotals(cn, office, (row) => row.fiscalYear).sort(
            (a, b) => a.group - b.group || byText(a.totals.currency, b.totals.currency)
          );
          expect(shown(value.byYear)).toEqual(shown(years.map((l) => l.totals)));
          expect(value.byYear.map((l) => l.fiscalYear)).toEqual(years.map((l) => l.group));
          const owners = oldTotals(cn, office, (row) => row.owner || "(none)").sort(
            (a, b) => byText(a.group, b.group) || byText(a.totals.currency, b.totals.currency)
          );
          expect(shown(value.byOwner)).toEqual(shown(owners.map((l) => l.totals)));
          expect(value.byOwner.map((l) => l.owner)).toEqual(owners.map((l) => l.group));
          // The plain forms give the same lines.
          expect(currencySubtotals(paymentsOf(cn), office)).toEqual(value.byYear);
          expect(ownerSubtotals(paymentsOf(cn), office, "(none)")).toEqual(value.byOwner);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("pause every 10,000 rows counted and every 1,000 amounts added", () => {
    // 25,000 CN rows of one year, owner and amount (one amount to add); 12,000 JPY rows, each with an
    // amount of its own (12,000 amounts): pauses at 10,000, 20,000 and 30,000 rows counted, then 12 while
    // the 12,001 amounts are added (the rows counted, 37,000, as their value).
    const fee = new Money(2000);
    const cn = Array.from(
      { length: 25_000 },
      () =>
        ({ fiscalYear: 2025, owner: "A", payable: fee, converted: fee }) as unknown as ProjectionRow
    );
    const office = Array.from(
      { length: 12_000 },
      (_, n) =>
        ({
          fiscalYear: 2026,
          owner: "A",
          currency: "JPY",
          amount: new Money(10_000 + n),
          converted: new Money(10_000 + n).times("0.048"),
        }) as unknown as OfficeProjectionRow
    );
    const { yields: paused, result: value } = drain(
      officeSubtotalsInSteps(paymentsOf(cn), office, "-")
    );
    expect(paused).toEqual([10_000, 20_000, 30_000, ...Array<number>(12).fill(37_000)]);
    // 25,000 × 2,000 = 50,000,000 CNY; JPY: 12,000 × 10,000 + (0 + … + 11,999) = 120,000,000 +
    // 71,994,000 = 191,994,000, converted at 0.048: 9,215,712.
    expect(shown(value.byYear)).toEqual([
      ["CNY", 25_000, "50000000", 0, "50000000"],
      ["JPY", 12_000, "191994000", 0, "9215712"],
    ]);
    expect(value.byOwner.map((l) => [l.owner, l.currency, l.payments])).toEqual([
      ["A", "CNY", 25_000],
      ["A", "JPY", 12_000],
    ]);
  });
});

describe("the other offices' Deadlines rows made in steps", () => {
  const row = (n: number): OfficeDeadlineRow => ({
    sourceRow: n + 2,
    id: `JP${7_000_000 + n}`,
    owner: "Tokyo HQ",
    office: "JP",
    kind: "patent",
    status: "upcoming",
    year: 5,
    due: isoToDay("2027-06-12"),
    lastFreeDay: isoToDay("2027-06-12"),
    lastDay: isoToDay("2027-12-13"),
    currency: "JPY",
    fee: new Money(11_100),
    costToTermEnd: new Money(11_100 + n),
  });
  const sheets = (): OutputSheet[] => [
    { role: "deadlines", name: "D", blocks: [], charts: [] },
    { role: "summary", name: "S", blocks: [], charts: [] },
  ];

  it("pause every 1,000 rows and add what addOfficeDeadlines adds", () => {
    const rows = Array.from({ length: 2_500 }, (_, n) => row(n));
    const stepwise = sheets();
    const { yields: paused } = drain(addOfficeDeadlinesInSteps(stepwise, rows, "en"));
    expect(paused).toEqual([1_000, 2_000]);
    const plain = sheets();
    addOfficeDeadlines(plain, rows, "en");
    expect(stepwise).toEqual(plain);
    const block = stepwise[0].blocks[0];
    expect(block.rows).toHaveLength(2_500);
    // Year 5 of a JP patent, 1 claim (11,100 JPY, see jp-pack tests), due and last days as Excel serials.
    expect(block.rows[2_499].slice(0, 10)).toEqual([
      "JP7002499",
      "Tokyo HQ",
      "JP",
      "Upcoming",
      5,
      46550,
      46550,
      46734,
      "JPY",
      11100,
    ]);
  });
});

describe("a mixed run's end in steps", () => {
  it("pauses while the other offices' subtotals are summed and their deadlines made", () => {
    // 3,000 granted JP, US and EP rights filed 2014-2019, over 20 years: more than 10,000 fee rows, so
    // the subtotals pause; the deadline rows pause after each 1,000.
    const values: unknown[][] = [
      ["ID", "Type", "Filing date", "Grant date", "Jurisdiction", "Claims", "Owner"],
    ];
    for (let n = 0; n < 3_000; n += 1) {
      const office = ["JP", "US", "EP"][n % 3];
      const filed = isoToDay("2014-01-06") + (n % 2_000);
      values.push([
        `${office}${5_000_000 + n}`,
        office === "US" ? "utility" : "invention",
        dayToIso(filed),
        dayToIso(filed + 1_000),
        office,
        8,
        n % 2 === 0 ? "Tokyo HQ" : "Suzhou Plant",
      ]);
    }
    const settings: ProjectionSettings = {
      asOf: isoToDay("2025-01-01"),
      horizonYears: 20,
      fiscalYearStartMonth: 1,
      currency: { code: "CNY", ratePerCny: new Money(1) },
      shiftToWorkday: false,
    };
    const steps = planRun({ portfolio: { sheet: "P", top: 1, left: 0, values } }, settings, "en");
    const done: number[] = [];
    let step = steps.next();
    while (!step.done) {
      done.push(step.value.done);
      step = steps.next();
    }
    expect(step.value.officeRows).toBeGreaterThan(10_000);
    // Summing: 0.95 to 0.98 (0.98 while the amounts are added); the deadlines: to 0.99; then 1.
    expect(done.filter((d) => d > 0.95 && d < 0.98).length).toBeGreaterThan(0);
    const deadlines = step.value.sheets.find((sheet) => sheet.role === "deadlines")!;
    const made = deadlines.blocks[deadlines.blocks.length - 1].rows.length;
    expect(made).toBeGreaterThan(1_000);
    expect(done.filter((d) => d > 0.98 && d < 1)).toEqual(
      Array.from(
        { length: Math.floor(made / 1_000) },
        (_, n) => 0.98 + (0.01 * ((n + 1) * 1_000)) / made
      )
    );
    expect(done).toEqual([...done].sort((a, b) => a - b));
    const summary = step.value.sheets.find((sheet) => sheet.role === "summary")!;
    expect(summary.blocks.some((block) => block.rows.length > 0)).toBe(true);
  });
});
