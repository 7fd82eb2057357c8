import fc from "fast-check";
import { addYearsClamped, isoToDay } from "../../../src/core/dates/civil";
import { registrationDeadline } from "../../../src/core/offices/cn/deadlines";
import { shiftToWorkingDay } from "../../../src/core/offices/cn/holiday-calendar";
import { isDomainError } from "../../../src/core/errors/domain-error";
import { Money } from "../../../src/core/money/money";
import { nextPayment } from "../../../src/core/offices/cn/next-payment";
import { CN_RULES, CnRules } from "../../../src/core/offices/cn/rules";
import { annuitySchedule } from "../../../src/core/offices/cn/schedule";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { scheduleOfRight } from "../../../src/core/projection/right-schedule";
import { standingOf, standingWithSchedule } from "../../../src/core/projection/right-standing";
import { nextPaymentBefore } from "./reference/next-payment-before";
import { standingOfBefore } from "./reference/right-standing-before";
import { annuityScheduleBefore } from "./reference/schedule-before";

// Session 8: the standing of a right reads one schedule (made once, with the reduction) instead of one
// per question, nextPayment writes its result out, and the schedule prices years without an object per
// fee. The code before is kept in reference/ as the oracle: the same values, keys in the same order, and
// the same errors (code, field, message) in the same situations.

/** A value as compared: amounts by their value, errors by code, field and message, keys in order. */
function plain(value: unknown): unknown {
  if (value instanceof Money) return `money:${value.toString()}`;
  if (isDomainError(value)) return { error: [value.code, value.field, value.message] };
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object")
    return Object.entries(value).map(([key, inner]) => [key, plain(inner)]);
  return value;
}

/** What a call returns, or the domain error it throws. */
function outcome(call: () => unknown): unknown {
  try {
    return plain(call());
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { thrown: plain(error) };
  }
}

/** The built-in rules with gaps: no fee for some years, no fee schedule or reduction rule before 2004. */
function gappyRules(): CnRules {
  const feeSchedules = CN_RULES.feeSchedules.map((dated, index) => {
    const fees = { ...dated.value.fees };
    const drop = (list: (Money | undefined)[], years: number[]) =>
      list.map((fee, year) => (years.includes(year) ? undefined : fee));
    fees.invention = drop(fees.invention, index === 0 ? [18] : [20]);
    fees.utility = drop(fees.utility, [9]);
    return { from: dated.from, value: { ...dated.value, fees } };
  });
  const late = isoToDay("2004-01-01");
  return {
    ...CN_RULES,
    feeSchedules: [{ ...feeSchedules[0], from: late }, ...feeSchedules.slice(1)],
    reductionWindowYears: CN_RULES.reductionWindowYears.map((dated, index) =>
      index === 0 ? { ...dated, from: Math.max(dated.from, late) } : dated
    ),
  };
}

const RULES = [CN_RULES, gappyRules()];
const REDUCTIONS = ["0", "0.85", "0.7", "0.6"].map((text) => new Money(text));
const kinds = ["invention", "utility", "design"] as const;
const statuses = ["granted", "pending", "lapsed", "abandoned"] as const;

const rightArb = fc.record({
  kind: fc.constantFrom(...kinds),
  // From 1996 to 2026, with 29 February filings drawn often.
  filing: fc.oneof(
    fc.integer({ min: isoToDay("1996-01-01"), max: isoToDay("2026-12-31") }),
    fc.constantFrom("2000-02-29", "2004-02-29", "2016-02-29", "2020-02-29").map(isoToDay)
  ),
  // Grants before filing, at registration, years later, or after the term's end.
  grantAfter: fc.option(
    fc.oneof(fc.integer({ min: -40, max: 365 * 8 }), fc.integer({ min: 365 * 9, max: 365 * 26 })),
    { nil: undefined }
  ),
  status: fc.constantFrom(...statuses),
  lastPaidYear: fc.option(fc.oneof(fc.integer({ min: 0, max: 22 }), fc.constantFrom(-1, 2.5, 30)), {
    nil: undefined,
  }),
  reduction: fc.nat(REDUCTIONS.length - 1),
  notice: fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
});

type Drawn = typeof rightArb extends fc.Arbitrary<infer T> ? T : never;

function rightOf(r: Drawn): PortfolioRight {
  return {
    row: 2,
    id: "CN1",
    title: "",
    kind: r.kind,
    filing: r.filing,
    grant: r.grantAfter === undefined ? undefined : r.filing + r.grantAfter,
    status: r.status,
    reduction: REDUCTIONS[r.reduction],
    lastPaidYear: r.lastPaidYear,
    owner: "Owner",
    jurisdiction: "CN",
    ...(r.notice === undefined ? {} : { lapseNotice: isoToDay("2025-10-01") + r.notice }),
  };
}

// As-of dates from 2000 to 2045: before, during and after most terms.
const asOfArb = fc.integer({ min: isoToDay("2000-01-01"), max: isoToDay("2045-12-31") });
// Or a few days around an anniversary or the registration deadline, moved off a rest day or not: the
// day a fee becomes due is where the next one is decided.
const nearArb = fc.option(
  fc.record({
    years: fc.integer({ min: 0, max: 22 }),
    days: fc.integer({ min: -3, max: 3 }),
    shifted: fc.boolean(),
  }),
  { nil: undefined }
);
type Near = { years: number; days: number; shifted: boolean };

