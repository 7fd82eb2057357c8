/// <reference lib="es2021.weakref" />
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { planRun } from "../../../src/core/app/plan-run";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { samplePortfolio } from "../../../src/core/sample/sample-portfolio";
import { SourceGrid } from "../../../src/core/table/grid";

// A million-row portfolio's cells are hundreds of megabytes: a run must not hold them while it projects,
// applies subsidies and writes. A suspended generator keeps its parameters for as long as it lives, so
// a plan given `{ portfolio }` held the grid to the end (heap snapshots of a 200,000-right run: 65 MB).
// Node's collector, reached as the V8 documentation's `--expose-gc` makes it, shows whether anything
// still refers to the grid once the plan is past reading.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

const asOf = isoToDay("2026-11-23");
const settings = {
  asOf,
  horizonYears: 10,
  fiscalYearStartMonth: 4,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};

/** A WeakRef is kept alive until the current job ends (ECMAScript's KeepDuringJob): wait for a new one. */
const nextJob = () => new Promise((resolve) => setImmediate(resolve));

describe("planRun lets go of the portfolio's cells once the list is read", () => {
  it("holds neither the grid nor its rows while it projects, and still plans every right", async () => {
    let grid: SourceGrid | undefined = {
      sheet: "Ledger",
      top: 1,
      left: 0,
      values: samplePortfolio(asOf),
    };
    const gridRef = new WeakRef(grid);
    const rowRef = new WeakRef(grid.values[1]);
    const run = planRun({ portfolio: grid }, settings, "en");
    grid = undefined;
    let step = run.next();
    while (!step.done && step.value.stage === "read") step = run.next();
    expect(step.done ? "done" : step.value.stage).toBe("project");
    await nextJob();
    collect();
    expect(gridRef.deref()).toBeUndefined();
    expect(rowRef.deref()).toBeUndefined();
    while (!step.done) step = run.next();
    // The sample's 23 CN rights are projected, as plan-run.test.ts finds with the grid held by the test.
    expect(step.value.rights).toBe(23);
  });
});
