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
    for (const band of BUILT_IN_CN_RULES_DATA.annualFees.bands)
      expect(band.source.title).toMatch(/专利收费|发改价格/);
    for (const entries of Object.values(BUILT_IN_CN_RULES_DATA.terms.terms))
      for (const t of entries) expect(t.source).toBeTruthy();
    for (const year of BUILT_IN_CN_RULES_DATA.holidays.years)
      expect(year.source).toMatch(/国务院办公厅关于\d{4}年部分节假日安排的通知/);
  });

  it("rejects two overlapping bands of one kind from the same day, naming file and entries", () => {
    const load = withChange((data) =>
      data.annualFees.bands.push({ ...data.annualFees.bands[1], years: [5, 6], amount: "1300" })
    );
    expect(load).toThrow(
      "cn-annual-fees.json bands[29]: years overlap bands[1] (invention, both from 1985-04-01): say which applies by giving them different dates."
    );
  });

  it("rejects a malformed date", () => {
    const load = withChange((data) => (data.reductions.windows[0].dueFrom = "2016-9-1"));
    expect(load).toThrow('cn-reductions.json windows[0]: "2016-9-1" is not a yyyy-mm-dd date.');
  });

  it("rejects a gap in the year bands, which would otherwise be a silent 0", () => {
    const load = withChange((data) => (data.annualFees.bands[7].years = [5, 5])); // utility 4-5
    expect(load).toThrow(
      "cn-annual-fees.json on 1985-04-01, utility: band 5-5 does not start at year 4."
    );
  });

  it("rejects an amount that is not a decimal string", () => {
    const load = withChange((data) => (data.annualFees.bands[0].amount = "9OO"));
    expect(load).toThrow(
      'cn-annual-fees.json bands[0]: amount is "9OO", not an amount such as "1200" or "0.05".'
    );
  });

  it("rejects a malformed or future sourceReadOn, naming file, entry and key", () => {
    const malformed = withChange(
      (data) => (data.annualFees.bands[20].source.sourceReadOn = "2026-12-1")
    );
    expect(malformed).toThrow(
      'cn-annual-fees.json bands[20].source.sourceReadOn: "2026-12-1" is not a yyyy-mm-dd date.'
    );
    const future = withChange(
      (data) => (data.annualFees.bands[20].source.sourceReadOn = "2999-01-01")
    );
    expect(future).toThrow(
      "cn-annual-fees.json bands[20].source.sourceReadOn: 2999-01-01 is in the future: record the day the source was actually read, or leave it out."
    );
  });

  it("checks the reading of the other CN files' sources too (cn-late-fees.json)", () => {
    const load = withChange((data) => {
      const schedule = data.lateFees.schedules[0] as { source?: { sourceReadOn?: string } };
      schedule.source!.sourceReadOn = "2026-12-32";
    });
    expect(load).toThrow(
      'cn-late-fees.json schedules[0].source.sourceReadOn: "2026-12-32" is not a yyyy-mm-dd date.'
    );
  });

  it("rejects a band whose until is before its from, and a band with an unknown kind", () => {
    expect(withChange((data) => (data.annualFees.bands[3].until = "1985-03-31"))).toThrow(
      "cn-annual-fees.json bands[3]: until 1985-03-31 is before from 1985-04-01."
    );
    expect(withChange((data) => (data.annualFees.bands[3].kind = "trademark"))).toThrow(
      'cn-annual-fees.json bands[3]: kind is "trademark", not invention, utility, design.'
    );
  });
});
