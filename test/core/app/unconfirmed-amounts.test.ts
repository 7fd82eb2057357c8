import { planRunToEnd } from "../../../src/core/app/plan-run";
import { MIXED_RATES, MIXED_SETTINGS } from "../projection/mixed-office-portfolio";

describe("a fee whose amount is not in our data", () => {
  it("is written blank with the reason and counted on the Summary, never as 0", () => {
    // A KR utility model registered 2021-01-10: docs/offices/kr.md has no utility model fees. Years 7 and
    // 8 fall due 2027-01-10 and 2028-01-10, inside the horizon (2026-06-01 + 2 years).
    const plan = planRunToEnd(
      {
        portfolio: {
          sheet: "Portfolio",
          top: 1,
          left: 0,
          values: [
            ["ID", "Type", "Filing date", "Grant date", "Jurisdiction"],
            ["KR-UM", "utility", "2020-03-10", "2021-01-10", "KR"],
          ],
        },
        rateTable: MIXED_RATES,
      },
      MIXED_SETTINGS,
      "en"
    );
    const block = plan.sheets[0].blocks[1];
    expect(block.rows.map((row) => [row[0], row[4], row[8], row[9]])).toEqual([
      ["KR-UM", 7, "", ""],
      ["KR-UM", 8, "", ""],
    ]);
    expect(String(block.rows[0][11])).toMatch(
      /KIPO utility model registration fees are not in our data/
    );
    const summary = plan.sheets.find((sheet) => sheet.role === "summary")!;
    const byYear = summary.blocks.find((b) => /^By fiscal year and currency/.test(b.title ?? ""))!;
    // Columns: fiscal year, currency, payments, amount, amounts not confirmed, converted.
    expect(byYear.rows.filter((row) => row[1] === "KRW")).toEqual([
      ["2027", "KRW", 1, "", 1, ""],
      ["2028", "KRW", 1, "", 1, ""],
    ]);
    expect(plan.issues.map((issue) => [issue.row, issue.kind])).toEqual([[2, "warning"]]);
  });
});
