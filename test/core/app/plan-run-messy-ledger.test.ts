import { planRunToEnd } from "../../../src/core/app/plan-run";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { MESSY_LEDGER } from "../../fixtures/messy-ledger";

const settings: ProjectionSettings = {
  asOf: isoToDay("2024-01-01"),
  horizonYears: 3,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};
const messy = { sheet: "台账", top: 1, left: 0, values: MESSY_LEDGER };
// The same three rights, typed as the sample types them: what the messy ledger must come to.
const clean = {
  sheet: "Clean",
  top: 1,
  left: 0,
  values: [
    ["ID", "Right type", "Filing date", "Grant date", "Status", "Fee reduction", "Owner"],
    ["CN202010123456.7", "发明", "2020-07-09", "2022-03-04", "granted", "85%", "研发部"],
    ["ZL 2021 2 0234567.8", "实用新型", "2021-03-01", "2021-09-10", "granted", "", "研发部"],
    ["CN202110345678.9", "发明", "2021-04-05", "", "pending", "", "市场部"],
  ],
};
const summaryTotal = (plan: ReturnType<typeof planRunToEnd>) =>
  plan.sheets
    .find((sheet) => sheet.role === "projection")!
    .blocks[0].rows.map((row) => row[row.length - 1]);

describe("planRun over a messy ledger", () => {
  const plan = planRunToEnd(
    { portfolio: messy, columnMap: { 授权公告日: "grantDate" } },
    settings,
    "en"
  );

  it("projects three rights, not five: row 7 merged into row 4, row 10 left out, the total row skipped", () => {
    expect(plan.rights).toBe(3);
    expect(plan.records).toBe(3);
    expect(plan.noUsableRows).toBe(false);
    expect(plan.ledger.totalRows).toEqual([11]);
  });

  it("costs exactly what the same three rights typed cleanly cost", () => {
    const reference = planRunToEnd({ portfolio: clean }, settings, "en");
    expect(plan.projectionRows).toBeGreaterThan(0);
    expect(plan.projectionRows).toBe(reference.projectionRows);
    expect(summaryTotal(plan)).toEqual(summaryTotal(reference));
  });

  it("states on the Summary that hidden rows are read and where the grant date comes from", () => {
    const summary = plan.sheets.find((sheet) => sheet.role === "summary")!;
    const labels = summary.blocks[0].rows.map((row) => row[0]);
    expect(labels).toContain("Rows read");
    expect(summary.blocks[0].rows.find((row) => row[0] === "Grant date column")?.[1]).toMatch(
      /^The grant date is read from the column “授权公告日”/
    );
  });

  it("writes nothing for a list without a usable row", () => {
    const empty = planRunToEnd(
      {
        portfolio: {
          sheet: "Rates",
          top: 1,
          left: 0,
          values: [
            ["Currency", "Rate"],
            ["USD", 7.1],
          ],
        },
      },
      settings,
      "en"
    );
    expect(empty.noUsableRows).toBe(true);
    expect(empty.sheets).toEqual([]);
    expect(empty.issues.length).toBeGreaterThan(0); // the missing columns, named
  });
});
