import { Programme, SubsidyEvent, loadProgrammeRows } from "../../../src/core/subsidy";
import { ProjectionRow } from "../../../src/core/projection/payments";

/**
 * A test programme refunding 50% of invention annuities, at most 2,500 per applicant per calendar year,
 * from 2026-01-01 (a test fixture, not a real programme). On the hand-checked portfolio (as of
 * 2026-01-01, 3 years, April fiscal years):
 * - A (Tokyo): year 9 2,000 due 2026-07-09 → 1,000; year 10 4,000 due 2027-07-09 → 2,000;
 *   year 11 4,000 due 2028-07-09 → 2,000;
 * - E (no owner): year 13 6,000 due 2027-05-05 → 3,000, cut to the cap 2,500; year 14 the same.
 * April fiscal years: FY2026 1,000; FY2027 2,500 + 2,000 = 4,500; FY2028 2,500 + 2,000 = 4,500;
 * 10,000 in all.
 */
export const ANNUITY_REFUND: Programme[] = loadProgrammeRows(
  [
    {
      id: "TEST/annuity-half",
      programme: "TEST",
      programmeName: "Test annuity refund (test fixture)",
      region: "Test",
      rightType: "invention",
      jurisdictionGroup: "CN",
      trigger: "annuity-paid",
      amountType: "percent",
      rate: "0.5",
      costBase: "annuity",
      perYearAmountCap: "2500",
      effectiveFrom: "2026-01-01",
      status: "active",
      source: "test fixture",
      verified: false,
    },
  ],
  "test"
);

/** The projection's payments as annuity events, paid to the owner (or "(no applicant)"). */
export function annuityEvents(rows: readonly ProjectionRow[]): SubsidyEvent[] {
  return rows.map((row) => ({
    rightId: row.id,
    applicant: row.owner || "(no applicant)",
    event: "annuity-paid",
    jurisdiction: "CN",
    rightType: row.kind,
    date: row.due,
    costBase: row.payable,
  }));
}
