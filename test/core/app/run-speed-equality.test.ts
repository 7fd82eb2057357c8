import fc from "fast-check";
import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { serialFromDay } from "../../../src/core/dates/excel-serial";
import { Money, roundToFen, yuanToCell } from "../../../src/core/money/money";
import { applicantLocations } from "../../../src/core/portfolio/applicant-locations";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import {
  applySubsidies,
  applySubsidiesInSteps,
  programmesFor,
  subsidyRelevance,
} from "../../../src/core/projection/apply-subsidies";
import { budgetOffsets } from "../../../src/core/projection/budget-offsets";
import { fiscalYearLabel } from "../../../src/core/projection/fiscal-year";
import {
  dueOrderInSteps,
  projectPortfolio,
  projectPortfolioInSteps,
  ID_SORT_STEP,
  SORT_ROWS_PER_STEP,
} from "../../../src/core/projection/project";
import { paymentsOf, ProjectionRow } from "../../../src/core/projection/payments";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import {
  portfolioEvents,
  portfolioEventsInSteps,
} from "../../../src/core/projection/subsidy-events";
import { BudgetOffset } from "../../../src/core/projection/budget-offsets";
import {
  OFFSETS_PER_STEP as SUMMARY_OFFSETS_PER_STEP,
  SummaryLine,
  summarize,
  summarizeInSteps,
} from "../../../src/core/projection/summary";
import { textOrderInSteps } from "../../../src/core/table/text-order-in-steps";
import { runSteps } from "../../../src/core/table/steps";
import { buildReport } from "../../../src/core/report/build-report";
import { blockRowAt, blockRowCount, OutputBlock } from "../../../src/core/report/output-model";
import { reportContext } from "../../../src/core/report/report-context";
import { projectionSheets } from "../../../src/core/report/sheets/projection-sheet";
import { currencySubtotals, ownerSubtotals } from "../../../src/core/report/office-fees";
import { applyProgrammes, BUILT_IN_PROGRAMMES, loadProgrammeRows } from "../../../src/core/subsidy";
import { Programme } from "../../../src/core/subsidy/programme";
import { CellValue } from "../../../src/core/table/table-schema";
import { safeCellValue } from "../../../src/excel/number-formats";
import { capCellText, planWrite } from "../../../src/excel/write-plan";
import { drain } from "../drain";

// Issue 14 made a run faster without changing what it writes: annual fee events no subsidy rule is about
// are left out when the events are made (not after), the Projection sheet's words and amounts are made
// once per distinct value, and the writer makes each request's rows safe when it sends them. Each test
// compares the new path with the old one (kept here as the reference) on random portfolios.

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
  "PCT publication date",
];
const KINDS: [string, number][] = [
  ["invention", 1],
  ["utility model", 2],
  ["design", 3],
];
const PLACES: [string, string][] = [
  ["ACME (Shenzhen)", "Shenzhen"],
  ["ACME (Shenzhen)", "深圳"],
  ["Beta Suzhou", "Suzhou"],
  ["Gamma KK", "Tokyo"],
  ["Delta", ""],
];
// An annuity refund (a test programme) makes some annual fee events count, so leaving out the others is
// tested against a programme set where it matters.
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
const PROGRAMMES = [...BUILT_IN_PROGRAMMES, ...REFUND];

const rightRow = fc
  .record({
    kind: fc.integer({ min: 0, max: 2 }),
    filed: fc.integer({ min: isoToDay("2012-01-01"), max: isoToDay("2025-06-30") }),
    grantAfter: fc.option(fc.integer({ min: 120, max: 1500 }), { nil: undefined }),
    reduction: fc.constantFrom("", "85%", 0.7),
    place: fc.integer({ min: 0, max: PLACES.length - 1 }),
    pct: fc.boolean(),
    owner: fc.constantFrom("Tokyo HQ", "Shenzhen Subsidiary", "=cmd|' /C calc'!A0", "Suzhou Plant"),
  })
  .map((r) => ({ ...r, grant: r.grantAfter === undefined ? undefined : r.filed + r.grantAfter }));

type Right = typeof rightRow extends fc.Arbitrary<infer T> ? T : never;
const ASOF = isoToDay("2022-01-01");

