import functionFiles from "../../scripts/function-files.cjs";
import { readFileSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions";

// The function reference (docs/functions.md) must not drift from the functions: each function's
// signature, built from the generated metadata, heads a row of its table, and each example gives its
// result. The README's short table names every function and its examples hold too.
describe("function reference (docs/functions.md) and the README", () => {
  const readme = readFileSync("docs/functions.md", "utf8");
  const frontPage = readFileSync("README.md", "utf8");

  it("the README names every function, and its examples give what it says", async () => {
    const generated = await generateCustomFunctionsMetadata(functionFiles, true);
    const ids: string[] = JSON.parse(generated.metadataJson).functions.map(
      (f: { id: string }) => f.id
    );
    for (const id of ids) expect(frontPage).toMatch(new RegExp(`\\bIP\\.${id}\\b`));
    const examples: [string, () => unknown][] = [
      ['`=IP.CN_ANNUITY("2018-07-09", 4)` → 1200', () => functions.cnAnnuity("2018-07-09", 4)],
      ["`=IP.CN_LATEFEE(1200, 2.3)` → 120", () => functions.cnLateFee(1200, 2.3)],
      [
        '`=IP.CN_COST_TO_EXPIRY("2020-01-01", , "2020-01-01")` → 82300',
        () => functions.cnCostToExpiry("2020-01-01", null, "2020-01-01"),
      ],
      [
        '`=IP.SUBSIDY("SZ-2021", "grant", "US", "2021-05-01")` → 40000',
        () => functions.subsidy("SZ-2021", "grant", "US", "2021-05-01"),
      ],
      ['`=IP.EP_RENEWAL(3, "2026-05-31")` → 690', () => functions.epRenewal(3, "2026-05-31")],
      [
        '`=IP.LATEFEE("EP", 690, "2026-03-31", "2026-05-15")` → 345',
        () => functions.lateFeeAnyOffice("EP", 690, "2026-03-31", "2026-05-15"),
      ],
      [
        '`=IP.UP_RENEWAL(10, TRUE, "2026-09-30")` → 998.75',
        () => functions.upRenewal(10, true, "2026-09-30"),
      ],
      [
        '`=IP.RENEWAL("DE", 9, "2026-11-30")` → 350',
        () => functions.renewal("DE", 9, "2026-11-30"),
      ],
    ];
    for (const [text, call] of examples) {
      expect(frontPage).toContain(text);
      expect(String(call())).toBe(text.split("→ ")[1]);
    }
    // Date results as the README shows them (the cell's serial, formatted as a date).
    expect(frontPage).toContain('`=IP.CN_DUEDATE("2018-07-09", 4)` → 2021-07-09');
    expect(functions.cnDueDate("2018-07-09", 4)).toBe(44386); // serial of 2021-07-09
    expect(frontPage).toContain('`=IP.CN_TERM_END("2018-07-09")` → 2038-07-08');
    expect(functions.cnTermEnd("2018-07-09")).toBe(50594); // serial of 2038-07-08
    expect(frontPage).toContain('`=IP.CN_SCHEDULE("2018-07-09")` → 20 rows');
    expect(functions.cnSchedule("2018-07-09")).toHaveLength(20);
  }, 60_000);

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
      ['`=IP.EP_RENEWAL(3, "2026-05-31")` → 690', () => functions.epRenewal(3, "2026-05-31")],
      [
        '`=IP.EP_RENEWAL(5, "2026-07-31", TRUE)` → 700',
        () => functions.epRenewal(5, "2026-07-31", true),
      ],
      [
        '`=IP.EP_DUEDATE("2024-03-20", 3, "2023-09-28")` → 46140',
        () => functions.epDueDate("2024-03-20", 3, "2023-09-28"),
      ],
      [
        '`=IP.UP_RENEWAL(10, TRUE, "2026-09-30")` → 998.75',
        () => functions.upRenewal(10, true, "2026-09-30"),
      ],
      [
        '`=IP.RENEWAL("DE", 9, "2026-11-30")` → 350',
        () => functions.renewal("DE", 9, "2026-11-30"),
      ],
      [
        '`=IP.RENEWAL("GB", 9, "2026-03-31")` → 150',
        () => functions.renewal("GB", 9, "2026-03-31"),
      ],
      [
        '`=IP.JP_ANNUITY(4, 10, , , "2028-06-12")` → 18300',
        () => functions.jpAnnuity(4, 10, null, null, "2028-06-12"),
      ],
      [
        '`=IP.JP_ANNUITY(4, 3, , "small", "2026-01-01")` → 4230',
        () => functions.jpAnnuity(4, 3, null, "small", "2026-01-01"),
      ],
      ['`=IP.JP_DUEDATE("2025-06-12", 4)` → 46916', () => functions.jpDueDateCell("2025-06-12", 4)],
      [
        '`=IP.US_MAINTENANCE(1, "micro", "2025-02-20")` → 430',
        () => functions.usMaintenance(1, "micro", "2025-02-20"),
      ],
      [
        '`=IP.US_MAINTENANCE(3.5, , "2026-10-01", TRUE)` → 2690',
        () => functions.usMaintenance(3.5, null, "2026-10-01", true),
      ],
      ['`=IP.US_DUEDATE("2021-08-31", 1)` → 45716', () => functions.usDueDateCell("2021-08-31", 1)],
      [
        '`=IP.KR_ANNUITY(7, 20, "2025-07-16")` → 770000',
        () => functions.krAnnuity(7, 20, "2025-07-16"),
      ],
      [
        '`=IP.LPR("2025-05-25", "1Y", "prev_month")` → 0.031',
        () => functions.lpr("2025-05-25", "1Y", "prev_month"),
      ],
      [
        '`=IP.LOAN_INTEREST(5000000, 0.042, "2023-12-15", "2024-12-14")` → 212916.67',
        () => functions.loanInterest(5000000, 0.042, "2023-12-15", "2024-12-14"),
      ],
      [
        '`=IP.LOAN_INTEREST_SUBSIDY(3000000, 0.036, "2025-06-12", "2026-06-11", "CN-QD-2025", , "2025-06-10")` → 54600',
        () =>
          functions.loanInterestSubsidy(
            3000000,
            0.036,
            "2025-06-12",
            "2026-06-11",
            "CN-QD-2025",
            null,
            "2025-06-10"
          ),
      ],
      [
        '`=IP.FEE_SUBSIDY(120000, "guarantee", "CN-GZ-NANSHA-2024")` → 50000',
        () => functions.feeSubsidyCell(120000, "guarantee", "CN-GZ-NANSHA-2024"),
      ],
      [
        '`=IP.RISK_SHARE(4000000, 1000000, "bank", "CN-GD-JETRO")` → 1080000',
        () => functions.riskShare(4000000, 1000000, "bank", "CN-GD-JETRO"),
      ],
      [
        '`=IP.PLEDGE_CAPACITY(2000000, "utility", , "BOCOM-2006")` → 300000',
        () => functions.pledgeCapacityCell(2000000, "utility", null, "BOCOM-2006"),
      ],
      [
        "`=IP.VALUE_SCORE(90, 70, 20, 4, 3, 3)` → 63",
        () => functions.valueScoreCell(90, 70, 20, 4, 3, 3),
      ],
    ];
    for (const [text, call] of examples) {
      expect(readme).toContain(text);
      expect(String(call())).toBe(text.split("→ ")[1]);
    }
    expect(readme).toContain(
      '`=IP.CN_SCHEDULE("1997-06-03", , "2001-08-01")` → 16 rows from `5, 37180, 1200, 1200`'
    );
    expect(readme).toContain(
      '`=IP.SCHEDULE("EP", "2024-03-20")` → 18 rows from `3, 46112, 46295, 690, EUR`'
    );
    const anyOffice = functions.schedule("EP", "2024-03-20");
    expect([anyOffice.length, anyOffice[0].join(", ")]).toEqual([18, "3, 46112, 46295, 690, EUR"]);
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
