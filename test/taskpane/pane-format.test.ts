import { projectionSheetsOf, translator, writingPlanText } from "../../src/taskpane/pane-format";
import { createPacer, prepareRun, RunCancelled } from "../../src/taskpane/run-projection";
import { OutputSheet } from "../../src/core/report/output-model";
import { isoToDay } from "../../src/core/dates/civil";
import { Money } from "../../src/core/money/money";
import { SAMPLE_TEXT_COLUMNS, samplePortfolio } from "../../src/core/sample/sample-portfolio";
import { workbookWithUserData } from "../excel/office-workbook/workbook-fixture";

const sheet = (role: OutputSheet["role"], name: string): OutputSheet => ({
  role,
  name,
  blocks: [],
  charts: [],
});

describe("the sheet count said before writing", () => {
  it("takes the projection sheets' names from the plan", () => {
    const plan = {
      projectionRows: 1_040_000,
      sheets: [
        sheet("projection", "IP Projection"),
        sheet("projection", "IP Projection 2"),
        sheet("summary", "IP Summary"),
      ],
    };
    expect(writingPlanText(translator("en"), plan)).toBe(
      "1,040,000 projection rows will be written on 2 sheets (IP Projection, IP Projection 2): one sheet holds 1,000,000 rows."
    );
    expect(writingPlanText(translator("ja"), plan)).toBe(
      "予測 1,040,000 行を 2 枚のシート（IP Projection, IP Projection 2）に書き込みます。1 枚に 1,000,000 行までです。"
    );
  });

  it("counts them from the rows when the plan lists no sheet: 2,500,001 rows need 3 sheets of 1,000,000", () => {
    expect(projectionSheetsOf({ projectionRows: 2_500_001, sheets: [] }, "IP Projection")).toEqual([
      "IP Projection",
      "IP Projection 2",
      "IP Projection 3",
    ]);
    expect(writingPlanText(translator("zh"), { projectionRows: 135, sheets: [] })).toBe(
      "将把 135 行预测写入 1 张工作表（IP 费用预测）。"
    );
  });
});

describe("the run's pacer and Cancel while planning", () => {
  it("yields to the browser only once a slice of 40 ms has passed since the last yield", async () => {
    let clock = 0;
    const pacer = createPacer(40, () => clock);
    const order: string[] = [];
    const timer = new Promise<void>((resolve) =>
      setTimeout(() => {
        order.push("timer");
        resolve();
      }, 0)
    );
    // 39 ms in: no new task, so it resumes before the timer queued earlier.
    clock = 39;
    await pacer.pause();
    order.push("pause at 39 ms");
    expect(order).toEqual(["pause at 39 ms"]);
    // 41 ms in: it yields a task (the timer runs), and the slice starts again from there.
    clock = 41;
    await pacer.pause();
    await timer;
    clock = 80;
    await pacer.pause();
    order.push("pause at 80 ms");
    expect(order).toEqual(["pause at 39 ms", "timer", "pause at 80 ms"]);
  });

  it("stops planning when cancelled and writes nothing", async () => {
    const asOf = isoToDay("2026-11-23");
    const { fake, port } = workbookWithUserData();
    const source = await port.insertTable(
      "IP Sample portfolio",
      "IPSamplePortfolio",
      samplePortfolio(asOf),
      SAMPLE_TEXT_COLUMNS
    );
    const sheetsBefore = fake.model.sheets.map((s) => s.name);
    let steps = 0;
    const settings = {
      asOf,
      horizonYears: 10,
      fiscalYearStartMonth: 4,
      currency: { code: "CNY", ratePerCny: new Money(1) },
      shiftToWorkday: false,
    };
    await expect(
      prepareRun(port, source, settings, "en", () => (steps += 1), undefined, {
        isCancelled: () => steps >= 1,
      })
    ).rejects.toBeInstanceOf(RunCancelled);
    expect(steps).toBe(1);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });
});
