import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { ratesOf } from "../../../src/core/projection/exchange-rates";
import {
  projectOfficeRights,
  projectOfficeRightsInSteps,
} from "../../../src/core/projection/office-schedule";
import { MIXED_PORTFOLIO, MIXED_RATES, MIXED_SETTINGS } from "./mixed-office-portfolio";
import { drain } from "../drain";

const read = readPortfolio(MIXED_PORTFOLIO);
const rates = ratesOf("CNY", MIXED_SETTINGS.currency.ratePerCny, MIXED_RATES);
/** `count` rights: the mixed portfolio's JP, US, EP, UP, DE and KR rights again and again. */
const repeated = (count: number) =>
  Array.from({ length: count }, (_, n) => read.officeRights[n % read.officeRights.length]);

describe("the other offices' rights projected in steps", () => {
  it("pauses after every 1,000 rights and gives what one call gives", () => {
    const rights = repeated(2_500);
    const steps = projectOfficeRightsInSteps(rights, MIXED_SETTINGS, rates);
    const { yields: paused, result: value } = drain(steps);
    // After every 1,000 rights (the rows of 2,500 rights are sorted by due day without a pause).
    expect(paused).toEqual([1_000, 2_000]);
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

  it("pauses while it orders many rights by ID and sorts their rows by due day", () => {
    // 9,000 rights, 18,000 rows: enough for the sort by due day (three passes) to pause.
    const rights = repeated(9_000);
    const { yields: paused, result } = drain(
      projectOfficeRightsInSteps(rights, MIXED_SETTINGS, rates)
    );
    // First while the rights are ordered by ID (no right done yet), then after every 1,000 rights, then
    // while the rows are sorted (all rights done).
    const ordering = paused.findIndex((done) => done > 0);
    expect(ordering).toBeGreaterThan(0);
    expect(paused.slice(0, ordering).every((done) => done === 0)).toBe(true);
    const sorting = ordering + 9;
    expect(paused.slice(ordering, sorting)).toEqual(
      Array.from({ length: 9 }, (_, k) => (k + 1) * 1_000)
    );
    expect(paused.length).toBeGreaterThan(sorting);
    expect(new Set(paused.slice(sorting))).toEqual(new Set([9_000]));
    // Each pause is a bounded piece of work: at most 1,000 rights, or 50,000 rows visited by the sort.
    expect(paused.length - sorting).toBeGreaterThanOrEqual(
      Math.floor((3 * result.rows.length - 1) / 50_000)
    );
  });
});
