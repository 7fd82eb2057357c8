import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/civil";
import { isDomainError } from "../../../src/core/errors/domain-error";
import { Money, moneyPool } from "../../../src/core/money/money";
import { NextPayment, shiftedIf } from "../../../src/core/offices/cn/next-payment";
import { CN_RULES, CnRules } from "../../../src/core/offices/cn/rules";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import {
  DeadlineRow,
  DeadlineRows,
  deadlinesInSteps,
  urgencyOrderInSteps,
} from "../../../src/core/projection/deadlines";
import { paymentRows } from "../../../src/core/projection/payments";
import {
  compareText,
  projectPortfolio,
  projectPortfolioInSteps,
} from "../../../src/core/projection/project";
import { scheduleOfRight } from "../../../src/core/projection/right-schedule";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { sortInSteps } from "../../../src/core/table/sort-in-steps";
import { runSteps } from "../../../src/core/table/steps";
import { drain } from "../drain";
import { standingOfBefore } from "./reference/right-standing-before";
import { SETTINGS } from "./hand-checked-portfolio";

// Issue 14: the Deadlines rows are written out (no spread base), their costs to the end of the term are
// remembered running sums, a lapsed right's schedule is not made twice, and long runs of rows with the
// same urgency and day are ordered by a merge sort with the comparison written out. The code before is
// kept here as the oracle: the same rows (values, keys and their order) in the same order. Session 8: the
// standing (which now hands its schedule to the cost to the end of the term) is the one before, too.
const URGENCY: Record<DeadlineRow["status"], number> = {
  grace: 0,
  "registration-due": 1,
  upcoming: 1,
  "registration-missed": 2,
  lapsed: 2,
  "paid-to-term-end": 3,
  expired: 4,
  abandoned: 5,
};

function oldRowsOf(
  right: PortfolioRight,
  settings: ProjectionSettings,
  rules: CnRules,
  shared: (amount: Money) => Money
): DeadlineRow[] {
  const base = {
    sourceRow: right.row,
    id: right.id,
    owner: right.owner,
    kind: right.kind,
    costToTermEnd: shared(new Money(0)),
  };
  if (right.status === "abandoned") return [{ ...base, status: "abandoned" }];
  if (right.status === "lapsed") return [{ ...base, status: "lapsed" }];
  const standing = standingOfBefore(right, settings.asOf, rules);
  const { payment } = standing;
  if (payment.year === undefined) return [{ ...base, status: payment.status }];
  const { rows } = scheduleOfRight(right, settings.asOf, false, rules, {
    fromYear: standing.lastYearPaid + 1,
  });
  const payable = (value: Money | Error | undefined) =>
    value === undefined || isDomainError(value) ? new Money(0) : (value as Money);
  const lapsed = payment.status === "lapsed" || payment.status === "registration-missed";
  const costToTermEnd = shared(
    lapsed ? new Money(0) : rows.reduce((sum, row) => sum.plus(payable(row.payable)), new Money(0))
  );
  const shown = (day: number | undefined) => shiftedIf(day, settings.shiftToWorkday, rules);
  const rowOf = (p: NextPayment): DeadlineRow => ({
    ...base,
    status: p.status,
    year: p.year,
    due: shown(p.due),
    fee: isDomainError(p.payable) ? undefined : p.payable,
    feeProblem: isDomainError(p.payable) ? p.payable.message : undefined,
    surcharge: p.status === "grace" ? p.surcharge : undefined,
    lastDay: shown(p.lastDay),
    restorationCost: p.restoration?.cost,
    restorationByNotice: shown(p.restoration?.byNotice),
    restorationBy: shown(p.restoration?.forceMajeureBy),
    costToTermEnd,
  });
  const list = [rowOf(payment)];
  if (standing.alsoDue) list.unshift(rowOf(standing.alsoDue));
  return list;
}

