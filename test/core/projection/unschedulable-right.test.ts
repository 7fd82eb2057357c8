import { BUILT_IN_CN_RULES_DATA, loadCnRules } from "../../../src/core/offices/cn/rules";
import { deadlines } from "../../../src/core/projection/deadlines";
import { projectPortfolio } from "../../../src/core/projection/project";
import { HAND_CHECKED, SETTINGS } from "./hand-checked-portfolio";

// Rules (say, a user's override) that do not cover one right must not abort the whole run: that right
// is reported on its row, the others are projected as before.
describe("a right the rules cannot schedule", () => {
  // Fee data that starts on 2019-01-01: right E's grant-year fee (notice 2018-01-10, presumed received
  // 2018-01-25, due two months later on 2018-03-25) falls before it.
  const data = structuredClone(BUILT_IN_CN_RULES_DATA);
  data.annualFees.bands = data.annualFees.bands
    .filter((band) => band.from === "2022-05-05")
    .map((band) => ({ ...band, from: "2019-01-01" }));
  const rules = loadCnRules(data);

  it("is reported on its row while the other rights are projected", () => {
    const { rows, issues } = projectPortfolio(HAND_CHECKED, SETTINGS, rules);
    expect(issues.map((i) => [i.row, i.message])).toEqual([
      [6, "E: No annual-fee schedule in force on 2018-03-25: the data starts on 2019-01-01."],
    ]);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(["A", "B", "C"]));
    expect(deadlines(HAND_CHECKED, SETTINGS, rules).map((d) => d.id)).not.toContain("E");
  });
});
