/* global describe, expect, it */
import fc from "fast-check";
import { applicantLocations } from "../../../src/core/portfolio/applicant-locations";
import { PortfolioRecord } from "../../../src/core/portfolio/read-portfolio";
import { applicantLocationsBefore } from "./reference/applicant-locations-before";

// Issue 14 (speed): an applicant's rows are listed only when its locations disagree. Any rows, in any
// order, with several spellings of a place, must give the locations, conflicts and warnings as before.

const row = fc.record({
  applicant: fc.constantFrom("A", "B", "C"),
  applicantLocation: fc.constantFrom("", "Shenzhen", "深圳", "深圳市", "Tokyo", "Suzhou", "Japan"),
});

describe("applicantLocations", () => {
  it("gives what listing every row gave", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const records = rows.map(
          (one, index) => ({ ...one, row: index + 2 }) as unknown as PortfolioRecord
        );
        const column = { letter: "K", header: "Applicant location" };
        const found = applicantLocations(records, "Portfolio", column);
        const before = applicantLocationsBefore(records, "Portfolio", column);
        expect(found).toEqual(before);
        // In the same order too.
        expect([...found.locations]).toEqual([...before.locations]);
        expect([...found.conflicting]).toEqual([...before.conflicting]);
      }),
      { numRuns: 1000 }
    );
  });
});
