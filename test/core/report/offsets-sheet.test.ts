import { isoToDay } from "../../../src/core/dates/civil";
import { serialFromDay } from "../../../src/core/dates/excel-serial";
import { budgetOffsets } from "../../../src/core/projection/budget-offsets";
import { deadlines } from "../../../src/core/projection/deadlines";
import { projectPortfolio } from "../../../src/core/projection/project";
import { summarize } from "../../../src/core/projection/summary";
import { buildReport } from "../../../src/core/report/build-report";
import { applyProgrammes } from "../../../src/core/subsidy";
import { HAND_CHECKED, SETTINGS } from "../projection/hand-checked-portfolio";
import { ANNUITY_REFUND, annuityEvents } from "../projection/hand-checked-subsidies";
import { paymentsOf } from "../../../src/core/projection/payments";

// The Subsidy offsets sheet: one row per rule and event, with the rule that produced it and, when it
// pays less than its formula, the reason; an Excel table, ready to filter and pivot.
const rows = projectPortfolio(HAND_CHECKED, SETTINGS).rows;
const offsets = budgetOffsets(applyProgrammes(annuityEvents(rows), ANNUITY_REFUND), SETTINGS);
const sheets = (language: "en" | "ja" | "zh", withOffsets = offsets) =>
  buildReport({
    rights: HAND_CHECKED.length,
    projection: paymentsOf(rows),
    summary: summarize(paymentsOf(rows), SETTINGS, withOffsets),
    deadlines: deadlines(HAND_CHECKED, SETTINGS),
    issues: [],
    settings: SETTINGS,
    language,
    offsets: withOffsets,
  });

describe("the Subsidy offsets sheet", () => {
  it("comes after the Summary, named in the user's language", () => {
    expect(sheets("en").map((sheet) => sheet.name)).toEqual([
      "IP Projection",
      "IP Summary",
      "IP Subsidy offsets",
      "IP Deadlines",
      "IP Issues",
    ]);
    expect(sheets("ja")[2].name).toBe("IP 補助金");
    expect(sheets("zh")[2].name).toBe("IP 资助");
  });

  it("writes one row per offset with rule, gross, applied and the reason, as a table", () => {
    const [block] = sheets("en")[2].blocks;
    expect(block.tableName).toBe("IPSubsidyOffsets");
    expect(block.columns.map((column) => column.header)).toEqual([
      "ID",
      "Applicant",
      "Event",
      "Jurisdiction",
      "Date",
      "Fiscal year",
      "In the budget",
      "Programme",
      "Rule",
      "Part",
      "Currency",
      "Gross subsidy",
      "Applied",
      "Applied (JPY)",
      "Reason",
      "Note",
    ]);
    // E's year 13: 50% of 6,000 = 3,000, cut to the yearly cap of 2,500 (hand-checked-subsidies.ts).
    const e13 = block.rows.find(
      (row) => row[0] === "E" && row[4] === serialFromDay(isoToDay("2027-05-05"))
    )!;
    expect(e13).toEqual([
      "E",
      "(no applicant)",
      "Annuity paid",
      "CN",
      serialFromDay(isoToDay("2027-05-05")),
      "FY2027",
      "yes",
      "TEST",
      "TEST/annuity-half",
      "per case",
      "CNY",
      3000,
      2500,
      47500, // 2,500 × 19
      "annual amount cap of 2,500 reached (paid 0 of 2,500 in 2027 before this case)",
      "",
    ]);
    // Applied amounts add up to the Summary's subsidies: 10,000.
    expect(block.rows.reduce((sum, row) => sum + (row[12] as number), 0)).toBe(10000);
  });

  it("says so when there is no offset", () => {
    const [block] = sheets("en", [])[2].blocks;
    expect(block.rows).toHaveLength(1);
    expect(block.rows[0][14]).toBe(
      "No subsidy offsets: no event of the portfolio matches a programme."
    );
    expect(block.rows[0]).toHaveLength(block.columns.length);
  });
});