function grid(rights: Right[]) {
  const rows = rights.map((r, n) => {
    const [kind, digit] = KINDS[r.kind];
    const [applicant, location] = PLACES[r.place];
    return [
      `CN${new Date(r.filed * 86_400_000).getUTCFullYear()}${digit}${String(1_000_000 + n).padStart(7, "0")}.${n % 10}`,
      kind,
      dayToIso(r.filed),
      r.grant === undefined || r.grant >= ASOF ? "" : dayToIso(r.grant),
      r.grant === undefined || r.grant >= ASOF ? "pending" : "granted",
      r.reduction,
      r.owner,
      "CN",
      applicant,
      location,
      r.pct ? dayToIso(r.filed + 540) : "",
    ];
  });
  return { sheet: "P", top: 1, left: 0, values: [HEADER, ...rows] };
}

const settingsOf = (code: "CNY" | "JPY", startMonth: number): ProjectionSettings => ({
  asOf: ASOF,
  horizonYears: 6,
  fiscalYearStartMonth: startMonth,
  currency: { code, ratePerCny: new Money(code === "CNY" ? 1 : "21.5") },
  shiftToWorkday: false,
});

const portfolio = fc.array(rightRow, { minLength: 1, maxLength: 40 });

describe("subsidy offsets: annual fee events left out when made, as before after", () => {
  const settings = settingsOf("CNY", 1);
  function offsets(rights: Right[], early: boolean, programmes: readonly Programme[] = PROGRAMMES) {
    const read = readPortfolio(grid(rights));
    const projection = projectPortfolio(read.rights, settings).payments;
    const located = applicantLocations(read.records, "P");
    const events = portfolioEvents(
      read.records,
      projection,
      "P",
      located.conflicting,
      [],
      early ? subsidyRelevance(programmes, located.locations) : undefined
    );
    const applied = applySubsidies(events.events, programmes, located.locations);
    return {
      events: events.events.length,
      offsets: budgetOffsets(applied, settings).map((placed) => ({
        ...placed.offset,
        gross: placed.gross.toString(),
        applied: placed.applied.toString(),
        placement: placed.placement,
      })),
    };
  }

  it("gives the same offsets on random portfolios", () => {
    fc.assert(
      fc.property(portfolio, (rights) => {
        expect(offsets(rights, true).offsets).toEqual(offsets(rights, false).offsets);
      }),
      { numRuns: 60 }
    );
  });

  it("gives the same offsets when no rule is about CN annual fees (the projection is not looked at)", () => {
    fc.assert(
      fc.property(portfolio, (rights) => {
        expect(offsets(rights, true, BUILT_IN_PROGRAMMES).offsets).toEqual(
          offsets(rights, false, BUILT_IN_PROGRAMMES).offsets
        );
      }),
      { numRuns: 40 }
    );
  });

  it("holds fewer events, and the refund still pays (so the comparison is not empty)", () => {
    const rights: Right[] = Array.from({ length: 12 }, (_, n) => ({
      kind: n % 3,
      filed: isoToDay("2015-03-01") + n * 40,
      grantAfter: 700,
      grant: isoToDay("2015-03-01") + n * 40 + 700,
      reduction: "",
      place: n % PLACES.length,
      pct: n % 4 === 0,
      owner: "Tokyo HQ",
    }));
    const before = offsets(rights, false);
    const after = offsets(rights, true);
    expect(after.offsets).toEqual(before.offsets);
    expect(after.events).toBeLessThan(before.events);
    expect(after.offsets.some((o) => o.programmeId === "TEST" && o.applied !== "0")).toBe(true);
  });
});

/** The Projection sheet's rows as they were made before issue 14 (one translation and rounding per row). */
function oldProjectionRows(rows: ProjectionRow[], settings: ProjectionSettings): CellValue[][] {
  const ctx = reportContext({
    rights: 0,
    projection: paymentsOf(rows),
    summary: summarize(paymentsOf(rows), settings),
    deadlines: [],
    issues: [],
    settings,
    language: "en",
  });
  const { t, kind, converting } = ctx;
  return rows.map((row) => [
    row.id,
    row.owner,
    kind(row.kind),
    row.year,
    serialFromDay(row.due),
    fiscalYearLabel(row.fiscalYear, settings.fiscalYearStartMonth),
    yuanToCell(row.fee),
    row.reduction.toNumber(),
    yuanToCell(row.payable),
    ...(converting ? [row.converted.toNumber()] : []),
    (row.basis === "granted" ? t("basisGranted") : t("basisPending")) +
      (row.surcharge ? t("basisOverdue", { surcharge: yuanToCell(row.surcharge) }) : ""),
  ]);
}

