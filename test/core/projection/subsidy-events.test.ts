import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { portfolioEvents } from "../../../src/core/projection/subsidy-events";
import { projectPortfolio } from "../../../src/core/projection/project";
import { SubsidyEvent } from "../../../src/core/subsidy";
import { paymentsOf } from "../../../src/core/projection/payments";

// Which rows earn which subsidy events (docs/subsidies.md, JETRO Hong Kong 2021 report, table 2): grants "after
// grant", PCT "after international publication", trademarks at registration, and the annual fees of
// the projection as annuity payments (the trigger of annuity refunds such as the Hetao zone's).
const header = [
  "ID",
  "Type",
  "Filing date",
  "Grant date",
  "Jurisdiction",
  "Applicant",
  "PCT publication date",
];
const SZ = "ACME (Shenzhen)";
const read = readPortfolio({
  sheet: "Portfolio",
  top: 1,
  left: 0,
  values: [
    header,
    ["US11,135,246", "invention", "2020-09-28", "2021-10-05", "US", SZ, ""],
    ["JP6987654", "特許", "2020-09-30", "2021-12-24", "JP", SZ, ""],
    ["PCT/CN2020/081234", "invention", "2020-03-25", "", "PCT", SZ, "2021-09-30"],
    ["EUTM018234567", "商标", "2020-05-11", "2021-02-16", "EUIPO", SZ, ""],
    ["CN202010234567.8", "发明", "2020-04-02", "2022-10-18", "CN", SZ, "2021-10-14"],
    ["CN202110000001.1", "发明", "2021-03-01", "", "CN", SZ, ""],
  ],
});
const shown = (events: readonly SubsidyEvent[]) =>
  events.map((e) => [e.rightId, e.event, e.jurisdiction, e.rightType, dayToIso(e.date)]);

describe("subsidy events from the portfolio", () => {
  it("turns grants, PCT publications and trademark registrations into events, also on rows not projected", () => {
    const { events, issues } = portfolioEvents(read.records, paymentsOf([]), "Portfolio");
    expect(issues).toEqual([]);
    expect(shown(events)).toEqual([
      // US and JP rows are unsupported for fees, yet their grants are events (SZ-2021: 40,000 each).
      ["US11,135,246", "grant", "US", "invention", "2021-10-05"],
      ["JP6987654", "grant", "JP", "invention", "2021-12-24"],
      // A PCT application has a publication and no grant.
      ["PCT/CN2020/081234", "publication", "PCT", "invention", "2021-09-30"],
      // The grant date column of a trademark row is its registration; EUIPO is office EM.
      ["EUTM018234567", "registration", "EM", "trademark", "2021-02-16"],
      // A CN priority application: its own grant and its PCT counterpart's publication.
      ["CN202010234567.8", "grant", "CN", "invention", "2022-10-18"],
      ["CN202010234567.8", "publication", "PCT", "invention", "2021-10-14"],
    ]);
    expect(events.every((event) => event.applicant === SZ)).toBe(true);
  });

  it("adds each projected annual fee as an annuity payment, its payable CNY as the cost base", () => {
    // As of 2026-01-01 for 1 year (CNIPA fee standard, invention: years 4-6 1,200, years 7-9 2,000):
    // - CN202110000001.1, filed 2021-03-01, pending: assumed granted on 2026-01-01 (annuity year 5), so
    //   year 5 is due at registration, 2 months after the notice: 2026-03-01, and year 6 on its
    //   anniversary, 2026-03-01: 1,200 each;
    // - CN202010234567.8, filed 2020-04-02, granted 2022-10-18: year 7 due 2026-04-02, 2,000.
    const settings = {
      asOf: isoToDay("2026-01-01"),
      horizonYears: 1,
      fiscalYearStartMonth: 1,
      currency: { code: "CNY", ratePerCny: new Money(1) },
      shiftToWorkday: false,
    };
    const projection = projectPortfolio(read.rights, settings).rows;
    const { events } = portfolioEvents(read.records, paymentsOf(projection), "Portfolio");
    const annuities = events.filter((event) => event.event === "annuity-paid");
    expect(
      annuities.map((e) => [e.rightId, e.jurisdiction, dayToIso(e.date), e.costBase?.toString()])
    ).toEqual([
      ["CN202110000001.1", "CN", "2026-03-01", "1200"],
      ["CN202110000001.1", "CN", "2026-03-01", "1200"],
      ["CN202010234567.8", "CN", "2026-04-02", "2000"],
    ]);
    expect(annuities.every((e) => e.applicant === SZ && e.rightType === "invention")).toBe(true);
  });

  it("leaves out a grant stated on two rows with the same ID, warning on both rows", () => {
    const twice = readPortfolio({
      sheet: "Portfolio",
      top: 1,
      left: 0,
      values: [
        header,
        ["US1", "invention", "2020-09-28", "2021-10-05", "US", SZ, ""],
        ["US2", "invention", "2020-09-28", "2021-10-06", "US", SZ, ""],
        ["US1", "invention", "2020-09-28", "2021-10-05", "US", SZ, ""],
      ],
    });
    const { events, issues } = portfolioEvents(twice.records, paymentsOf([]), "Portfolio");
    expect(events.map((event) => event.rightId)).toEqual(["US2"]);
    expect(issues.map((issue) => [issue.row, issue.kind, issue.message])).toEqual([
      [
        2,
        "warning",
        "US1 also has a grant in US (2021-10-05) on row 4: a right is granted once per office, so neither row earns a subsidy for it until the duplicate is removed.",
      ],
      [
        4,
        "warning",
        "US1 also has a grant in US (2021-10-05) on row 2: a right is granted once per office, so neither row earns a subsidy for it until the duplicate is removed.",
      ],
    ]);
  });
});
