import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { deadlines } from "../../../src/core/projection/deadlines";

// Every period counts from the formal date; only its last day moves off a rest day (专利法实施细则 2023
// Art. 5, 115). Worked example: docs/offices/cn-deadlines.md (filed 2017-10-01, year 9 due 2025-10-01).
const right: PortfolioRight = {
  row: 2,
  id: "R",
  title: "",
  owner: "",
  jurisdiction: "CN",
  status: "granted",
  kind: "invention",
  filing: isoToDay("2017-10-01"),
  reduction: new Money(0),
  lastPaidYear: 8,
};
const on = (asOf: string, shiftToWorkday: boolean) => {
  const [row] = deadlines([right], {
    asOf: isoToDay(asOf),
    horizonYears: 1,
    fiscalYearStartMonth: 1,
    currency: { code: "CNY", ratePerCny: new Money(1) },
    shiftToWorkday,
  });
  return [row.status, row.surcharge?.toNumber(), dayToIso(row.due!), dayToIso(row.lastDay!)];
};

describe("the Deadlines sheet counts the grace period from the formal due date", () => {
  it("charges 5% on 2025-11-05 with the holiday shift on or off; only the due date shown differs", () => {
    expect(on("2025-11-05", true)).toEqual(["grace", 100, "2025-10-09", "2026-04-01"]);
    expect(on("2025-11-05", false)).toEqual(["grace", 100, "2025-10-01", "2026-04-01"]);
  });

  it("shows the right lapsed on 2026-04-05, not in grace until 2026-04-09", () => {
    expect(on("2026-04-05", true)[0]).toBe("lapsed");
  });
});
