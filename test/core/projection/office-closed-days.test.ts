import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { ratesOf } from "../../../src/core/projection/exchange-rates";
import { FeeLine, OfficeCode } from "../../../src/core/offices/office-pack";
import { openFreeDay, openLastDays } from "../../../src/core/projection/office-open-days";
import { projectOfficeRights } from "../../../src/core/projection/office-schedule";

// docs/offices/us.md U1: granted 2023-03-14, stage 1 $2,150 due 2026-09-14; the grace period ends Sunday
// 2027-03-14, so a payment on Monday 2027-03-15 is in time (35 U.S.C. 21(b)) with the $540 surcharge.
const rights = readPortfolio({
  sheet: "P",
  top: 1,
  left: 0,
  values: [
    ["ID", "Type", "Filing date", "Grant date", "Jurisdiction", "Last annuity year paid"],
    ["US-U1", "invention", "2021-06-01", "2023-03-14", "US", 0],
  ],
}).officeRights;
const on = (iso: string) =>
  projectOfficeRights(
    rights,
    {
      asOf: isoToDay(iso),
      horizonYears: 2,
      fiscalYearStartMonth: 1,
      currency: { code: "CNY", ratePerCny: new Money(1) },
      shiftToWorkday: false,
    },
    ratesOf("CNY", new Money(1))
  );

describe("a foreign fee whose formal last day is a closed day", () => {
  it("is still budgeted, with the surcharge, on the office's next open day", () => {
    const { rows, lapsed } = on("2027-03-15");
    expect(lapsed).toEqual([]);
    expect(
      rows.map((row) => [row.year, row.amount?.toString(), row.surcharge?.toString()])
    ).toEqual([[1, "2690", "540"]]);
  });

  it("has lapsed the day after", () => {
    const { rows, lapsed } = on("2027-03-16");
    expect([rows.length, lapsed.map((right) => right.id)]).toEqual([0, ["US-U1"]]);
  });
});

describe("a fee's last day without surcharge, asked alone", () => {
  it("is openLastDays's free day, at every office, with or without a free period after the due date", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<OfficeCode>("JP", "US", "KR", "EP", "UP", "DE", "GB", "FR", "NL"),
        fc.integer({ min: isoToDay("2024-01-01"), max: isoToDay("2032-12-31") }),
        fc.option(fc.integer({ min: 1, max: 92 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
        (office, due, freeDays, graceDays) => {
          const line: FeeLine = {
            year: 5,
            due,
            freeUntil: freeDays === undefined ? undefined : due + freeDays,
            lastDay: graceDays === undefined ? undefined : due + graceDays,
            amount: new Money(100),
            currency: "EUR",
            confidence: "HIGH",
            flags: [],
          };
          expect(openFreeDay(office, line)).toBe(openLastDays(office, line).free);
        }
      ),
      { numRuns: 1000, seed: 5 }
    );
  });
});