function* oldUrgencyOrder(
  urgency: readonly number[],
  days: readonly (number | undefined)[],
  ids: readonly string[],
  perStep = 50_000
): Generator<number, number[], void> {
  const n = urgency.length;
  let first = Infinity;
  let last = -Infinity;
  let levels = 0;
  for (let i = 0; i < n; i += 1) {
    const day = days[i];
    if (day !== undefined) {
      if (day < first) first = day;
      if (day > last) last = day;
    }
    if (urgency[i] + 1 > levels) levels = urgency[i] + 1;
  }
  if (first === Infinity) first = last = 0;
  // One slot per day and one after the last for rows without a day.
  const span = last - first + 2;
  if (span > 400_000 || !Number.isInteger(first) || !Number.isInteger(last)) {
    const key = (i: number) => days[i] ?? Number.MAX_SAFE_INTEGER;
    return yield* sortInSteps(
      Array.from({ length: n }, (_, i) => i),
      (a, b) => urgency[a] - urgency[b] || key(a) - key(b) || compareText(ids[a], ids[b]) || a - b
    );
  }
  const slot = new Int32Array(n);
  const starts = new Int32Array(levels * span + 1);
  for (let i = 0; i < n; i += 1) {
    const day = days[i];
    slot[i] = urgency[i] * span + (day === undefined ? span - 1 : day - first);
    starts[slot[i] + 1] += 1;
  }
  for (let s = 1; s < starts.length; s += 1) starts[s] += starts[s - 1];
  const order: number[] = new Array<number>(n);
  let visited = 0;
  for (let i = 0; i < n; i += 1) {
    if (++visited % perStep === 0) yield visited;
    order[starts[slot[i]]++] = i;
  }
  let nextPause = visited + perStep;
  // Rows with the same urgency and day, ordered by id (equal ids kept in their order): a few rows each are
  // moved into place; a large run (rows with no day, all "abandoned" say) is sorted in steps.
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && slot[order[end]] === slot[order[start]]) end += 1;
    if (end - start > 32) {
      const run = yield* sortInSteps(order.slice(start, end), (a, b) =>
        compareText(ids[a], ids[b])
      );
      for (let k = 0; k < run.length; k += 1) order[start + k] = run[k];
    } else {
      for (let i = start + 1; i < end; i += 1)
        for (let j = i; j > start && compareText(ids[order[j]], ids[order[j - 1]]) < 0; j -= 1)
          [order[j], order[j - 1]] = [order[j - 1], order[j]];
    }
    visited += end - start;
    if (visited >= nextPause) {
      nextPause = visited + perStep;
      yield visited;
    }
    start = end;
  }
  return order;
}

function oldDeadlines(
  rights: readonly PortfolioRight[],
  settings: ProjectionSettings,
  rules: CnRules = CN_RULES
): DeadlineRow[] {
  const rows: DeadlineRow[] = [];
  const shared = moneyPool();
  for (const right of rights) {
    try {
      for (const row of oldRowsOf(right, settings, rules, shared)) rows.push(row);
    } catch (error) {
      if (!isDomainError(error)) throw error;
    }
  }
  const when = (row: DeadlineRow) =>
    row.status === "grace"
      ? row.lastDay
      : row.status === "lapsed" || row.status === "registration-missed"
        ? row.restorationBy
        : row.due;
  const order = runSteps(
    oldUrgencyOrder(
      rows.map((row) => URGENCY[row.status]),
      rows.map(when),
      rows.map((row) => row.id)
    )
  );
  return order.map((index) => rows[index]);
}

/** A row as compared: its keys in order, and every amount as its value. */
const plain = (row: DeadlineRow) =>
  Object.entries(row).map(([key, value]) => [
    key,
    value instanceof Money ? `money:${value.toString()}` : value,
  ]);

const kinds = ["invention", "utility", "design"] as const;
const statuses = ["granted", "pending", "lapsed", "abandoned"] as const;
const rightArb = (ids: fc.Arbitrary<string>) =>
  fc.record({
    id: ids,
    kind: fc.constantFrom(...kinds),
    filingOffset: fc.integer({ min: 0, max: 365 * 24 }),
    grantAfter: fc.option(fc.integer({ min: -30, max: 365 * 6 }), { nil: undefined }),
    status: fc.constantFrom(...statuses),
    lastPaidYear: fc.option(fc.integer({ min: 0, max: 22 }), { nil: undefined }),
    reduction: fc.constantFrom("0", "0.85", "0.7", "0.6"),
    notice: fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
  });

// Reductions are shared per value, as the portfolio reader shares them.
const REDUCTIONS = new Map(["0", "0.85", "0.7", "0.6"].map((text) => [text, new Money(text)]));

type Drawn = typeof rightArb extends (ids: never) => fc.Arbitrary<infer T> ? T : never;

function rightOf(r: Drawn, row: number): PortfolioRight {
  const filing = isoToDay("2002-01-01") + r.filingOffset;
  return {
    row,
    id: r.id,
    title: "",
    kind: r.kind,
    filing,
    grant: r.grantAfter === undefined ? undefined : filing + r.grantAfter,
    status: r.status,
    reduction: REDUCTIONS.get(r.reduction)!,
    lastPaidYear: r.lastPaidYear,
    owner: `Owner ${row % 3}`,
    jurisdiction: "CN",
    ...(r.notice === undefined ? {} : { lapseNotice: isoToDay("2025-10-01") + r.notice }),
  };
}

