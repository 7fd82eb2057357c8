import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { usPetitionThreshold } from "../../../../src/core/offices/us/petition";

describe("the 37 CFR 1.378 threshold for the lower petition fee", () => {
  // docs/offices/us.md: 2 years after expiry; 1 year for petitions filed after 2026-08-13 (91 FR 37826).
  it("is 2 years after expiry for a petition filed up to 2026-08-13", () => {
    expect(dayToIso(usPetitionThreshold(isoToDay("2025-03-14"), isoToDay("2026-08-13")))).toBe(
      "2027-03-14"
    );
  });

  it("is 1 year after expiry for a petition filed from 2026-08-14", () => {
    expect(dayToIso(usPetitionThreshold(isoToDay("2025-03-14"), isoToDay("2026-08-14")))).toBe(
      "2026-03-14"
    );
    // U3 expired 2025-08-31 (the last day of the grace period).
    expect(dayToIso(usPetitionThreshold(isoToDay("2025-08-31"), isoToDay("2026-09-01")))).toBe(
      "2026-08-31"
    );
  });
});
