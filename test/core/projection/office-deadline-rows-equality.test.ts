/* Issue 14: a run makes the other offices' Deadlines from the fee lines their projection makes
 * (OfficeDeadlineRows as the projection's reader), not from a schedule made again for each right. The
 * rows must be what the code before gave (reference/office-deadlines-before.ts, commit f095b4f), the same
 * rows in the same order, and the projection must be the same with the reader as without it, on
 * portfolios made to tie and to fail (office-rights-arbitrary.ts), at as-of dates that leave fees
 * upcoming, in grace and lapsed. */
import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/civil";
import { ratesOf } from "../../../src/core/projection/exchange-rates";
import { OfficeDeadlineRows, officeDeadlines } from "../../../src/core/projection/office-deadlines";
import {
  projectOfficeRights,
  projectOfficeRightsInSteps,
} from "../../../src/core/projection/office-schedule";
import { OfficePortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { runSteps } from "../../../src/core/table/steps";
import { MIXED_RATES, MIXED_SETTINGS } from "./mixed-office-portfolio";
import { officeRightsArb } from "./office-rights-arbitrary";
import { officeDeadlinesBefore } from "./reference/office-deadlines-before";

const RATES = ratesOf("CNY", MIXED_SETTINGS.currency.ratePerCny, MIXED_RATES);
// The hand-checked rights' fees fall due 2026-2028: as-of dates around them give every status.
const AS_OF = ["2025-01-15", "2026-06-01", "2027-04-20", "2029-09-30"].map(isoToDay);

const settingsArb: fc.Arbitrary<ProjectionSettings> = fc
  .record({ asOf: fc.constantFrom(...AS_OF), horizonYears: fc.constantFrom(2, 10) })
  .map((varied) => ({ ...MIXED_SETTINGS, ...varied }));

/** The Deadlines' rows as a run makes them: handed over by the projection, then ordered. */
function rowsFromProjection(rights: OfficePortfolioRight[], settings: ProjectionSettings) {
  const made = new OfficeDeadlineRows(settings);
  const projection = runSteps(projectOfficeRightsInSteps(rights, settings, RATES, made));
  return { projection, rows: made.ordered() };
}

describe("the other offices' Deadlines from the projection's fee lines, as before", () => {
  it("gives the rows the code before gave, and the projection is unchanged", () => {
    fc.assert(
      fc.property(officeRightsArb(40), settingsArb, (rights, settings) => {
        const before = runSteps(officeDeadlinesBefore(rights, settings));
        const { projection, rows } = rowsFromProjection(rights, settings);
        expect(rows).toEqual(before);
        expect(officeDeadlines(rights, settings)).toEqual(before);
        expect(projection).toEqual(projectOfficeRights(rights, settings, RATES));
      }),
      { numRuns: 200, seed: 1414 }
    );
  });

  it("covers every status, ties of one ID and failing schedules", () => {
    // Draws of the property's kind, checked to hold what makes the comparison meaningful.
    const statuses = new Set<string>();
    let tiedIds = 0;
    let failing = 0;
    for (const [rights, settings] of fc.sample(fc.tuple(officeRightsArb(40), settingsArb), {
      numRuns: 30,
      seed: 1414,
    })) {
      const rows = runSteps(officeDeadlinesBefore(rights, settings));
      rows.forEach((row, i) => {
        statuses.add(row.status);
        if (i > 0 && row.id === rows[i - 1].id && row.status === rows[i - 1].status) tiedIds += 1;
      });
      failing += projectOfficeRights(rights, settings, RATES).issues.filter(
        (issue) => issue.code === "feeProblem"
      ).length;
    }
    expect([...statuses].sort()).toEqual([
      "abandoned",
      "grace",
      "lapsed",
      "paid-to-term-end",
      "upcoming",
    ]);
    expect(tiedIds).toBeGreaterThan(10);
    expect(failing).toBeGreaterThan(10);
  });
});