function asOfNear(right: PortfolioRight, asOf: number, near: Near | undefined): number {
  if (near === undefined) return asOf;
  const formal =
    near.years === 0 && right.grant !== undefined
      ? registrationDeadline(right.grant)
      : addYearsClamped(right.filing, near.years);
  return (near.shifted ? shiftToWorkingDay(CN_RULES.holidays, formal) : formal) + near.days;
}

describe("a right's standing, against the code it replaces", () => {
  it("is the same standing, or the same error, on random rights, rules and dates", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        rightArb,
        asOfArb,
        nearArb,
        fc.nat(RULES.length - 1),
        (drawn, day, near, rulesIndex) => {
          const right = rightOf(drawn);
          const asOf = asOfNear(right, day, near);
          const rules = RULES[rulesIndex];
          expect(outcome(() => standingOf(right, asOf, rules))).toEqual(
            outcome(() => standingOfBefore(right, asOf, rules))
          );
          try {
            const { standing } = standingWithSchedule(right, asOf, rules);
            seen.add(standing.payment.status);
            if (standing.alsoDue) seen.add("also due");
            if (isDomainError(standing.payment.payable)) seen.add("fee problem");
          } catch (error) {
            if (isDomainError(error)) seen.add(error.code);
          }
        }
      ),
      { numRuns: 3000, seed: 808 }
    );
    // The draws reach every status, both rows due, and each failure.
    expect([...seen].sort()).toEqual(
      [
        "also due",
        "date-order",
        "expired",
        "fee problem",
        "grace",
        "invalid-number",
        "lapsed",
        "no-rule-in-force",
        "paid-to-term-end",
        "reduction-needs-grant",
        "registration-due",
        "registration-missed",
        "upcoming",
      ].sort()
    );
  });

  it("hands over the payables of the schedule scheduleOfRight makes, from the year after the last paid", () => {
    fc.assert(
      fc.property(
        rightArb,
        asOfArb,
        nearArb,
        fc.nat(RULES.length - 1),
        (drawn, day, near, rulesIndex) => {
          const right = rightOf(drawn);
          const asOf = asOfNear(right, day, near);
          const rules = RULES[rulesIndex];
          let found;
          try {
            found = standingWithSchedule(right, asOf, rules);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            return;
          }
          if (found.payables === undefined) return;
          const fromYear = found.standing.lastYearPaid + 1;
          const { rows } = scheduleOfRight(right, asOf, false, rules, { fromYear });
          expect(plain(found.payables)).toEqual(plain(rows.map((row) => row.payable)));
        }
      ),
      { numRuns: 2000, seed: 809 }
    );
  });
});

describe("nextPayment and the schedule, against the code they replace", () => {
  const requestArb = fc.record({
    right: rightArb,
    lastYearPaid: fc.oneof(fc.integer({ min: 0, max: 22 }), fc.constantFrom(-1, 2.5, 30)),
    asOf: asOfArb,
    rulesIndex: fc.nat(RULES.length - 1),
  });

  it("nextPayment gives the same payment, or the same error", () => {
    fc.assert(
      fc.property(requestArb, ({ right: drawn, lastYearPaid, asOf, rulesIndex }) => {
        const right = rightOf(drawn);
        const request = {
          kind: right.kind,
          filing: right.filing,
          lastYearPaid,
          asOf,
          grant: right.grant,
          reduction: right.reduction,
          lapseNotice: right.lapseNotice,
        };
        const rules = RULES[rulesIndex];
        expect(outcome(() => nextPayment(request, rules))).toEqual(
          outcome(() => nextPaymentBefore(request, rules))
        );
      }),
      { numRuns: 3000, seed: 810 }
    );
  });

  it("annuitySchedule from the first year legally due on a day is the old schedule from that row", () => {
    fc.assert(
      fc.property(
        rightArb,
        asOfArb,
        nearArb,
        fc.nat(RULES.length - 1),
        (drawn, day, near, rulesIndex) => {
          const right = rightOf(drawn);
          const asOf = asOfNear(right, day, near);
          const request = {
            kind: right.kind,
            filing: right.filing,
            grant: right.grant,
            reduction: right.reduction,
          };
          const rules = RULES[rulesIndex];
          const before = () => {
            const rows = annuityScheduleBefore(request, rules);
            const first = rows.findIndex(
              (row) => shiftToWorkingDay(rules.holidays, row.due) >= asOf
            );
            return first < 0 ? [] : rows.slice(first);
          };
          expect(outcome(() => annuitySchedule(request, rules, { legallyDueFrom: asOf }))).toEqual(
            outcome(before)
          );
        }
      ),
      { numRuns: 2000, seed: 812 }
    );
  });

  it("annuitySchedule gives the same rows, or the same error, in any window", () => {
    const windowArb = fc.record(
      {
        fromYear: fc.integer({ min: 0, max: 22 }),
        dueFrom: asOfArb,
        dueBefore: asOfArb,
      },
      { requiredKeys: [] }
    );
    fc.assert(
      fc.property(
        rightArb,
        fc.boolean(),
        windowArb,
        fc.nat(RULES.length - 1),
        (drawn, shiftToWorkday, window, rulesIndex) => {
          const right = rightOf(drawn);
          const request = {
            kind: right.kind,
            filing: right.filing,
            grant: right.grant,
            reduction: right.reduction,
            shiftToWorkday,
          };
          const rules = RULES[rulesIndex];
          expect(outcome(() => annuitySchedule(request, rules, window))).toEqual(
            outcome(() => annuityScheduleBefore(request, rules, window))
          );
        }
      ),
      { numRuns: 2000, seed: 811 }
    );
  });
});
