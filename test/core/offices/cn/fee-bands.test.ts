import { isoToDay } from "../../../../src/core/dates/civil";
import { annualFee } from "../../../../src/core/offices/cn/annual-fee";
import { feeSchedulesFromBands, scheduleOn } from "../../../../src/core/offices/cn/fee-bands";
import { BUILT_IN_CN_RULES_DATA, loadCnRules } from "../../../../src/core/offices/cn/rules";

// The CNIPA fee standard (专利收费、集成电路布图设计收费标准, docs/offices/cn.md [D1]) written out year by
// year, as the two whole schedules the data held before each band became a dated value of its own: the
// unverified floor from 1985-04-01 and the verified schedule from 2022-05-05, which adds design years
// 11-15 at CNY 3,000 (发改价格〔2022〕465号).
const run = (amount: number, years: number) => Array<number>(years).fill(amount);
const INVENTION = [
  ...run(900, 3),
  ...run(1200, 3),
  ...run(2000, 3),
  ...run(4000, 3),
  ...run(6000, 3),
  ...run(8000, 5),
];
const SMALL = [...run(600, 3), ...run(900, 2), ...run(1200, 3), ...run(2000, 2)];
const OLD_SCHEDULES = [
  { from: "1985-04-01", verified: false, invention: INVENTION, utility: SMALL, design: SMALL },
  {
    from: "2022-05-05",
    verified: true,
    invention: INVENTION,
    utility: SMALL,
    design: [...SMALL, ...run(3000, 5)],
  },
] as const;

const FILE = "cn-annual-fees.json";
const asNumbers = (table: readonly unknown[]) => table.slice(1).map((fee) => Number(String(fee)));

describe("CN annual-fee bands as dated values", () => {
  const { bands, schedules } = feeSchedulesFromBands(BUILT_IN_CN_RULES_DATA.annualFees.bands, FILE);

  it("assemble, on each effective date, the old whole schedule year by year for every kind", () => {
    expect(schedules.map((s) => s.from)).toEqual(OLD_SCHEDULES.map((s) => isoToDay(s.from)));
    for (const old of OLD_SCHEDULES) {
      const schedule = scheduleOn(bands, isoToDay(old.from), FILE);
      expect(schedule.verified).toBe(old.verified);
      expect(asNumbers(schedule.fees.invention)).toEqual(old.invention);
      expect(asNumbers(schedule.fees.utility)).toEqual(old.utility);
      expect(asNumbers(schedule.fees.design)).toEqual(old.design);
    }
    // The day before the 2022 schedule still has the 10-year design table of the floor.
    expect(asNumbers(scheduleOn(bands, isoToDay("2022-05-04"), FILE).fees.design)).toEqual(SMALL);
  });

  it("change one band with one entry, from its own date, leaving every other year as it was", () => {
    // A hypothetical rise of invention years 10-12 to CNY 4,500 for fees due from 2031-01-01.
    const data = structuredClone(BUILT_IN_CN_RULES_DATA);
    data.annualFees.bands.push({
      kind: "invention",
      years: [10, 12],
      amount: "4500",
      from: "2031-01-01",
      confidence: "LOW",
      verified: false,
      source: { title: "a hypothetical fee notice" },
    });
    const rules = loadCnRules(data);
    expect(rules.feeSchedules).toHaveLength(3);
    const filing = isoToDay("2020-06-01"); // year 10 due 2029-06-01, year 11 due 2030-06-01, year 12 due 2031-06-01
    const fee = (year: number) => Number(annualFee("invention", filing, year, rules).amount);
    expect([9, 10, 11, 12, 13].map(fee)).toEqual([2000, 4000, 4000, 4500, 6000]);
    const newest = rules.feeSchedules[2].value;
    expect(newest.verified).toBe(false); // one unverified band makes the schedule unverified
    expect(asNumbers(newest.fees.invention)).toEqual([
      ...INVENTION.slice(0, 9),
      ...run(4500, 3),
      ...INVENTION.slice(12),
    ]);
    expect(asNumbers(newest.fees.design)).toEqual(OLD_SCHEDULES[1].design);
  });

  it("end a band on its until date: the band it had replaced applies again the day after", () => {
    const data = structuredClone(BUILT_IN_CN_RULES_DATA);
    data.annualFees.bands.push({
      kind: "utility",
      years: [1, 3],
      amount: "0",
      from: "2030-01-01",
      until: "2030-12-31",
      confidence: "LOW",
      verified: false,
      source: { title: "a hypothetical one-year waiver" },
    });
    const rules = loadCnRules(data);
    const fee = (filing: string) => Number(annualFee("utility", isoToDay(filing), 2, rules).amount);
    expect([fee("2028-12-31"), fee("2029-01-01"), fee("2029-12-31"), fee("2030-01-01")]).toEqual([
      600, 0, 0, 600,
    ]); // year 2 due 2029-12-31, 2030-01-01, 2030-12-31, 2031-01-01
  });
});
