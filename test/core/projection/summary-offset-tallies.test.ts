import { Money, roundToFen } from "../../../src/core/money/money";
import { BudgetOffset, OffsetPlacement } from "../../../src/core/projection/budget-offsets";
import { paymentsOf } from "../../../src/core/projection/payments";
import { projectPortfolio } from "../../../src/core/projection/project";
import { summarize } from "../../../src/core/projection/summary";
import { HAND_CHECKED, SETTINGS } from "./hand-checked-portfolio";

// The Summary counts offsets per placement, fiscal year and amounts, then adds each count times its
// amounts. This checks it against the plain sum, offset by offset, of what each line must hold: a run's
// offsets share a few amount instances (one per programme rule), while some carry amounts of their own.
const payments = paymentsOf(projectPortfolio(HAND_CHECKED, SETTINGS).rows);
const placements: OffsetPlacement[] = ["horizon", "before", "after", "other-currency"];
const inYen = (amount: Money) => amount.times(20).toDecimalPlaces(0);
const shared = [new Money("1000.125"), new Money("2500"), new Money("333.335")];
const sharedYen = shared.map(inYen);
const offsets: BudgetOffset[] = Array.from({ length: 500 }, (_, n) => {
  // Every third offset has amounts of its own, equal in value to a shared one (a count per instance).
  const own = n % 3 === 0;
  const applied = own ? new Money(shared[n % 2].toString()) : shared[n % 3];
  return {
    offset: {} as BudgetOffset["offset"],
    fiscalYear: 2026 + (n % 3),
    placement: placements[n % 4],
    gross: applied,
    applied,
    converted: own ? inYen(applied) : sharedYen[n % 3],
  };
});

/** What a line must hold, offset by offset: the count and the sums of the rounded amounts. */
function plainSum(kept: BudgetOffset[]) {
  return {
    offsets: kept.length,
    applied: kept.reduce((sum, o) => sum.plus(roundToFen(o.applied)), new Money(0)).toString(),
    converted: kept.reduce((sum, o) => sum.plus(o.converted), new Money(0)).toString(),
  };
}

describe("the Summary's subsidy offsets, counted per amount", () => {
  const summary = summarize(payments, SETTINGS, offsets);

  it("sums each placement as the offsets one by one do", () => {
    for (const placement of ["horizon", "before", "after"] as const) {
      const { offsets: count, applied, converted } = summary.offsets[placement];
      expect({
        offsets: count,
        applied: applied.toString(),
        converted: converted.toString(),
      }).toEqual(plainSum(offsets.filter((o) => o.placement === placement)));
    }
    const all = summary.offsets.all;
    expect({
      offsets: all.offsets,
      applied: all.applied.toString(),
      converted: all.converted.toString(),
    }).toEqual(plainSum(offsets.filter((o) => o.placement !== "other-currency")));
    // 125 of the 500 are in another currency: counted, not added.
    expect(summary.offsets["other-currency"].offsets).toBe(125);
  });

  it("subtracts the horizon's offsets in their fiscal year and the total", () => {
    const horizon = offsets.filter((o) => o.placement === "horizon");
    const expected = plainSum(horizon);
    expect([summary.total.offsets, summary.total.subsidies.toString()]).toEqual([
      expected.offsets,
      expected.applied,
    ]);
    expect(summary.total.subsidiesConverted.toString()).toBe(expected.converted);
    for (const line of summary.byFiscalYear) {
      const year = Number(line.label.replace(/\D/g, ""));
      const inYear = plainSum(horizon.filter((o) => o.fiscalYear === year));
      expect([line.label, line.offsets, line.subsidies.toString()]).toEqual([
        line.label,
        inYear.offsets,
        inYear.applied,
      ]);
    }
    // The horizon's offsets are every fourth: 125, of amounts 1000.13 (rounded), 2500 and 333.34.
    expect(summary.total.offsets).toBe(125);
  });
});
