/* global describe, expect, it */
import fc from "fast-check";
import { civilFromDay, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { BUILT_IN_PROGRAMMES, SubsidyEvent, applyProgrammes } from "../../../src/core/subsidy";

// Invariants over arbitrary portfolios (conventions.md §7): applied never exceeds gross nor goes below 0,
// inputs are not changed, every event of a matching kind gets an offset, and the Shenzhen 2021 count cap
// holds: at most 5 paid domestic invention grants per applicant per year, 5 × 2,500 = 12,500.
const anyEvent: fc.Arbitrary<SubsidyEvent> = fc
  .record({
    right: fc.integer({ min: 0, max: 40 }),
    applicant: fc.constantFrom("Acme", "Beta"),
    kind: fc.constantFrom<SubsidyEvent["event"]>(
      "grant",
      "publication",
      "registration",
      "premium-paid",
      "filing",
      "annuity-paid"
    ),
    office: fc.constantFrom("CN", "US", "JP", "EP", "KR", "EM", "PCT", "MADRID"),
    day: fc.integer({ min: isoToDay("2020-06-01"), max: isoToDay("2025-06-01") }),
    cost: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
  })
  .map(({ right, applicant, kind, office, day, cost }) => {
    const event: SubsidyEvent = {
      // One-time events must be unique per right and office: the kind is part of the id.
      rightId: `${kind}-${office}-${right}-${kind.endsWith("paid") ? day : ""}`,
      applicant,
      event: kind,
      jurisdiction: office,
      rightType: kind === "registration" ? "trademark" : "invention",
      date: day,
    };
    if (cost !== undefined) event.costBase = new Money(cost);
    return event;
  });

const portfolios = fc.uniqueArray(anyEvent, {
  maxLength: 60,
  selector: (event) => `${event.rightId}|${event.jurisdiction}|${event.event}`,
});

describe("subsidy engine invariants", () => {
  it("keeps 0 ≤ applied ≤ gross for every offset, drafts included", () => {
    fc.assert(
      fc.property(portfolios, fc.boolean(), (events, includeDrafts) => {
        for (const offset of applyProgrammes(events, BUILT_IN_PROGRAMMES, { includeDrafts })) {
          expect(offset.applied.gte(0)).toBe(true);
          expect(offset.applied.lte(offset.gross)).toBe(true);
        }
      })
    );
  });

  it("does not change its inputs", () => {
    fc.assert(
      fc.property(portfolios, (events) => {
        const before = JSON.stringify(events);
        applyProgrammes(events, BUILT_IN_PROGRAMMES);
        expect(JSON.stringify(events)).toBe(before);
      })
    );
  });

  it("never pays more than 5 SZ-2021 domestic invention grants per applicant per year", () => {
    const cnGrants = fc.uniqueArray(
      fc.record({
        right: fc.integer({ min: 0, max: 30 }),
        applicant: fc.constantFrom("Acme", "Beta"),
        day: fc.integer({ min: isoToDay("2020-11-01"), max: isoToDay("2022-02-01") }),
      }),
      { maxLength: 30, selector: (grant) => grant.right }
    );
    fc.assert(
      fc.property(cnGrants, (grants) => {
        const events: SubsidyEvent[] = grants.map(({ right, applicant, day }) => ({
          rightId: `CN-${right}`,
          applicant,
          event: "grant",
          jurisdiction: "CN",
          rightType: "invention",
          date: day,
        }));
        const paid = new Map<string, Money>();
        for (const offset of applyProgrammes(events, BUILT_IN_PROGRAMMES)) {
          if (offset.ruleId !== "SZ-2021/cn-invention-grant" || offset.part !== "per-case")
            continue;
          const key = `${offset.applicant}|${civilFromDay(offset.date).year}`;
          paid.set(key, (paid.get(key) ?? new Money(0)).plus(offset.applied));
        }
        // at most 5 × 2,500 = 12,500 per applicant per year
        for (const total of paid.values()) expect(total.lte(12500)).toBe(true);
      })
    );
  });

  it("keeps each applicant's insurance refunds within 200,000 per year", () => {
    fc.assert(
      fc.property(portfolios, (events) => {
        const totals = new Map<string, Money>();
        for (const offset of applyProgrammes(events, BUILT_IN_PROGRAMMES)) {
          if (offset.programmeId !== "SZ-INS-2024") continue;
          const key = `${offset.applicant}|${civilFromDay(offset.date).year}`;
          totals.set(key, (totals.get(key) ?? new Money(0)).plus(offset.applied));
        }
        for (const total of totals.values()) expect(total.lte(200000)).toBe(true);
      })
    );
  });
});
