/* global describe, expect, it */
import fc from "fast-check";
import { DayNumber, dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRecord } from "../../../src/core/portfolio/read-portfolio";
import { paymentsOf, ProjectionRow } from "../../../src/core/projection/payments";
import {
  OfficePayment,
  PortfolioEvents,
  portfolioEvents,
} from "../../../src/core/projection/subsidy-events";
import { SubsidyEvent } from "../../../src/core/subsidy/events";
import { RowIssue } from "../../../src/core/table/grid";

// Issue 14 (speed): the rows stating each one-time event are kept as one row number (an array only
// for a right stated twice), and the events in plain lists rather than an object per event. The
// reference below is the code before, without its pauses; both must give the same events and warnings.

function referenceEvents(
  records: readonly PortfolioRecord[],
  sheet: string,
  skipApplicants: ReadonlySet<string>,
  officePayments: readonly OfficePayment[],
  keepPayment: (event: SubsidyEvent) => boolean
): PortfolioEvents {
  const used = records.filter((record) => !skipApplicants.has(record.applicant));
  const statedBy = new Map<string, Map<string, Map<string, number[]>>>();
  const rowsStating = (event: SubsidyEvent): number[] => {
    let offices = statedBy.get(event.event);
    if (!offices) statedBy.set(event.event, (offices = new Map()));
    let ids = offices.get(event.jurisdiction);
    if (!ids) offices.set(event.jurisdiction, (ids = new Map()));
    let rows = ids.get(event.rightId);
    if (!rows) ids.set(event.rightId, (rows = []));
    return rows;
  };
  const stated: { event: SubsidyEvent; row: number; rows: number[] }[] = [];
  for (const record of used) {
    const base = { rightId: record.id, applicant: record.applicant };
    const own: SubsidyEvent[] = [];
    if (record.grant !== undefined) {
      own.push({
        ...base,
        event: record.rightType === "trademark" ? "registration" : "grant",
        jurisdiction: record.jurisdiction,
        rightType: record.rightType,
        date: record.grant,
      });
    }
    if (record.pctPublication !== undefined) {
      own.push({
        ...base,
        event: "publication",
        jurisdiction: "PCT",
        rightType: record.rightType,
        date: record.pctPublication,
      });
    }
    for (const event of own) stated.push({ event, row: record.row, rows: rowsStating(event) });
  }
  for (const { row, rows } of stated) rows.push(row);
  const issues: RowIssue[] = [];
  const events: SubsidyEvent[] = [];
  for (const { event, row, rows } of stated) {
    if (rows.length === 1) {
      events.push(event);
      continue;
    }
    const others = rows.filter((other) => other !== row).join(", ");
    issues.push({
      sheet,
      row,
      column: "",
      header: "",
      kind: "warning",
      message:
        `${event.rightId} also has a ${event.event} in ${event.jurisdiction} (${dayToIso(event.date)}) on row ${others}: ` +
        `a right is ${event.event === "publication" ? "published" : event.event === "grant" ? "granted" : "registered"} once per office, so neither row earns a subsidy for it until the duplicate is removed.`,
      code: `duplicate_${event.event}`,
      params: {
        id: event.rightId,
        jurisdiction: event.jurisdiction,
        date: dayToIso(event.date),
        rows: others,
      },
    });
  }
  const applicantOfRow: (string | undefined)[] = [];
  const grantOfRow: (DayNumber | undefined)[] = [];
  for (const record of used) {
    applicantOfRow[record.row] = record.applicant;
    grantOfRow[record.row] = record.grant;
  }
  for (const payment of officePayments) {
    const applicant = applicantOfRow[payment.sourceRow];
    if (applicant === undefined) continue;
    const probe: SubsidyEvent = {
      rightId: "",
      applicant,
      event: "annuity-paid",
      jurisdiction: payment.office,
      rightType: payment.rightType,
      date: 0,
    };
    if (!keepPayment(probe)) continue;
    events.push({
      rightId: payment.id,
      applicant,
      event: "annuity-paid",
      jurisdiction: payment.office,
      rightType: payment.rightType,
      date: payment.due,
      costBase: payment.costBaseCny,
      grantDate: grantOfRow[payment.sourceRow],
    });
  }
  return { events, issues: issues.sort((a, b) => a.row - b.row) };
}

const day = fc.integer({ min: isoToDay("2018-01-01"), max: isoToDay("2024-12-31") });
const anyRecord = fc.record({
  id: fc.integer({ min: 0, max: 30 }),
  rightType: fc.constantFrom<PortfolioRecord["rightType"]>(
    "invention",
    "utility",
    "design",
    "trademark"
  ),
  jurisdiction: fc.constantFrom("CN", "US", "EM", "PCT"),
  grant: fc.option(day, { nil: undefined }),
  pctPublication: fc.option(day, { nil: undefined }),
  applicant: fc.constantFrom("Acme", "Beta", "Gamma"),
});

// Rows numbered from 2 in order (as a sheet's are); ids drawn from few so that duplicates are common.
const anyRecords = fc.array(anyRecord, { maxLength: 60 }).map((drawn) =>
  drawn.map((r, index): PortfolioRecord => ({
    row: index + 2,
    id: `R${r.id}`,
    rightType: r.rightType,
    jurisdiction: r.jurisdiction,
    filing: isoToDay("2017-01-01"),
    grant: r.grant,
    pctPublication: r.pctPublication,
    status: "granted",
    owner: r.applicant,
    applicant: r.applicant,
    applicantLocation: "",
    projected: false,
  }))
);

describe("portfolio events: the same as before issue 14", () => {
  it("gives the same events and duplicate warnings on random rows, some applicants skipped", () => {
    fc.assert(
      fc.property(
        anyRecords,
        fc.subarray(["Acme", "Beta", "Gamma"]),
        fc.array(fc.record({ row: fc.integer({ min: 2, max: 70 }), due: day }), { maxLength: 10 }),
        (records, skipped, payments) => {
          const officePayments: OfficePayment[] = payments.map(({ row, due }) => ({
            sourceRow: row,
            id: `US${row}`,
            office: "US",
            rightType: "invention",
            due,
            costBaseCny: new Money(1000),
          }));
          const keep = (event: SubsidyEvent) => event.applicant !== "Gamma";
          const skip = new Set(skipped);
          const projection: ProjectionRow[] = [];
          expect(
            portfolioEvents(
              records,
              paymentsOf(projection),
              "Portfolio",
              skip,
              officePayments,
              keep
            )
          ).toEqual(referenceEvents(records, "Portfolio", skip, officePayments, keep));
        }
      ),
      { numRuns: 300 }
    );
  });

  it("names the other rows of a grant stated three times", () => {
    const grant = (row: number): PortfolioRecord => ({
      row,
      id: "CN202110000001.1",
      rightType: "invention",
      jurisdiction: "CN",
      filing: isoToDay("2021-03-01"),
      grant: isoToDay("2023-05-05"),
      status: "granted",
      owner: "Acme",
      applicant: "Acme",
      applicantLocation: "",
      projected: false,
    });
    const { events, issues } = portfolioEvents(
      [grant(2), grant(5), grant(9)],
      paymentsOf([]),
      "Portfolio"
    );
    expect(events).toEqual([]);
    expect(issues.map((issue) => [issue.row, issue.params?.rows])).toEqual([
      [2, "5, 9"],
      [5, "2, 9"],
      [9, "2, 5"],
    ]);
  });
});
