import functionFiles from "../../scripts/function-files.cjs";
import { readFileSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions";

// The README's function reference must not drift from the functions: each function's signature, built
// from the generated metadata, heads a row of the table, and each example in the table gives its result.
describe("README function reference", () => {
  const readme = readFileSync("README.md", "utf8");

  it("has a row for every function with its exact signature", async () => {
    const generated = await generateCustomFunctionsMetadata(functionFiles, true);
    const list: { id: string; parameters: { name: string; optional?: boolean }[] }[] = JSON.parse(
      generated.metadataJson
    ).functions;
    for (const f of list) {
      const args = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      expect(readme).toContain(`| \`IP.${f.id}(${args})\` |`);
    }
  }, 60_000);

  it("shows results that the functions really return", () => {
    // Each pair: the README's example text and the call it stands for.
    const examples: [string, () => unknown][] = [
      ['`=IP.CN_ANNUITY("2018-07-09", 4)` → 1200', () => functions.cnAnnuity("2018-07-09", 4)],
      [
        '`=IP.CN_ANNUITY("2020-01-01", 2, , 0.85)` → 135',
        () => functions.cnAnnuity("2020-01-01", 2, null, 0.85),
      ],
      ["`=IP.CN_LATEFEE(1200, 2.3)` → 120", () => functions.cnLateFee(1200, 2.3)],
      [
        '`=IP.CN_LATEFEE_ON(1200, "2021-07-09", "2021-09-19")` → 120',
        () => functions.cnLateFeeOn(1200, "2021-07-09", "2021-09-19"),
      ],
      ['`=IP.CN_DUEDATE("2018-07-09", 4)` → 44386', () => functions.cnDueDate("2018-07-09", 4)],
      [
        '`=IP.CN_GRACE_END("2018-07-09", 4, TRUE)` → 44571',
        () => functions.cnGraceEnd("2018-07-09", 4, true),
      ],
      [
        '`=IP.CN_ANNUITY_YEAR("1999-06-01", "2000-05-31")` → 1',
        () => functions.cnAnnuityYear("1999-06-01", "2000-05-31"),
      ],
      ['`=IP.CN_TERM_END("2018-07-09")` → 50594', () => functions.cnTermEnd("2018-07-09")],
      [
        '`=IP.CN_COST_TO_EXPIRY("2020-01-01", , "2020-01-01")` → 82300',
        () => functions.cnCostToExpiry("2020-01-01", null, "2020-01-01"),
      ],
      [
        '`=IP.SUBSIDY("SZ-2021", "grant", "US", "2021-05-01")` → 40000',
        () => functions.subsidy("SZ-2021", "grant", "US", "2021-05-01"),
      ],
    ];
    for (const [text, call] of examples) {
      expect(readme).toContain(text);
      expect(String(call())).toBe(text.split("→ ")[1]);
    }
    expect(readme).toContain(
      '`=IP.CN_SCHEDULE("1997-06-03", , "2001-08-01")` → 16 rows from `5, 37180, 1200, 1200`'
    );
    // A row of numbers and the status code: 45931 = 2025-10-01, 46113 = 2026-04-01.
    expect(readme).toContain(
      '`=IP.CN_NEXT_PAYMENT("2017-10-01", 8, "2025-11-05")` → `9, 45931, 2000, 100, 46113, grace`'
    );
    expect(functions.cnNextPayment("2017-10-01", 8, "2025-11-05")[0].join(", ")).toBe(
      "9, 45931, 2000, 100, 46113, grace"
    );
    const schedule = functions.cnSchedule("1997-06-03", null, "2001-08-01");
    expect([schedule.length, schedule[0].join(", ")]).toEqual([16, "5, 37180, 1200, 1200"]);
  });
});
