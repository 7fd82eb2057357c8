import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { deadlines } from "../../../src/core/projection/deadlines";

// A fee due before the first reduction rule in the data (专利收费减缴办法, 财税〔2016〕78号, from 2016-09-01)
// cannot be priced with a reduction: the Deadlines sheet leaves the fee empty and says why, never 0.
describe("a fee no reduction rule covers", () => {
  it("has no fee and the reason on its Deadlines row", () => {
    const right: PortfolioRight = {
      row: 2,
      id: "R",
      title: "",
      owner: "",
      jurisdiction: "CN",
      status: "granted",
      kind: "invention",
      filing: isoToDay("2010-01-01"),
      grant: isoToDay("2011-01-01"),
      reduction: new Money("0.85"),
      lastPaidYear: 5,
    };
    const [row] = deadlines([right], {
      asOf: isoToDay("2014-12-01"),
      horizonYears: 1,
      fiscalYearStartMonth: 1,
      currency: { code: "CNY", ratePerCny: new Money(1) },
      shiftToWorkday: false,
    });
    expect(row.status).toBe("upcoming"); // year 6, due 2015-01-01
    expect(row.fee).toBeUndefined();
    expect(row.feeProblem).toBe(
      "No fee-reduction rule in force on 2015-01-01: the data starts on 2016-09-01."
    );
  });
});