function expectSame(rights: PortfolioRight[], settings: ProjectionSettings) {
  const expected = oldDeadlines(rights, settings).map(plain);
  const actual = drain(deadlinesInSteps(rights, settings)).result;
  expect(actual.map(plain)).toEqual(expected);
  // As a run makes them: from the schedule the projection makes for each right (years to the end of
  // the term, wider than the projection's own), in the ID order it sorted, and the projection unchanged.
  const made = new DeadlineRows(settings);
  const withRows = runSteps(projectPortfolioInSteps(rights, settings, CN_RULES, made));
  expect(runSteps(made.orderedInSteps(rights.length)).map(plain)).toEqual(expected);
  const alone = projectPortfolio(rights, settings);
  expect(paymentRows(withRows.payments)).toEqual(alone.rows);
  expect(withRows.issues).toEqual(alone.issues);
  expect(withRows.lapsed).toEqual(alone.lapsed);
}

describe("the Deadlines rows, against the code they replace", () => {
  it("are the same rows in the same order on random rights, shifted or not", () => {
    const ids = fc.constantFrom("A", "B", "C", "CN1", "CN10", "CN2", "ZL2020");
    fc.assert(
      fc.property(
        fc.array(rightArb(ids), { maxLength: 60 }),
        fc.boolean(),
        // Horizons shorter than most terms (SETTINGS' 3 years) and longer than every term.
        fc.constantFrom(3, 12, 25),
        (drawn, shift, horizonYears) => {
          const rights = drawn.map((r, index) => rightOf(r, index + 2));
          expectSame(rights, { ...SETTINGS, shiftToWorkday: shift, horizonYears });
        }
      ),
      { numRuns: 150, seed: 1414 }
    );
  });

  it("are the same when long runs of rows share an urgency and a day (abandoned, expired, lapsed)", () => {
    const ids = fc.string({ maxLength: 4 }).map((text) => `CN${text}`);
    const longRuns = fc.array(rightArb(ids), { minLength: 150, maxLength: 400 }).map((drawn) =>
      // Old filings and ledger statuses: most rows have no day, in runs of dozens of rows or more.
      drawn.map((r, index) => ({
        ...r,
        filingOffset: r.filingOffset % 1500,
        status: index % 3 === 0 ? ("abandoned" as const) : r.status,
      }))
    );
    fc.assert(
      fc.property(longRuns, (drawn) => {
        expectSame(
          drawn.map((r, index) => rightOf(r, index + 2)),
          SETTINGS
        );
      }),
      { numRuns: 25, seed: 1415 }
    );
  });

  it("orders rows with the same pauses as before (placing, short runs, long runs by id)", () => {
    const rowArb = fc.record({
      // Few slots (urgency, day): runs of dozens of rows, past the one-by-one limit, among short ones.
      urgency: fc.integer({ min: 0, max: 2 }),
      day: fc.constantFrom(20_000, 20_001, 20_005, undefined),
      id: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 500 }),
        fc.integer({ min: 1, max: 90 }),
        (rows, perStep) => {
          const urgency = rows.map((row) => row.urgency);
          const days = rows.map((row) => row.day);
          const ids = rows.map((row) => row.id);
          const before = drain(oldUrgencyOrder(urgency, days, ids, perStep));
          const now = drain(urgencyOrderInSteps(urgency, days, ids, perStep));
          expect(now.result).toEqual(before.result);
          expect(now.yields).toEqual(before.yields);
        }
      ),
      { numRuns: 300, seed: 1417 }
    );
  });

  it("share one cost instance per value, and one zero", () => {
    const drawn = fc.sample(rightArb(fc.constant("X")), { numRuns: 300, seed: 1416 });
    const rows = drain(
      deadlinesInSteps(
        drawn.map((r, i) => rightOf(r, i + 2)),
        SETTINGS
      )
    ).result;
    const byValue = new Map<string, Set<Money>>();
    for (const row of rows) {
      const key = row.costToTermEnd.toString();
      if (!byValue.has(key)) byValue.set(key, new Set());
      byValue.get(key)!.add(row.costToTermEnd);
    }
    expect(byValue.get("0")?.size).toBe(1);
    expect([...byValue.values()].every((instances) => instances.size === 1)).toBe(true);
    expect(byValue.size).toBeGreaterThan(5);
  });
});