describe("the Projection sheet's rows", () => {
  it("are the same as before on random portfolios, in CNY and converted", () => {
    fc.assert(
      fc.property(
        portfolio,
        fc.constantFrom<"CNY" | "JPY">("CNY", "JPY"),
        fc.constantFrom(1, 4),
        (rights, code, startMonth) => {
          const settings = settingsOf(code, startMonth);
          const read = readPortfolio(grid(rights));
          const { rows, payments } = projectPortfolio(read.rights, settings);
          const sheets = buildReport({
            rights: read.rights.length,
            projection: payments,
            summary: summarize(payments, settings),
            deadlines: [],
            issues: [],
            settings,
            language: "en",
          });
          const projection = sheets.find((sheet) => sheet.role === "projection");
          expect(projection?.blocks[0].rows).toEqual(oldProjectionRows(rows, settings));
        }
      ),
      { numRuns: 40 }
    );
  });
});

/** A block's rows as the writer planned them before issue 14: all of them, made safe, up front. */
function oldPlannedRows(block: OutputBlock) {
  let cut = 0;
  const cap = (value: CellValue, column: number) => {
    const capped = capCellText(value);
    if (capped.cut) cut += 1;
    return safeCellValue(capped.value, block.columns[column].format);
  };
  return {
    rows: [block.columns.map((c, i) => cap(c.header, i)), ...block.rows.map((row) => row.map(cap))],
    cut,
  };
}

