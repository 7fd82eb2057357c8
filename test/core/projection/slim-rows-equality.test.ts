import fc from "fast-check";
import {
  addMonthsClamped,
  addYearsClamped,
  dayToIso,
  isoToDay,
} from "../../../src/core/dates/civil";
import { isDomainError } from "../../../src/core/errors/domain-error";
import { Money, roundToFen } from "../../../src/core/money/money";
import { shiftToWorkingDay } from "../../../src/core/offices/cn/holiday-calendar";
import { CN_RULES } from "../../../src/core/offices/cn/rules";
import { planRunToEnd } from "../../../src/core/app/plan-run";
import { applicantLocations } from "../../../src/core/portfolio/applicant-locations";
import { PortfolioRight, readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { applySubsidies, subsidyRelevance } from "../../../src/core/projection/apply-subsidies";
import {
  BudgetOffset,
  budgetOffsets,
  OffsetPlacement,
} from "../../../src/core/projection/budget-offsets";
import { convert } from "../../../src/core/projection/currency";
import { deadlines } from "../../../src/core/projection/deadlines";
import { fiscalYearOf } from "../../../src/core/projection/fiscal-year";
import { compareText, projectPortfolio } from "../../../src/core/projection/project";
import { scheduleOfRight } from "../../../src/core/projection/right-schedule";
import { standingOf } from "../../../src/core/projection/right-standing";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { portfolioEvents } from "../../../src/core/projection/subsidy-events";
import { summarize } from "../../../src/core/projection/summary";
import { buildReport } from "../../../src/core/report/build-report";
import { blockRowAt, blockRowCount, OutputSheet } from "../../../src/core/report/output-model";
import { SubsidyOffset } from "../../../src/core/subsidy/offset";
import { Programme } from "../../../src/core/subsidy/programme";
import { BUILT_IN_PROGRAMMES, loadProgrammeRows } from "../../../src/core/subsidy";
import { planWrite } from "../../../src/excel/write-plan";
import { paymentRows, paymentsOf, ProjectionRow } from "../../../src/core/projection/payments";

// Issue 14 (memory): projection rows share their right's part and their amounts (getters give the
// ProjectionRow fields), rights share one Money per reduction rate, offsets one per rounded amount, and the
// run lets go of each stage's lists. The reference below is the projection as it was before, one plain
// object of thirteen fields per payment, and the offsets' placing without sharing; every test compares
// what the run makes from each, on random portfolios.

const HEADER = [
  "ID",
  "Type",
  "Filing date",
  "Grant date",
  "Status",
  "Fee reduction",
  "Owner",
  "Jurisdiction",
  "Applicant",
  "Applicant location",
  "Last annuity year paid",
];
const KINDS: [string, number][] = [
  ["invention", 1],
  ["utility model", 2],
  ["design", 3],
];
const PLACES: [string, string][] = [
  ["ACME (Shenzhen)", "Shenzhen"],
  ["Beta Suzhou", "Suzhou"],
  ["Gamma KK", "Tokyo"],
  ["Delta", ""],
];
// A test annuity refund makes annual fee events count, so the offsets depend on the projection's rows.
const PROGRAMMES = [
  ...BUILT_IN_PROGRAMMES,
  ...loadProgrammeRows(
    [
      {
        id: "TEST/annuity-half",
        programme: "TEST",
        programmeName: "Test annuity refund (test fixture)",
        region: "Shenzhen",
        rightType: "any",
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
  ),
];
const ASOF = isoToDay("2022-03-15");

const rightRow = fc
  .record({
    kind: fc.integer({ min: 0, max: 2 }),
    filed: fc.integer({ min: isoToDay("2008-01-01"), max: isoToDay("2025-06-30") }),
    grantAfter: fc.option(fc.integer({ min: 120, max: 1500 }), { nil: undefined }),
    reduction: fc.constantFrom("", "85%", 0.7, "0.85"),
    place: fc.integer({ min: 0, max: PLACES.length - 1 }),
    owner: fc.constantFrom("Tokyo HQ", "Shenzhen Subsidiary", "", "Suzhou Plant"),
    // A ledger year behind the as-of date gives overdue fees: in grace (with a surcharge) or lapsed.
    paidBack: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    status: fc.constantFrom("", "", "", "lapsed"),
  })
  .map((r) => ({ ...r, grant: r.grantAfter === undefined ? undefined : r.filed + r.grantAfter }));
type Right = typeof rightRow extends fc.Arbitrary<infer T> ? T : never;
const portfolio = fc.array(rightRow, { minLength: 1, maxLength: 30 });

function grid(rights: Right[]) {
  const rows = rights.map((r, n) => {
    const [kind, digit] = KINDS[r.kind];
    const [applicant, location] = PLACES[r.place];
    const granted = r.grant !== undefined && r.grant < ASOF;
    const grantYear = granted ? new Date(r.grant! * 86_400_000).getUTCFullYear() : 0;
    const filedYear = new Date(r.filed * 86_400_000).getUTCFullYear();
    // Annuity years count from filing: the year the as-of date is in, less a few years behind.
    const current = new Date(ASOF * 86_400_000).getUTCFullYear() - filedYear + 1;
    const paid =
      granted && r.paidBack !== undefined
        ? Math.max(grantYear - filedYear, current - r.paidBack - 1)
        : "";
    return [
      // Two rights in twenty share an ID: the order among equal IDs is part of what is compared.
      `CN${filedYear}${digit}${String(1_000_000 + (n % 20)).padStart(7, "0")}.${n % 10}`,
      kind,
      dayToIso(r.filed),
      granted ? dayToIso(r.grant!) : "",
      r.status || (granted ? "granted" : "pending"),
      r.reduction,
      r.owner,
      "CN",
      applicant,
      location,
      paid === "" || paid < 1 ? "" : paid,
    ];
  });
  return { sheet: "P", top: 1, left: 0, values: [HEADER, ...rows] };
}

const settingsOf = (
  code: "CNY" | "JPY",
  startMonth: number,
  shiftToWorkday: boolean
): ProjectionSettings => ({
  asOf: ASOF,
  horizonYears: 7,
  fiscalYearStartMonth: startMonth,
  currency: { code, ratePerCny: new Money(code === "CNY" ? 1 : "21.5") },
  shiftToWorkday,
});
const settings = fc
  .record({
    code: fc.constantFrom<"CNY" | "JPY">("CNY", "JPY"),
    startMonth: fc.constantFrom(1, 4),
    shift: fc.boolean(),
  })
  .map(({ code, startMonth, shift }) => settingsOf(code, startMonth, shift));

/** The projection as it was made before: one plain object per payment, every field its own. */
function referenceRows(rights: readonly PortfolioRight[], settings: ProjectionSettings) {
  const horizonEnd = addYearsClamped(settings.asOf, settings.horizonYears);
  const rows: ProjectionRow[] = [];
  const order = rights.map((_, i) => i).sort((a, b) => compareText(rights[a].id, rights[b].id));
  for (const index of order) {
    const right = rights[index];
    if (right.status === "lapsed" || right.status === "abandoned") continue;
    let scheduled: ReturnType<typeof scheduleOfRight>;
    let standing: ReturnType<typeof standingOf> | undefined;
    const legalDues: number[] = [];
    try {
      scheduled = scheduleOfRight(right, settings.asOf, false, CN_RULES, {
        fromYear: (right.lastPaidYear ?? 0) + 1,
        dueFrom: right.lastPaidYear === undefined ? addMonthsClamped(settings.asOf, -3) : undefined,
        dueBefore: horizonEnd,
      });
      let overdue = false;
      let future = false;
      for (const row of scheduled.rows) {
        const legal = shiftToWorkingDay(CN_RULES.holidays, row.due);
        legalDues.push(legal);
        if (legal >= settings.asOf) future = true;
        else if (right.lastPaidYear !== undefined || future) overdue = true;
      }
      if (overdue) {
        standing = standingOf(right, settings.asOf, CN_RULES);
        const { status } = standing.payment;
        if (status === "lapsed" || status === "registration-missed") continue;
      }
    } catch (error) {
      if (isDomainError(error)) continue;
      throw error;
    }
    scheduled.rows.forEach((formal, i) => {
      const legal = legalDues[i];
      const shown = settings.shiftToWorkday ? legal : formal.due;
      if (shown >= horizonEnd) return;
      let surcharge: Money | undefined;
      if (legal < settings.asOf) {
        const overdue =
          standing?.payment.year === formal.year
            ? standing.payment
            : standing?.alsoDue?.year === formal.year
              ? standing.alsoDue
              : undefined;
        if (!overdue || overdue.status !== "grace") return;
        surcharge = overdue.surcharge;
      }
      if (isDomainError(formal.payable)) return;
      const payable = surcharge ? formal.payable.plus(surcharge) : formal.payable;
      rows.push({
        sourceRow: right.row,
        id: right.id,
        owner: right.owner,
        kind: right.kind,
        year: formal.year,
        due: shown,
        fiscalYear: fiscalYearOf(surcharge ? settings.asOf : shown, settings.fiscalYearStartMonth),
        fee: formal.fee,
        reduction: formal.reduced ? right.reduction : new Money(0),
        payable,
        converted: convert(payable, settings.currency),
        basis: scheduled.basis,
        surcharge,
      });
    });
  }
  // Stable: rights of one ID keep the order above; (due, ID, year) as the projection sorts.
  return rows.sort((a, b) => a.due - b.due || compareText(a.id, b.id) || a.year - b.year);
}

/** The offsets placed as before: every amount rounded and converted for itself. */
function referenceOffsets(offsets: readonly SubsidyOffset[], settings: ProjectionSettings) {
  const horizonEnd = addYearsClamped(settings.asOf, settings.horizonYears);
  return offsets.map((offset): BudgetOffset => {
    const applied = roundToFen(offset.applied);
    const placement: OffsetPlacement =
      offset.currency !== "CNY"
        ? "other-currency"
        : offset.date < settings.asOf
          ? "before"
          : offset.date >= horizonEnd
            ? "after"
            : "horizon";
    return {
      offset,
      fiscalYear: fiscalYearOf(offset.date, settings.fiscalYearStartMonth),
      placement,
      gross: roundToFen(offset.gross),
      applied,
      converted: offset.currency === "CNY" ? convert(applied, settings.currency) : new Money(0),
    };
  });
}

/** A value with every Money as its text, so two amounts compare by value, not by instance. */
function plain(value: unknown): unknown {
  if (value instanceof Money) return `${value.isNegative() ? "neg " : ""}${value.toString()}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, plain(v)]));
  return value;
}

const FIELDS = [
  "sourceRow",
  "id",
  "owner",
  "kind",
  "year",
  "due",
  "fiscalYear",
  "fee",
  "reduction",
  "payable",
  "converted",
  "basis",
  "surcharge",
] as const;
const fieldsOf = (row: ProjectionRow) => plain(FIELDS.map((field) => row[field]));

/** Everything a run derives from its rows: offsets, summary, every sheet's rows and the write plan's. */
function derived(
  rights: Right[],
  settings: ProjectionSettings,
  reference: boolean,
  programmes: readonly Programme[] = PROGRAMMES
) {
  const read = readPortfolio(grid(rights));
  // The reference's objects made into columns; the projection's own columns as a run uses them.
  const payments = reference
    ? paymentsOf(referenceRows(read.rights, settings))
    : projectPortfolio(read.rights, settings).payments;
  const rows = paymentRows(payments);
  const located = applicantLocations(read.records, "P");
  const events = portfolioEvents(
    read.records,
    payments,
    "P",
    located.conflicting,
    [],
    subsidyRelevance(programmes, located.locations)
  ).events;
  const applied = applySubsidies(events, programmes, located.locations);
  const offsets = reference
    ? referenceOffsets(applied, settings)
    : budgetOffsets(applied, settings);
  const summary = summarize(payments, settings, offsets);
  const sheets = buildReport({
    rights: read.rights.length,
    projection: payments,
    summary,
    deadlines: [],
    issues: [],
    settings,
    language: "en",
    offsets,
  });
  return { rows: rows.map(fieldsOf), offsets: plain(offsets), summary: plain(summary), sheets };
}

function sheetRows(sheets: OutputSheet[]) {
  return sheets.map((sheet) =>
    sheet.blocks.map((block) =>
      Array.from({ length: blockRowCount(block) }, (_, i) => blockRowAt(block, i))
    )
  );
}

function writtenRows(sheets: OutputSheet[]) {
  const plan = planWrite(sheets, { sheets: [], tables: [] }, "r1", {
    targetRequestBytes: 2_000_000,
    maxRowsPerRequest: 20_000,
  });
  return plan.sheets.map((sheet) =>
    sheet.blocks.map((block) => block.rowsBetween(0, block.dataRows + 1))
  );
}

describe("slim projection rows: the same run as plain rows", () => {
  it("gives the same rows, field by field and in the same order, as the plain projection", () => {
    let compared = 0;
    fc.assert(
      fc.property(portfolio, settings, (rights, settings) => {
        const read = readPortfolio(grid(rights));
        const rows = projectPortfolio(read.rights, settings).rows;
        expect(rows.map(fieldsOf)).toEqual(referenceRows(read.rights, settings).map(fieldsOf));
        compared += rows.length;
      }),
      // A fixed seed: the rows compared vary with the portfolios drawn (1,144-1,455 for seeds 1-8, and
      // 917 once with a random one, under the floor below that keeps the test from passing on
      // near-empty portfolios).
      { numRuns: 80, seed: 6 }
    );
    expect(compared).toBeGreaterThan(1_000);
  });

  it("gives the same offsets, summary, sheet rows and write-plan rows", () => {
    fc.assert(
      fc.property(portfolio, settings, (rights, settings) => {
        const slim = derived(rights, settings, false);
        const before = derived(rights, settings, true);
        expect(slim.rows).toEqual(before.rows);
        expect(slim.offsets).toEqual(before.offsets);
        expect(slim.summary).toEqual(before.summary);
        expect(sheetRows(slim.sheets)).toEqual(sheetRows(before.sheets));
        expect(writtenRows(slim.sheets)).toEqual(writtenRows(before.sheets));
      }),
      { numRuns: 40 }
    );
  });

  it("plans a whole run with the reference's rows and offsets (the run lets go of its stages' lists)", () => {
    fc.assert(
      fc.property(portfolio, settings, (rights, settings) => {
        const plan = planRunToEnd({ portfolio: grid(rights) }, settings, "en");
        // The run applies the built-in programmes (it has no programmes table here).
        const before = derived(rights, settings, true, BUILT_IN_PROGRAMMES);
        expect(plan.projectionRows).toBe(before.rows.length);
        expect(plan.rights).toBe(readPortfolio(grid(rights)).rights.length);
        // A list whose every row has an error (a paid year past the term, say) writes nothing.
        if (plan.noUsableRows) return expect(plan.sheets).toEqual([]);
        const projection = (sheets: OutputSheet[]) =>
          sheetRows(sheets.filter((sheet) => sheet.role === "projection"));
        expect(projection(plan.sheets)).toEqual(projection(before.sheets));
        expect(plain(plan.offsets.map((o) => ({ ...o, offset: { ...o.offset } })))).toEqual(
          plain((before.offsets as BudgetOffset[]).map((o) => ({ ...o, offset: { ...o.offset } })))
        );
      }),
      { numRuns: 25 }
    );
  });

  it("gives the same deadline rows as rights listed one at a time (their costs to term end shared)", () => {
    const byText = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
    fc.assert(
      fc.property(portfolio, settings, (rights, settings) => {
        const read = readPortfolio(grid(rights));
        const shared = deadlines(read.rights, settings);
        const alone = read.rights.flatMap((right) => deadlines([right], settings));
        expect(byText(shared.map(plain))).toEqual(byText(alone.map(plain)));
      }),
      { numRuns: 60 }
    );
  });

  it("is not vacuous: payments with surcharges, reductions, two rights of one ID and offsets occur", () => {
    const rights: Right[] = Array.from({ length: 24 }, (_, n) => ({
      kind: n % 3,
      filed: isoToDay("2014-03-01") + n * 61,
      grantAfter: 400 + n * 7,
      grant: isoToDay("2014-03-01") + n * 61 + 400 + n * 7,
      reduction: n % 2 ? "85%" : "",
      place: n % PLACES.length,
      owner: "Tokyo HQ",
      paidBack: n % 4 === 0 ? 1 : undefined,
      status: "",
    }));
    const slim = derived(rights, settingsOf("JPY", 4, true), false);
    const before = derived(rights, settingsOf("JPY", 4, true), true);
    expect(slim.rows).toEqual(before.rows);
    const rows = slim.rows as unknown[][];
    expect(rows.some((row) => row[12] !== undefined)).toBe(true); // a surcharge
    expect(rows.some((row) => row[8] === "0.85")).toBe(true); // a reduced year
    expect(new Set(rows.map((row) => row[1])).size).toBeLessThan(24); // IDs shared by two rights
    expect((slim.offsets as unknown[]).length).toBeGreaterThan(0);
    expect(slim.offsets).toEqual(before.offsets);
  });
});
