/* Issue 14: the other offices' rights are visited in ID order and their rows sorted by a counting sort on
 * the due day (ties of one ID by year), not by a comparison sort of row objects. The result must be what
 * the code before gave (test/core/projection/reference/office-schedule-before.ts, commit 045cc4a): the
 * same rows in the same order, the same issues and lapsed rights in the rights' order, on portfolios made
 * to tie: IDs from a small pool (the same ID at two offices, or twice at one), filings a few days apart
 * (fees due the same day), ledger years that leave fees overdue or the right lapsed, failing schedules. */
import fc from "fast-check";
import { ratesOf } from "../../../src/core/projection/exchange-rates";
import { projectOfficeRights } from "../../../src/core/projection/office-schedule";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { runSteps } from "../../../src/core/table/steps";
import { projectOfficeRightsBefore } from "./reference/office-schedule-before";
import { MIXED_RATES, MIXED_SETTINGS } from "./mixed-office-portfolio";
import { officeRightArb, officeRightsArb } from "./office-rights-arbitrary";
import { RowIssue } from "../../../src/core/table/grid";

/**
 * The oracle's issues with its warning per right without a rate (session 16) made one per currency: the
 * first right's, in the rights' order, naming how many others share it; the others dropped.
 */
function oneWarningPerRate(issues: readonly RowIssue[]): RowIssue[] {
  const first = new Map<unknown, RowIssue>();
  const count = new Map<unknown, number>();
  const kept: RowIssue[] = [];
  for (const issue of issues) {
    const currency = issue.code === "rateMissing" ? issue.params!.currency : undefined;
    if (currency !== undefined && first.has(currency)) {
      count.set(currency, count.get(currency)! + 1);
      continue;
    }
    const copy = { ...issue };
    if (currency !== undefined) {
      first.set(currency, copy);
      count.set(currency, 1);
    }
    kept.push(copy);
  }
  for (const [currency, issue] of first) {
    const n = count.get(currency)!;
    if (n === 1) continue;
    const { id, output } = issue.params!;
    issue.code = "rateMissingRights";
    issue.params = { id, currency: currency as string, output, others: String(n - 1) };
    issue.message =
      `${id} and ${n - 1} other rights charged in ${currency}: no exchange rate for ${currency} into ` +
      `${output}: their fees are shown in ${currency} and left out of the converted totals; add the ` +
      "rate to the exchange-rate table.";
  }
  return kept;
}

const RATES = ratesOf("CNY", MIXED_SETTINGS.currency.ratePerCny, MIXED_RATES);
// Ten years: every right has several fees in the horizon.
const SETTINGS: ProjectionSettings = { ...MIXED_SETTINGS, horizonYears: 10 };

describe("the other offices' rows in order, as before", () => {
  it("gives the rows, issues and lapsed rights the comparison sort gave", () => {
    fc.assert(
      fc.property(officeRightsArb(60), (rights) => {
        const now = projectOfficeRights(rights, SETTINGS, RATES);
        const before = runSteps(projectOfficeRightsBefore(rights, SETTINGS, RATES));
        expect(now.rows).toEqual(before.rows);
        expect(now.issues).toEqual(oneWarningPerRate(before.issues));
        expect(now.lapsed).toEqual(before.lapsed);
      }),
      { numRuns: 150, seed: 1411 }
    );
  });

  it("covers ties, lapses and issues (the cases the order could get wrong)", () => {
    // One draw of the property's kind, checked to hold what makes the comparison meaningful.
    const rights = fc
      .sample(fc.array(officeRightArb, { minLength: 60, maxLength: 60 }), {
        numRuns: 1,
        seed: 7,
      })[0]
      .map((right, n) => ({ ...right, row: n + 2 }));
    const now = projectOfficeRights(rights, SETTINGS, RATES);
    // Fees of one ID due the same day: of one right in different years (a pending KR right's years 1-3
    // fall due on its assumed registration), and of two rights.
    const tiedWith = (i: number) =>
      i > 0 && now.rows[i].due === now.rows[i - 1].due && now.rows[i].id === now.rows[i - 1].id;
    const sameRight = (i: number) => now.rows[i].sourceRow === now.rows[i - 1].sourceRow;
    expect(
      now.rows.some((row, i) => tiedWith(i) && sameRight(i) && row.year !== now.rows[i - 1].year)
    ).toBe(true);
    expect(now.rows.some((_, i) => tiedWith(i) && !sameRight(i))).toBe(true);
    expect(now.lapsed.length).toBeGreaterThan(1);
    expect(now.issues.length).toBeGreaterThan(1);
    const before = runSteps(projectOfficeRightsBefore(rights, SETTINGS, RATES));
    expect(now).toEqual({ ...before, issues: oneWarningPerRate(before.issues) });
    // KRW has no rate (MIXED_RATES): several KR rights share one warning.
    expect(before.issues.filter((issue) => issue.code === "rateMissing").length).toBeGreaterThan(1);
    expect(now.issues.filter((issue) => /no exchange rate/.test(issue.message))).toHaveLength(1);
  });

  it("gives nothing for a portfolio without other offices, as before", () => {
    expect(projectOfficeRights([], SETTINGS, RATES)).toEqual(
      runSteps(projectOfficeRightsBefore([], SETTINGS, RATES))
    );
  });
});
