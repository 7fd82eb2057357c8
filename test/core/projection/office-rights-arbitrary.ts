import fc from "fast-check";
import { OfficePortfolioRight, readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { MIXED_PORTFOLIO } from "./mixed-office-portfolio";

/** The hand-checked portfolio's rights at the other offices: JP, US, EP, UP, DE, KR. */
const BASE = readPortfolio(MIXED_PORTFOLIO).officeRights;

/**
 * A right at another office made to tie and to fail: an ID from a small pool (the same ID at two
 * offices, or twice at one), a filing a few days from a hand-checked right's (fees due the same day), a
 * ledger year that leaves fees overdue or the right lapsed, a lapsed or abandoned status, and JP and KR
 * rights without claims, whose schedules fail.
 */
export const officeRightArb: fc.Arbitrary<OfficePortfolioRight> = fc
  .record({
    base: fc.integer({ min: 0, max: BASE.length - 1 }),
    id: fc.constantFrom("A1", "A2", "B1", "b1", "C10", "C9"),
    shift: fc.integer({ min: -3, max: 3 }),
    lastPaid: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    status: fc.constantFrom("as read", "as read", "granted", "lapsed", "abandoned"),
    noClaims: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  })
  .map(({ base, id, shift, lastPaid, status, noClaims }) => {
    const right = BASE[base];
    const varied: OfficePortfolioRight = {
      ...right,
      id,
      filing: right.filing + shift,
      lastPaidYear: lastPaid,
      status: status === "as read" ? right.status : (status as OfficePortfolioRight["status"]),
    };
    // A JP or KR right without claims cannot be priced: its schedule fails and is an issue.
    if (noClaims && (right.office === "JP" || right.office === "KR")) delete varied.claims;
    return varied;
  });

/** Up to `maxLength` such rights on the sheet rows the reader would give them (from row 2). */
export const officeRightsArb = (maxLength: number): fc.Arbitrary<OfficePortfolioRight[]> =>
  fc
    .array(officeRightArb, { minLength: 1, maxLength })
    .map((drawn) => drawn.map((right, n) => ({ ...right, row: n + 2 })));