describe("the write plan's rows, made when a request is sent", () => {
  const cell = fc.oneof(
    fc.integer(),
    fc.constantFrom("", "=SUM(A1)", "+86 755", "-", "@home", "plain", "x".repeat(32_800), true)
  );
  it("are the rows planned before, in any request size, with the same count of cut cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        (rows, chunk, refused) => {
          const block: OutputBlock = {
            top: 0,
            columns: [
              { header: "=Id", format: "text" },
              { header: "Note", format: "general" },
              { header: "Fee", format: "money" },
            ],
            rows,
          };
          const plan = planWrite(
            [{ role: "projection", name: "IP Projection", blocks: [block], charts: [] }],
            { sheets: [], tables: [] },
            "r1",
            { targetRequestBytes: 2_000_000, maxRowsPerRequest: 20_000 }
          );
          const planned = plan.sheets[0].blocks[0];
          const sent: unknown[][] = [];
          for (let start = 0; start < planned.dataRows + 1; start += chunk) {
            // A refused request asks for its rows again: their cut cells are counted once.
            if (refused) planned.rowsBetween(start, start + chunk);
            sent.push(...planned.rowsBetween(start, start + chunk));
          }
          const old = oldPlannedRows(block);
          expect(sent).toEqual(old.rows);
          expect(plan.cutCells).toBe(old.cut);
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("the Projection sheet's rows, made when written", () => {
  it("are not held by the plan: 120,001 rows are made only when asked, each as before", () => {
    const settings = settingsOf("JPY", 4);
    const filed = isoToDay("2018-03-01");
    const granted: Right = {
      kind: 0,
      filed,
      grantAfter: 700,
      grant: filed + 700,
      reduction: "85%",
      place: 0,
      pct: false,
      owner: "Tokyo HQ",
    };
    const read = readPortfolio(grid([granted]));
    const one = projectPortfolio(read.rights, settings).rows[0];
    const rows: ProjectionRow[] = Array.from({ length: 120_001 }, () => one);
    const input = {
      rights: 1,
      projection: paymentsOf(rows),
      summary: summarize(paymentsOf(rows.slice(0, 1)), settings),
      deadlines: [],
      issues: [],
      settings,
      language: "en" as const,
    };
    const block = projectionSheets(input, reportContext(input))[0].blocks[0];
    expect(block.source?.count).toBe(120_001);
    expect(blockRowCount(block)).toBe(120_001);
    const [expected] = oldProjectionRows([one], settings);
    expect(blockRowAt(block, 120_000)).toEqual(expected);
  });
});

/** The Summary's fee lines as summarize made them before (each line counted its amounts by itself). */
function oldFeeLines(rows: ProjectionRow[], settings: ProjectionSettings) {
  const lines = new Map<string, { payments: number; payable: Money; converted: Money }>();
  const counts = new Map<string, Map<Money, number>[]>();
  const add = (label: string, row: ProjectionRow) => {
    const line = lines.get(label) ?? {
      payments: 0,
      payable: new Money(0),
      converted: new Money(0),
    };
    lines.set(label, line);
    line.payments += 1;
    const [payable, converted] = counts.get(label) ?? [new Map(), new Map()];
    counts.set(label, [payable, converted]);
    payable.set(row.payable, (payable.get(row.payable) ?? 0) + 1);
    converted.set(row.converted, (converted.get(row.converted) ?? 0) + 1);
  };
  for (const row of rows) {
    add(`fy ${fiscalYearLabel(row.fiscalYear, settings.fiscalYearStartMonth)}`, row);
    add(`owner ${row.owner || "(no owner)"}`, row);
    add("total", row);
  }
  for (const [label, [payable, converted]] of counts) {
    const line = lines.get(label)!;
    for (const [amount, n] of payable)
      line.payable = line.payable.plus(roundToFen(amount).times(n));
    for (const [amount, n] of converted) line.converted = line.converted.plus(amount.times(n));
  }
  return new Map(
    [...lines].map(([label, l]) => [
      label,
      [l.payments, l.payable.toString(), l.converted.toString()],
    ])
  );
}

describe("the Summary's fee lines, summed per group of payments", () => {
  it("are the lines summed per line before, on random portfolios", () => {
    fc.assert(
      fc.property(
        portfolio,
        fc.constantFrom<"CNY" | "JPY">("CNY", "JPY"),
        fc.constantFrom(1, 4),
        (rights, code, startMonth) => {
          const settings = settingsOf(code, startMonth);
          const { rows, payments } = projectPortfolio(readPortfolio(grid(rights)).rights, settings);
          const summary = summarize(payments, settings);
          const made = new Map<string, unknown>();
          const lineOf = (prefix: string, line: SummaryLine) =>
            made.set(prefix + line.label, [
              line.payments,
              line.payable.toString(),
              line.converted.toString(),
            ]);
          summary.byFiscalYear.filter((l) => l.payments > 0).forEach((l) => lineOf("fy ", l));
          summary.byOwner.forEach((l) => lineOf("owner ", l));
          if (rows.length > 0) lineOf("", { ...summary.total, label: "total" });
          expect(made).toEqual(oldFeeLines(rows, settings));
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("the CN rows' subtotals beside other offices, counted per amount", () => {
  /** The totals as office-fees made them before: every CN row added one by one. */
  const oldTotals = (rows: ProjectionRow[], groupOf: (row: ProjectionRow) => string | number) => {
    const lines = new Map<string | number, [number, Money, Money]>();
    for (const row of rows) {
      const line = lines.get(groupOf(row)) ?? [0, new Money(0), new Money(0)];
      lines.set(groupOf(row), [
        line[0] + 1,
        line[1].plus(row.payable),
        line[2].plus(row.converted),
      ]);
    }
    return [...lines].map(([group, [n, amount, converted]]) => [
      group,
      n,
      amount.toString(),
      converted.toString(),
    ]);
  };
  it("are the sums of the rows one by one, on random portfolios", () => {
    fc.assert(
      fc.property(portfolio, fc.constantFrom<"CNY" | "JPY">("CNY", "JPY"), (rights, code) => {
        const settings = settingsOf(code, 4);
        const { rows, payments } = projectPortfolio(readPortfolio(grid(rights)).rights, settings);
        const made = (lines: { payments: number; amount: Money; converted?: Money }[]) =>
          lines.map((l) => [l.payments, l.amount.toString(), l.converted?.toString()]);
        const byYear = oldTotals(rows, (row) => row.fiscalYear).sort(
          (a, b) => Number(a[0]) - Number(b[0])
        );
        expect(made(currencySubtotals(payments, []))).toEqual(byYear.map((line) => line.slice(1)));
        const byOwner = oldTotals(rows, (row) => row.owner || "-").sort((a, b) =>
          String(a[0]) < String(b[0]) ? -1 : 1
        );
        expect(made(ownerSubtotals(payments, [], "-"))).toEqual(
          byOwner.map((line) => line.slice(1))
        );
      }),
      { numRuns: 60 }
    );
  });
});

describe("subsidies applied in steps", () => {
  it("pause every 1,000 events and give what applying them at once gives", () => {
    // 12,000 CN invention grants of 2021-2024 for two Shenzhen applicants and one in Tokyo.
    const events = Array.from({ length: 12_000 }, (_, n) => ({
      rightId: `CN${String(n).padStart(9, "0")}.1`,
      applicant: PLACES[n % 4][0],
      event: "grant" as const,
      jurisdiction: n % 5 === 0 ? "US" : "CN",
      rightType: "invention" as const,
      date: isoToDay("2021-01-04") + (n % 1_400),
    }));
    const locations = new Map(PLACES.map(([applicant, place]) => [applicant, place]));
    const steps = applySubsidiesInSteps(events, PROGRAMMES, locations);
    const { yields: paused, result: value } = drain(steps);
    // ACME (Shenzhen) has 6,000 grants (places 0 and 1 share its name): pauses within its grants.
    expect(paused.length).toBeGreaterThan(0);
    expect(paused).toEqual([...paused].sort((a, b) => a - b));
    expect(value.length).toBeGreaterThan(0);
    // As before: the engine run once per applicant in code-unit order, its offsets concatenated.
    const relevant = subsidyRelevance(PROGRAMMES, locations);
    const before = [...new Set(events.map((e) => e.applicant))]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap((applicant) => {
        const own = events.filter((e) => e.applicant === applicant).filter(relevant);
        return own.length === 0
          ? []
          : applyProgrammes(own, programmesFor(locations.get(applicant), PROGRAMMES));
      });
    expect(value).toEqual(before);
    expect(applySubsidies(events, PROGRAMMES, locations)).toEqual(before);
  });

  it("pause while one applicant's payments are looked at, though no rule is about them", () => {
    // 5,000 annuity payments of one Tokyo applicant: no built-in programme pays for them, so none is
    // applied, but looking at them all was one stretch of work.
    const payments = Array.from({ length: 5_000 }, (_, n) => ({
      rightId: `CN${String(n).padStart(9, "0")}.1`,
      applicant: "Tokyo HQ",
      event: "annuity-paid" as const,
      jurisdiction: "CN",
      rightType: "invention" as const,
      date: isoToDay("2027-01-04") + n,
      costBase: new Money(900),
    }));
    const steps = applySubsidiesInSteps(payments, PROGRAMMES, new Map([["Tokyo HQ", "Japan"]]));
    const { yields: paused, result: value } = drain(steps);
    // A pause after each 1,000 looked at; the share stays 0 until the applicant is done.
    expect(paused).toEqual([0, 0, 0, 0, 0]);
    expect(value).toEqual([]);
  });
});

describe("events and the summary made in steps", () => {
  it("pause every 1,000 portfolio rows and every 10,000 payments, giving what one call gives", () => {
    const settings = settingsOf("CNY", 1);
    const read = readPortfolio(grid(fc.sample(portfolio, { numRuns: 1, seed: 7 })[0]));
    // 12,000 rows: the random ones again and again under new IDs and rows, each with a PCT publication.
    const records = Array.from({ length: 12_000 }, (_, n) => ({
      ...read.records[n % read.records.length],
      id: `CN2019${String(n).padStart(8, "0")}.1`,
      row: n + 2,
      pctPublication: isoToDay("2020-02-03"),
    }));
    const payments = paymentsOf(
      Array.from({ length: 60_000 }, (_, n) => ({
        ...projectPortfolio(read.rights, settings).rows[0],
        sourceRow: 2 + (n % 12_000),
      }))
    );
    const located = applicantLocations(records, "P");
    const keep = subsidyRelevance(PROGRAMMES, located.locations);
    const { yields: paused, result: value } = drain(
      portfolioEventsInSteps(records, payments, "P", located.conflicting, [], keep)
    );
    // 12,000 rows (a pause after each 1,000), then 60,000 payments (a pause after each 10,000).
    const afterRows = Array.from({ length: 12 }, (_, n) => (n + 1) * 1_000);
    const afterPayments = Array.from({ length: 6 }, (_, n) => 12_000 + (n + 1) * 10_000);
    expect(paused.slice(0, 12)).toEqual(afterRows);
    expect(paused.slice(-6)).toEqual(afterPayments);
    // Between them, pauses while the 12,000+ one-time events are checked for duplicates and the rows
    // are indexed by applicant.
    const checking = paused.slice(12, -6);
    expect(checking.length).toBeGreaterThanOrEqual(12);
    expect(new Set(checking)).toEqual(new Set([12_000]));
    expect(value).toEqual(portfolioEvents(records, payments, "P", located.conflicting, [], keep));
    expect(value.events.length).toBeGreaterThan(12_000);
  });

  it("the summary pauses every 10,000 payments and sums what one call sums", () => {
    const settings = settingsOf("JPY", 4);
    const rows = projectPortfolio(
      readPortfolio(grid(fc.sample(portfolio, { numRuns: 1, seed: 3 })[0])).rights,
      settings
    ).rows;
    const many = paymentsOf(Array.from({ length: 120_001 }, (_, n) => rows[n % rows.length]));
    const { yields: paused, result: value } = drain(summarizeInSteps(many, settings));
    expect(paused).toEqual(Array.from({ length: 12 }, (_, n) => (n + 1) * 10_000)); // 120,001 payments
    expect(value).toEqual(summarize(many, settings));
  });
});

describe("the projection made in steps", () => {
  it("pauses every 1,000 rights and gives what projectPortfolio gives", () => {
    const settings = settingsOf("JPY", 4);
    const read = readPortfolio(grid(fc.sample(portfolio, { numRuns: 1, seed: 14 })[0]));
    // 12,000 rights: the random ones again and again under new IDs.
    const rights = Array.from({ length: 12_000 }, (_, n) => ({
      ...read.rights[n % read.rights.length],
      id: `CN2019${String(n).padStart(8, "0")}.1`,
      row: n + 2,
    }));
    const steps = projectPortfolioInSteps(rights, settings);
    const { yields: paused, result: value } = drain(steps);
    // Pauses while the IDs are sorted (0 rights done; one every ID_SORT_STEP items visited: the IDs'
    // characters, their keys (below 20,000: "0"/"1" then four digits), and the keys' two 14-bit digits
    // each counted and placed: 72,000 items), then before each 1,000th right
    // (1,000 … 12,000), then while the rows are sorted by due day (three passes over the rows, a pause
    // every SORT_ROWS_PER_STEP rows visited).
    const idSort = [
      ...textOrderInSteps(
        rights.map((_, i) => i),
        rights.map((right) => right.id),
        ID_SORT_STEP
      ),
    ].length;
    const rows = value.payments.length;
    expect(idSort).toBe(3);
    expect(paused).toEqual([
      ...Array.from({ length: idSort }, () => 0),
      ...Array.from({ length: 12 }, (_, n) => (n + 1) * 1_000),
      ...Array.from({ length: Math.floor((3 * rows - 1) / SORT_ROWS_PER_STEP) }, () => 12_000),
    ]);
    const { payments, issues, lapsed } = projectPortfolio(rights, settings);
    expect(rows).toBeGreaterThan(0);
    expect(value).toEqual({ payments, issues, lapsed });
  });
});

/** The sort by due day as projectPortfolio made it in one go before it paused (issue 14). */
function oldSortByDue<Row extends { due: number; id: string; year: number }>(rows: Row[]): Row[] {
  const sorted: Row[] = new Array<Row>(rows.length);
  if (rows.length === 0) return sorted;
  const dues = new Int32Array(rows.length);
  let first = rows[0].due;
  let last = first;
  for (let i = 0; i < rows.length; i += 1) {
    const due = (dues[i] = rows[i].due);
    if (due < first) first = due;
    if (due > last) last = due;
  }
  const starts = new Int32Array(last - first + 2);
  for (let i = 0; i < dues.length; i += 1) starts[dues[i] - first + 1] += 1;
  for (let i = 1; i < starts.length; i += 1) starts[i] += starts[i - 1];
  for (let i = 0; i < rows.length; i += 1) sorted[starts[dues[i] - first]++] = rows[i];
  for (let i = 1; i < sorted.length; i += 1) {
    for (
      let j = i;
      j > 0 &&
      sorted[j].due === sorted[j - 1].due &&
      sorted[j].id === sorted[j - 1].id &&
      sorted[j].year < sorted[j - 1].year;
      j -= 1
    ) {
      [sorted[j], sorted[j - 1]] = [sorted[j - 1], sorted[j]];
    }
  }
  return sorted;
}

/**
 * The columns dueOrderInSteps sorts: due days, each payment's right (one per ID), years, and each
 * right's ID group (its own: one right per ID).
 */
function columns(rows: { due: number; id: string; year: number }[]) {
  const ids = [...new Set(rows.map((row) => row.id))];
  return [
    Int32Array.from(rows, (row) => row.due),
    Int32Array.from(rows, (row) => ids.indexOf(row.id)),
    Uint16Array.from(rows, (row) => row.year),
    ids.map((_, group) => group),
  ] as const;
}

describe("the projection's payments sorted by due day in steps", () => {
  const row = fc.record({
    due: fc.integer({ min: 19_000, max: 19_030 }),
    id: fc.constantFrom("CN1", "CN2", "CN3"),
    year: fc.integer({ min: 1, max: 20 }),
    n: fc.nat(),
  });
  it("gives the order (due, ID, year) the one-go sort gave, pausing every perStep rows visited", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (rows, per) => {
        const { yields: paused, result: order } = drain(dueOrderInSteps(...columns(rows), per));
        expect([...order].map((i) => rows[i])).toEqual(oldSortByDue(rows));
        // Three passes: the due days read, the rows placed, the runs of one ID ordered (all but one).
        const visits = rows.length === 0 ? 0 : 3 * rows.length - 1;
        expect(paused).toEqual(
          Array.from({ length: Math.floor(visits / per) }, (_, n) => (n + 1) * per)
        );
      }),
      { numRuns: 200 }
    );
  });

  it("orders a worked example: same day by ID, one ID's years in order", () => {
    // As the projection makes them: by ID, each right's years in order; two rights share the ID "B".
    const rows = [
      { due: 2, id: "A", year: 1 },
      { due: 5, id: "A", year: 9 },
      { due: 5, id: "B", year: 3 },
      { due: 5, id: "B", year: 2 },
      { due: 3, id: "B", year: 4 },
    ];
    const order = runSteps(dueOrderInSteps(...columns(rows), 1));
    expect([...order].map((i) => `${rows[i].due}${rows[i].id}${rows[i].year}`)).toEqual([
      "2A1",
      "3B4",
      "5A9",
      "5B2",
      "5B3",
    ]);
  });
});

describe("the summary's subsidy offsets added in steps", () => {
  it("pauses every 10,000 offsets and sums what one call sums", () => {
    const settings = settingsOf("JPY", 4);
    const rows = projectPortfolio(
      readPortfolio(grid(fc.sample(portfolio, { numRuns: 1, seed: 5 })[0])).rights,
      settings
    ).payments;
    const placements = ["horizon", "before", "after", "other-currency"] as const;
    const fiscalYear = rows.fiscalYear[0] ?? 2026;
    const offsets = Array.from({ length: 25_001 }, (_, n): BudgetOffset => ({
      offset: {} as BudgetOffset["offset"],
      fiscalYear,
      placement: placements[n % 4],
      gross: new Money(`${n % 97}.125`),
      applied: new Money(`${n % 89}.125`),
      converted: new Money(`${n % 83}.5`),
    }));
    const steps = summarizeInSteps(rows, settings, offsets);
    const { yields: paused, result: value } = drain(steps);
    // Fewer than 10,000 payments and groups: the only pauses are two while the 25,001 offsets are
    // counted and two while their 25,001 counts are added (each offset here has amounts of its own).
    expect(rows.length).toBeLessThan(10_000);
    expect(SUMMARY_OFFSETS_PER_STEP).toBe(10_000);
    expect(paused).toEqual([rows.length, rows.length, rows.length, rows.length]);
    expect(value).toEqual(summarize(rows, settings, offsets));
    expect(value.offsets.all.offsets).toBe(18_751); // three placements of four are CNY
  });
});
