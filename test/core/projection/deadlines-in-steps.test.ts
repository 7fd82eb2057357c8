import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import {
  DEADLINE_RIGHTS_PER_STEP,
  DeadlineRow,
  deadlines,
  deadlinesInSteps,
} from "../../../src/core/projection/deadlines";
import { officeDeadlinesInSteps } from "../../../src/core/projection/office-deadlines";
import { compareText } from "../../../src/core/projection/project";
import { SETTINGS } from "./hand-checked-portfolio";

// Issue 14: deadlines are made in steps of 1,000 rights (the pane repaints between them), and sorted on
// keys taken once per row. The old sort is kept here as the reference.
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
function oldOrder(rows: DeadlineRow[]): DeadlineRow[] {
  const when = (row: DeadlineRow) =>
    (row.status === "grace"
      ? row.lastDay
      : row.status === "lapsed" || row.status === "registration-missed"
        ? row.restorationBy
        : row.due) ?? Number.MAX_SAFE_INTEGER;
  return [...rows].sort(
    (a, b) => URGENCY[a.status] - URGENCY[b.status] || when(a) - when(b) || compareText(a.id, b.id)
  );
}

const kinds = ["invention", "utility", "design"] as const;
const statuses = ["granted", "pending", "lapsed", "abandoned"] as const;
const rightArb = fc.record({
  id: fc.constantFrom("A", "B", "C", "D"), // few ids: ties on the id are common
  kind: fc.constantFrom(...kinds),
  filingOffset: fc.integer({ min: 0, max: 365 * 22 }),
  grantAfter: fc.option(fc.integer({ min: 30, max: 365 * 4 }), { nil: undefined }),
  status: fc.constantFrom(...statuses),
  lastPaidYear: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
});
type Drawn = {
  id: string;
  kind: (typeof kinds)[number];
  filingOffset: number;
  grantAfter?: number;
  status: (typeof statuses)[number];
  lastPaidYear?: number;
};
const toRight = (r: Drawn, row: number): PortfolioRight => {
  const filing = isoToDay("2004-01-01") + r.filingOffset;
  return {
    row,
    id: r.id,
    title: "",
    kind: r.kind,
    filing,
    grant: r.grantAfter === undefined ? undefined : filing + r.grantAfter,
    status: r.status === "granted" && r.grantAfter === undefined ? "pending" : r.status,
    reduction: new Money(0),
    lastPaidYear: r.lastPaidYear,
    owner: "",
    jurisdiction: "CN",
  };
};

describe("deadlines in steps", () => {
  it("orders rows as the old comparator did, equal rows in the rights' order", () => {
    fc.assert(
      fc.property(fc.array(rightArb, { maxLength: 40 }), fc.boolean(), (drawn, shift) => {
        const rights = drawn.map((r, index) => toRight(r, index + 2));
        const settings = { ...SETTINGS, shiftToWorkday: shift };
        const rows = deadlines(rights, settings);
        // The same rows in the old order: re-sorting the new list with the old comparator (stable)
        // must leave it as it is, and no row is lost or added.
        expect(oldOrder(rows)).toEqual(rows);
        const sortedRows = oldOrder(rights.flatMap((right) => deadlines([right], settings)));
        expect(rows).toEqual(sortedRows);
      }),
      { numRuns: 60, seed: 14 }
    );
  });

  it("yields every 1,000 rights: 2,001 rights yield at 1,000 and 2,000", () => {
    expect(DEADLINE_RIGHTS_PER_STEP).toBe(1000);
    const right = toRight(
      { id: "A", kind: "invention", filingOffset: 5000, grantAfter: 400, status: "granted" },
      2
    );
    const rights = Array.from({ length: 2_001 }, (_, index) => ({ ...right, row: index + 2 }));
    const steps = deadlinesInSteps(rights, SETTINGS);
    const yields: number[] = [];
    let step = steps.next();
    while (!step.done) {
      yields.push(step.value);
      step = steps.next();
    }
    expect(yields).toEqual([1000, 2000]);
    expect(step.value).toHaveLength(2_001);
    // Equal rows keep the rights' order: sheet rows 2, 3, 4 …
    expect(step.value.slice(0, 3).map((row) => row.sourceRow)).toEqual([2, 3, 4]);
  });

  it("does not yield for an empty list of other offices' rights", () => {
    const step = officeDeadlinesInSteps([], SETTINGS).next();
    expect(step).toEqual({ done: true, value: [] });
  });
});
