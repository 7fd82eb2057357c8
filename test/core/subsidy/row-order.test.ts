/* global describe, expect, it */
import fc from "fast-check";
import { BUILT_IN_PROGRAMMES, applyProgrammes } from "../../../src/core/subsidy";
import { event, plain } from "./helpers";

// The engine sorts events itself (applicant, date, right id, event, …) and programmes by id, so any
// order of the input rows gives the same offsets: the property the task pane relies on when users sort
// their ledger. The portfolio mixes caps (SZ-2021: 5 domestic grants a year), a bonus, stacking, an
// amount cap (insurance), a limit (CNIPA 2021) and same-day ties.
const portfolio = [
  ...Array.from({ length: 7 }, (_, i) =>
    event(`CN-${i}`, "Acme", "grant", "CN", i < 4 ? "2021-05-01" : "2021-07-01")
  ),
  event("CN-9", "Beta", "grant", "CN", "2021-05-01", { costBase: "6000" }),
  event("US-1", "Acme", "grant", "US", "2021-05-01", { costBase: "20000" }),
  event("EM-1", "Acme", "registration", "EM", "2021-05-01"),
  ...Array.from({ length: 4 }, (_, i) =>
    event(`KR-${i}`, "Acme", "registration", "KR", "2021-05-01")
  ),
  event("PCT-1", "Beta", "publication", "PCT", "2021-05-01"),
  event("MD-1", "Beta", "registration", "MADRID", "2021-06-01", { units: 25 }),
  ...Array.from({ length: 5 }, (_, i) =>
    event(`INS-${i}`, "Acme", "premium-paid", "CN", "2024-03-01", {
      costBase: String(90000 + i * 1000),
    })
  ),
  event("EP-1", "Acme", "grant", "EP", "2023-01-01"),
];

describe("independence of input row order", () => {
  const expected = plain(applyProgrammes(portfolio, BUILT_IN_PROGRAMMES));

  it("gives the same offsets for any order of events and programmes", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(portfolio, { minLength: portfolio.length }),
        fc.shuffledSubarray([...BUILT_IN_PROGRAMMES], { minLength: BUILT_IN_PROGRAMMES.length }),
        (events, programmes) => {
          expect(plain(applyProgrammes(events, programmes))).toEqual(expected);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("has cuts in it, so the property is not trivially true", () => {
    const reasons = expected.map((offset) => offset.reason ?? "");
    expect(reasons).toContain("annual cap of 5 reached");
    expect(reasons.some((reason) => reason.startsWith("annual amount cap of 200,000"))).toBe(true);
    expect(reasons.some((reason) => reason.startsWith("excluded by stacking group"))).toBe(true);
    expect(reasons.some((reason) => reason.startsWith("CNIPA-2021 limit"))).toBe(true);
  });
});
