import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { convert } from "../../../src/core/projection/currency";
import { paymentsOf, ProjectionRow } from "../../../src/core/projection/payments";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { summarize } from "../../../src/core/projection/summary";
import { buildReport } from "../../../src/core/report/build-report";
import { OutputSheet } from "../../../src/core/report/output-model";

// One rounding rule for money on sheets: each amount shown is rounded once to the currency's smallest
// unit, and every total shown is the sum of the amounts shown. The red-team case: payables with fractions
// of a fen made the Summary total 461,504.00 while its rows added up to 461,503.75.
const asOf = isoToDay("2026-01-01");
const OWNERS = ["Tokyo HQ", "Shenzhen", "Osaka"];

/** A number shown in a cell, in the currency's smallest unit (fen, yen), as an exact integer. */
const units = (value: unknown, decimals: number) => Math.round(Number(value) * 10 ** decimals);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const rowArbitrary = fc.record({
  // A fee with up to four decimals (a user's fee table, a reduction applied to it): 0.0001 to 99,999.9999.
  payable: fc.integer({ min: 1, max: 999_999_999 }).map((n) => new Money(n).dividedBy(10_000)),
  year: fc.integer({ min: 0, max: 2 }),
  owner: fc.constantFrom(...OWNERS),
});

function rowsOf(
  drawn: { payable: Money; year: number; owner: string }[],
  settings: ProjectionSettings
) {
  return drawn.map((d, i): ProjectionRow => ({
    sourceRow: i + 2,
    id: `CN${i}`,
    owner: d.owner,
    kind: "invention",
    year: 3,
    due: asOf + 30 + d.year * 365,
    fiscalYear: 2026 + d.year,
    fee: d.payable,
    reduction: new Money(0),
    payable: d.payable,
    converted: convert(d.payable, settings.currency),
    basis: "granted",
  }));
}

const sheetNamed = (sheets: OutputSheet[], role: string) => sheets.find((s) => s.role === role)!;

describe("money on sheets", () => {
  it("every total shown is the sum of the amounts shown, in CNY and converted", () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { minLength: 1, maxLength: 60 }),
        fc.constantFrom(
          { code: "CNY", ratePerCny: new Money(1), decimals: 2 },
          { code: "JPY", ratePerCny: new Money("21.3377"), decimals: 0 },
          { code: "USD", ratePerCny: new Money("0.140713"), decimals: 2 }
        ),
        (drawn, currency) => {
          const settings: ProjectionSettings = {
            asOf,
            horizonYears: 3,
            fiscalYearStartMonth: 1,
            currency: { code: currency.code, ratePerCny: currency.ratePerCny },
            shiftToWorkday: false,
          };
          const rows = rowsOf(drawn, settings);
          const sheets = buildReport({
            rights: rows.length,
            projection: paymentsOf(rows),
            summary: summarize(paymentsOf(rows), settings, []),
            deadlines: [],
            issues: [],
            settings,
            language: "en",
          });
          const converting = currency.code !== "CNY";
          const projection = sheetNamed(sheets, "projection").blocks[0].rows;
          const shownPayable = projection.map((r) => units(r[8], 2));
          const byFy = sheetNamed(sheets, "summary").blocks[1].rows;
          const fyLines = byFy.slice(0, -1);
          const total = byFy[byFy.length - 1];
          expect(total[0]).toBe("Total");
          // Fees in CNY: projection rows → fiscal-year lines → total.
          expect(sum(fyLines.map((l) => units(l[1], 2)))).toBe(units(total[1], 2));
          expect(sum(shownPayable)).toBe(units(total[1], 2));
          const byOwner = sheetNamed(sheets, "summary").blocks[2].rows;
          expect(sum(byOwner.map((l) => units(l[1], 2)))).toBe(units(total[1], 2));
          if (converting) {
            const shownConverted = projection.map((r) => units(r[9], currency.decimals));
            expect(sum(fyLines.map((l) => units(l[4], currency.decimals)))).toBe(
              units(total[4], currency.decimals)
            );
            expect(sum(shownConverted)).toBe(units(total[4], currency.decimals));
          }
        }
      ),
      { numRuns: 200, seed: 20261123 }
    );
  });

  it("the red-team figure: four payables of 115,375.9375 show 115,375.94 each and 461,503.76 in all", () => {
    const settings: ProjectionSettings = {
      asOf,
      horizonYears: 1,
      fiscalYearStartMonth: 1,
      currency: { code: "CNY", ratePerCny: new Money(1) },
      shiftToWorkday: false,
    };
    const payable = new Money("115375.9375");
    const rows = rowsOf(
      [0, 1, 2, 3].map(() => ({ payable, year: 0, owner: "Tokyo HQ" })),
      settings
    );
    // 4 × 115,375.94 = 461,503.76; the exact sum 461,503.75 would have been shown otherwise.
    expect(summarize(paymentsOf(rows), settings).total.payable.toString()).toBe("461503.76");
  });
});
