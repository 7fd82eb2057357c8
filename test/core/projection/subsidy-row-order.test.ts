import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { applicantLocations } from "../../../src/core/portfolio/applicant-locations";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { portfolioEvents } from "../../../src/core/projection/subsidy-events";
import { applySubsidies } from "../../../src/core/projection/apply-subsidies";
import { budgetOffsets } from "../../../src/core/projection/budget-offsets";
import { projectPortfolio } from "../../../src/core/projection/project";
import { BUILT_IN_PROGRAMMES, loadProgrammeRows } from "../../../src/core/subsidy";
import { paymentsOf } from "../../../src/core/projection/payments";

// Users sort and filter their ledgers: the offsets must be the same for any order of the rows. The
// portfolio exercises what depends on order: Shenzhen 2021's cap of 5 domestic grants a year (seven
// 2021 grants, two of them the same day), its first-time bonus, a stacking group (an EU trademark),
// spellings of one location (深圳 / Shenzhen), an applicant in two places, and a yearly amount cap on
// annuity refunds (a test programme).
const HEADER = [
  "ID",
  "Type",
  "Filing date",
  "Grant date",
  "Jurisdiction",
  "Applicant",
  "Applicant location",
  "PCT publication date",
];
const SZ = "ACME (Shenzhen)";
const ROWS: unknown[][] = [
  ...Array.from({ length: 7 }, (_, i) => [
    `CN20191000000${i}.1`,
    "invention",
    "2019-03-01",
    i < 2 ? "2021-05-01" : `2021-0${i + 2}-15`,
    "CN",
    SZ,
    i % 2 ? "深圳" : "Shenzhen",
    i === 3 ? "2020-09-10" : "",
  ]),
  ["US11,135,246", "invention", "2020-09-28", "2021-10-05", "US", SZ, "Shenzhen", ""],
  ["EUTM018234567", "trademark", "2020-05-11", "2021-02-16", "EUIPO", SZ, "", ""],
  ["PCT/CN2021/000001", "invention", "2021-01-10", "", "PCT", "Beta", "Suzhou", "2021-07-22"],
  ["CN201810000009.9", "发明", "2018-01-01", "2020-06-01", "CN", "Gamma", "Shenzhen", ""],
  ["CN201810000010.0", "发明", "2018-01-01", "2021-06-01", "CN", "Gamma", "Tokyo", ""],
];
const SETTINGS = {
  asOf: isoToDay("2021-01-01"),
  horizonYears: 3,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};
const REFUND = loadProgrammeRows(
  [
    {
      id: "TEST/annuity-half",
      programme: "TEST",
      programmeName: "Test annuity refund (test fixture)",
      region: "Shenzhen",
      rightType: "invention",
      jurisdictionGroup: "CN",
      trigger: "annuity-paid",
      amountType: "percent",
      rate: "0.5",
      costBase: "annuity",
      perYearAmountCap: "1500",
      effectiveFrom: "2021-01-01",
      status: "active",
      source: "test fixture",
      verified: false,
    },
  ],
  "test"
);

function offsetsOf(rows: unknown[][]) {
  const read = readPortfolio({ sheet: "P", top: 1, left: 0, values: [HEADER, ...rows] });
  const projection = projectPortfolio(read.rights, SETTINGS).rows;
  const located = applicantLocations(read.records, "P");
  const events = portfolioEvents(read.records, paymentsOf(projection), "P", located.conflicting);
  const offsets = applySubsidies(
    events.events,
    [...BUILT_IN_PROGRAMMES, ...REFUND],
    located.locations
  );
  return budgetOffsets(offsets, SETTINGS).map((placed) => ({
    ...placed.offset,
    gross: placed.gross.toString(),
    applied: placed.applied.toString(),
    placement: placed.placement,
  }));
}

describe("offsets do not depend on the order of the portfolio's rows", () => {
  const expected = offsetsOf(ROWS);

  it("gives the same offsets for any order of the rows", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ROWS, { minLength: ROWS.length }), (rows) => {
        expect(offsetsOf(rows)).toEqual(expected);
      }),
      { numRuns: 100 }
    );
  });

  it("has order-sensitive cuts in it, so the property is not trivially true", () => {
    const reasons = expected.map((offset) => offset.reason ?? "");
    expect(reasons).toContain("annual cap of 5 reached");
    expect(reasons.some((reason) => reason.startsWith("excluded by stacking group"))).toBe(true);
    expect(reasons.some((reason) => reason.startsWith("annual amount cap of 1,500 reached"))).toBe(
      true
    );
    expect(
      expected.some((offset) => offset.part === "first-time-bonus" && offset.applied === "7500")
    ).toBe(true);
    // Gamma is in Shenzhen on one row and in Tokyo on the other: left out whatever the order.
    expect(expected.some((offset) => offset.applicant === "Gamma")).toBe(false);
  });
});
