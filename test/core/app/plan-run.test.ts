import { planRun, planRunToEnd } from "../../../src/core/app/plan-run";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { SAMPLE_HEADER, samplePortfolio } from "../../../src/core/sample/sample-portfolio";
import { SourceGrid } from "../../../src/core/table/grid";

// The use case as a pure function: a grid in, the sheets out, no workbook anywhere.
const asOf = isoToDay("2026-11-23");
const settings = {
  asOf,
  horizonYears: 10,
  fiscalYearStartMonth: 4,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};
const grid: SourceGrid = { sheet: "Ledger", top: 1, left: 0, values: samplePortfolio(asOf) };

describe("planRun", () => {
  it("pauses after each stage, in order, with the share done rising to 1", () => {
    const run = planRun({ portfolio: grid }, settings, "en");
    const steps = [];
    let step = run.next();
    while (!step.done) {
      steps.push(step.value);
      step = run.next();
    }
    // Stages in order; a stage may pause more than once (the sheets pause after each one).
    expect(steps.map((s) => s.stage).filter((stage, i, all) => stage !== all[i - 1])).toEqual([
      "read",
      "project",
      "subsidies",
      "deadlines",
      "report",
    ]);
    expect(steps.filter((s) => s.sheet !== undefined).map((s) => s.sheet)).toEqual([
      "IP Projection",
      "IP Summary",
      "IP Subsidy offsets",
      "IP Deadlines",
      "IP Issues",
    ]);
    // The sample's 23 CN rights over 10 years: every Projection row made before the sheet is done.
    const projectionRows = step.value.projectionRows;
    expect(steps.find((s) => s.sheet === "IP Projection")?.rows).toBe(projectionRows);
    expect(steps.map((s) => s.done)).toEqual([...steps.map((s) => s.done)].sort((a, b) => a - b));
    expect(steps[steps.length - 1].done).toBe(1);
    expect(step.value.projectionSheets).toBe(1);
    expect(step.value.sheets.map((sheet) => sheet.name)).toEqual([
      "IP Projection",
      "IP Summary",
      "IP Subsidy offsets",
      "IP Deadlines",
      "IP Issues",
    ]);
  });

  it("plans the sample from its grid alone: the header row is not a right", () => {
    const plan = planRunToEnd({ portfolio: grid }, settings, "en");
    expect(grid.values[0]).toEqual(SAMPLE_HEADER);
    // 30 sample rows: 23 CN rights are projected (the same 23 the preview shows); of rows 25-30, the US
    // grants (26, 30) and the JP grant (27) go to their office's pack, the PCT applications (25, 29)
    // carry no fees of their own, and only the EU trademark (28) has no fee data: not supported.
    expect(grid.values.length - 1).toBe(30);
    expect(plan.rights).toBe(23);
    expect(plan.officeRights).toBe(3);
    expect(
      plan.issues.filter((issue) => issue.kind === "unsupported").map((issue) => issue.row)
    ).toEqual([28]);
    expect(plan.projectionRows).toBe(plan.sheets[0].blocks[0].rows.length);
    expect(plan.officeRows).toBeGreaterThan(0);
    expect(plan.sheets[0].blocks[1].rows).toHaveLength(plan.officeRows);
  });

  it("is repeatable: the same grids give the same plan", () => {
    const first = planRunToEnd({ portfolio: grid }, settings, "en");
    const second = planRunToEnd({ portfolio: grid }, settings, "en");
    expect(JSON.stringify(second.sheets)).toBe(JSON.stringify(first.sheets));
  });
});
