import { planRunToEnd } from "../../../src/core/app/plan-run";
import { sampleProgrammeTable } from "../../../src/core/sample/sample-programmes";
import { SourceGrid } from "../../../src/core/table/grid";
import { MIXED_PORTFOLIO, MIXED_RATES, MIXED_SETTINGS } from "../projection/mixed-office-portfolio";

// The pane's programmes line says where the user's table is and how many rows it has. A run reads that
// table anyway: its plan says what it read, so the pane need not look for the table again after the run
// (two requests to Excel, each a round trip, with Project disabled meanwhile).
describe("the programmes table a run read", () => {
  it("is named by its sheet and the rows below its header, as the list of lists counts a table's", () => {
    const { columns, rows } = sampleProgrammeTable();
    const table: SourceGrid = {
      sheet: "Subsidy programmes",
      top: 3,
      left: 1,
      values: [columns.map((column) => column.header), ...rows],
    };
    const plan = planRunToEnd(
      { portfolio: MIXED_PORTFOLIO, rateTable: MIXED_RATES, programmeTable: table },
      MIXED_SETTINGS,
      "en"
    );
    expect(plan.programmeTable).toEqual({ sheet: "Subsidy programmes", rows: rows.length });
    // The sample's 27 programmes (the e2e test's "Subsidy programmes (27 rows)").
    expect(plan.programmeTable?.rows).toBe(27);
    expect(plan.programmes.tableSheet).toBe("Subsidy programmes");
  });

  it("is none when the workbook has no programmes table", () => {
    const plan = planRunToEnd(
      { portfolio: MIXED_PORTFOLIO, rateTable: MIXED_RATES },
      MIXED_SETTINGS,
      "en"
    );
    expect(plan.programmeTable).toBeUndefined();
  });
});
