import {
  BUILT_IN_CN_RULES_DATA,
  CnRulesData,
  loadCnRules,
} from "../../../../src/core/offices/cn/rules";

const withChange = (change: (data: CnRulesData) => void) => {
  const data = structuredClone(BUILT_IN_CN_RULES_DATA);
  change(data);
  return () => loadCnRules(data);
};

describe("rule data loader", () => {
  it("loads the shipped data", () => {
    expect(loadCnRules(BUILT_IN_CN_RULES_DATA).feeSchedules).toHaveLength(2);
  });

  it("names every figure's source in the shipped data", () => {
    for (const schedule of BUILT_IN_CN_RULES_DATA.annualFees.schedules) {
      expect(schedule.source).toBeTruthy();
      for (const bands of Object.values(schedule.fees))
        for (const band of bands) expect(band.source).toBeTruthy();
    }
    for (const entries of Object.values(BUILT_IN_CN_RULES_DATA.terms.terms))
      for (const t of entries) expect(t.source).toBeTruthy();
    for (const year of BUILT_IN_CN_RULES_DATA.holidays.years)
      expect(year.source).toMatch(/国务院办公厅关于\d{4}年部分节假日安排的通知/);
  });

  it("rejects schedules out of date order, naming file and index", () => {
    const load = withChange((data) => data.annualFees.schedules.reverse());
    expect(load).toThrow(
      "cn-annual-fees.json schedules[1]: 1985-04-01 is not after 2022-05-05; entries must be in date order."
    );
  });

  it("rejects a malformed date", () => {
    const load = withChange((data) => (data.reductions.windows[0].dueFrom = "2016-9-1"));
    expect(load).toThrow('cn-reductions.json windows[0]: "2016-9-1" is not a yyyy-mm-dd date.');
  });

  it("rejects a gap in the year bands, which would otherwise be a silent 0", () => {
    const load = withChange(
      (data) => (data.annualFees.schedules[0].fees.utility[1].years = [5, 5])
    );
    expect(load).toThrow(
      "cn-annual-fees.json schedules[0].utility: band 5-5 does not start at year 4."
    );
  });

  it("rejects an amount that is not a decimal string", () => {
    const load = withChange(
      (data) => (data.annualFees.schedules[0].fees.invention[0].amount = "9OO")
    );
    expect(load).toThrow(
      'cn-annual-fees.json schedules[0].invention years 1-3: "9OO" is not an amount such as "1200" or "0.05".'
    );
  });
});
