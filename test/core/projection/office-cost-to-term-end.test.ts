/* The Deadlines' "cost to the end of the term" of a right at another office: every unpaid fee from the
 * next one to the last fee year, added up. Worked from the fee tables in docs/offices/jp.md and
 * docs/offices/us.md for the hand-worked mixed portfolio (test/core/projection/mixed-office-portfolio.ts,
 * as of 2026-06-01, no last year paid). */
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { officeDeadlines } from "../../../src/core/projection/office-deadlines";
import { MIXED_PORTFOLIO, MIXED_SETTINGS } from "./mixed-office-portfolio";

const rows = officeDeadlines(readPortfolio(MIXED_PORTFOLIO).officeRights, MIXED_SETTINGS);
const cost = (id: string) => rows.find((row) => row.id === id)!.costToTermEnd.toString();

describe("an office right's cost to the end of its term", () => {
  it("adds a JP patent's fees from its next year to its last (JPO table since 2022-04-01, 8 claims)", () => {
    // Registered 2021-12-24, filed 2020-09-30: the term ends 2040-09-30, so the last fee is year 19
    // (due 2039-12-24). Year 6: 10,300 + 800 × 8 = 16,700; years 7-9: 24,800 + 1,900 × 8 = 40,000 each;
    // years 10-19: 59,400 + 4,600 × 8 = 96,200 each. 16,700 + 3 × 40,000 + 10 × 96,200 = 1,098,700.
    expect(cost("JP1")).toBe("1098700");
  });

  it("adds a US patent's three maintenance fees (large entity, 37 CFR 1.20(e)-(g))", () => {
    // Issued 2023-01-10: 3.5-, 7.5- and 11.5-year fees, USD 2,150 + 4,040 + 8,280 = 14,470.
    expect(cost("US1")).toBe("14470");
  });
});
