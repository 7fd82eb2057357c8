import { dayFromCivil, dayToIso } from "../../../../src/core/dates/civil";
import { graceEnd, graceMonths } from "../../../../src/core/offices/cn/deadlines";
import { parseReduction } from "../../../../src/core/offices/cn/reduction";
import {
  BUILT_IN_CN_RULES_DATA,
  CN_RULES,
  loadCnRules,
} from "../../../../src/core/offices/cn/rules";

// Every legal figure is data: the grace period is the last late-fee band, the force-majeure limit and
// the statutory reduction rates come from the data files, so a changed rule changes the data, not code.
describe("CN rules from data", () => {
  it("reads the built-in figures: six-month grace, two-year force majeure, 85% and 70% reductions", () => {
    expect(graceMonths(CN_RULES, dayFromCivil(2021, 7, 9))).toBe(6);
    expect(CN_RULES.restorationOuterYears).toBe(2);
    expect(CN_RULES.statutoryReductions.map(String)).toEqual(["0.85", "0.7"]);
  });

  it("moves the grace end with the bands: a 4-month last band ends the grace 4 months after the due date", () => {
    const data = structuredClone(BUILT_IN_CN_RULES_DATA);
    data.lateFees.schedules[0].bands = data.lateFees.schedules[0].bands.slice(0, 4);
    const rules = loadCnRules(data);
    // Filed 2018-07-09, year 4 due 2021-07-09: + 4 months = 2021-11-09.
    expect(dayToIso(graceEnd("invention", dayFromCivil(2018, 7, 9), 4, { rules }))).toBe(
      "2021-11-09"
    );
  });

  it("accepts as a percentage only the statutory rates of the data", () => {
    const data = structuredClone(BUILT_IN_CN_RULES_DATA);
    data.reductions.statutoryRates = [
      { reduction: "0.5", pays: "0.5", who: "a test rate", source: "test" },
    ];
    const rules = loadCnRules(data);
    expect(parseReduction(50, "reduction", rules).toString()).toBe("0.5");
    expect(() => parseReduction(85, "reduction", rules)).toThrow(/not a fee reduction/);
  });
});
