import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { ratesOf } from "../../../src/core/projection/exchange-rates";
import {
  projectOfficeRights,
  projectOfficeRightsInSteps,
} from "../../../src/core/projection/office-schedule";
import { MIXED_PORTFOLIO, MIXED_RATES, MIXED_SETTINGS } from "./mixed-office-portfolio";
import { drain } from "../drain";

describe("the other offices' rights projected in steps", () => {
  it("pauses after every 1,000 rights and gives what one call gives", () => {
    const read = readPortfolio(MIXED_PORTFOLIO);
    const rates = ratesOf("CNY", MIXED_SETTINGS.currency.ratePerCny, MIXED_RATES);
    // 2,500 rights: the mixed portfolio's JP, US, EP, UP, DE and KR rights again and again.
    const rights = Array.from(
      { length: 2_500 },
      (_, n) => read.officeRights[n % read.officeRights.length]
    );
    const steps = projectOfficeRightsInSteps(rights, MIXED_SETTINGS, rates);
    const { yields: paused, result: value } = drain(steps);
    // After every 1,000 rights, then while the rows are sorted (every 10,000 rows placed: all rights done).
    const sortPauses = paused.slice(2);
    expect(paused.slice(0, 2)).toEqual([1_000, 2_000]);
    expect(sortPauses.length).toBeGreaterThan(0);
    expect(new Set(sortPauses)).toEqual(new Set([2_500]));
    expect(value).toEqual(projectOfficeRights(rights, MIXED_SETTINGS, rates));
    // In the order Array.prototype.sort gave before (stable: by due date, ID, year).
    expect(value.rows).toEqual(
      [...value.rows]
        .reverse()
        .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.year - b.year))
    );
    // Every repeat of the portfolio's rights costs what it cost once: the JP right's 16,700 yen recurs.
    const once = projectOfficeRights(read.officeRights, MIXED_SETTINGS, rates);
    expect(value.rows.length).toBeGreaterThan(once.rows.length);
    expect(
      value.rows.some((row) => row.office === "JP" && row.amount?.toString() === "16700")
    ).toBe(true);
  });
});
