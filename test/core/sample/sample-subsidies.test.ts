import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { applicantLocations } from "../../../src/core/portfolio/applicant-locations";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { portfolioEvents } from "../../../src/core/projection/subsidy-events";
import { applySubsidies } from "../../../src/core/projection/apply-subsidies";
import { budgetOffsets } from "../../../src/core/projection/budget-offsets";
import { projectPortfolio } from "../../../src/core/projection/project";
import { samplePortfolio } from "../../../src/core/sample/sample-portfolio";
import { BUILT_IN_PROGRAMMES } from "../../../src/core/subsidy";
import { paymentsOf } from "../../../src/core/projection/payments";

// The sample's Shenzhen family earns what JETRO Hong Kong 2021 report, table 2 (Shenzhen AMR; docs/subsidies.md) pays: 「外国特許出願
// 外国：日米欧 4 万元/件」, 「PCT：1 万元/件、国際公開後に付与」, EUIPO trademark 3,000, domestic invention
// 2,500 + 7,500 for a first-time applicant. The built-in programmes have all ended, so these are history.
describe("the sample portfolio's subsidy offsets", () => {
  it.each(["2026-11-23", "2031-03-01"])("are shown and explained (inserted %s)", (today) => {
    const settings = {
      asOf: isoToDay(today),
      horizonYears: 10,
      fiscalYearStartMonth: 1,
      currency: { code: "CNY", ratePerCny: new Money(1) },
      shiftToWorkday: false,
    };
    const read = readPortfolio({
      sheet: "Sample",
      top: 1,
      left: 0,
      values: samplePortfolio(settings.asOf),
    });
    const projection = projectPortfolio(read.rights, settings).rows;
    const located = applicantLocations(read.records, "Sample");
    expect(located.issues).toEqual([]);
    const events = portfolioEvents(
      read.records,
      paymentsOf(projection),
      "Sample",
      located.conflicting
    );
    expect(events.issues).toEqual([]);
    const offsets = budgetOffsets(
      applySubsidies(events.events, BUILT_IN_PROGRAMMES, located.locations),
      settings
    );

    // The fixed rows' payments (rows placed relative to today may add SZ-2022 grants, dated by today).
    const paid = new Map(
      offsets
        .filter((o) => !o.applied.isZero())
        .map((o) => [
          `${o.offset.rightId} ${o.offset.ruleId} ${o.offset.part}`,
          o.applied.toString(),
        ])
    );
    expect(Object.fromEntries(paid)).toMatchObject({
      "US11,135,246 SZ-2021/foreign-patent-us per-case": "40000",
      "JP6987654 SZ-2021/foreign-patent-jp per-case": "40000",
      "EUTM018234567 SZ-2021/foreign-trademark-euipo-oapi-aripo per-case": "3000",
      "CN201910876543.2 SZ-2021/cn-invention-grant per-case": "2500",
      "CN201910876543.2 SZ-2021/cn-invention-grant first-time-bonus": "7500",
    });
    // The 2021 publications (2021-09-30, 2021-10-14) come after CNIPA ended filing-stage subsidies on
    // 2021-06-30 (国知发保字〔2021〕1号): 0, and why.
    for (const id of ["PCT/CN2020/081234", "CN202010234567.8"]) {
      const publication = offsets.find((o) => o.offset.rightId === id)!;
      expect([publication.applied.toString(), publication.offset.reason]).toEqual([
        "0",
        "CNIPA-2021: filing-stage patent subsidies ended on 2021-06-30 (国知发保字〔2021〕1号): an application-stage event (a PCT publication, a filing) from 2021-07-01 on earns nothing",
      ]);
    }
    // The 2024 publication comes after the programme: 0, and why.
    expect(offsets.find((o) => o.offset.rightId === "PCT/CN2023/098765")?.offset.reason).toBe(
      "programme ended on 2021-12-31"
    );
    // Only the Shenzhen applicant gets Shenzhen money: the Japanese parent's US right earns nothing.
    expect(
      offsets.every((o) => o.offset.applicant === "Sample Technology (Shenzhen) Co., Ltd.")
    ).toBe(true);
    // Every offset that pays less than its formula, or nothing, says why.
    for (const { offset } of offsets) {
      if (offset.applied.lessThan(offset.gross) || offset.applied.isZero()) {
        expect(offset.reason).toEqual(expect.any(String));
      }
    }
    // History, not budget: every offset is dated before the as-of date.
    expect(offsets.every((o) => o.placement === "before")).toBe(true);
  });
});
