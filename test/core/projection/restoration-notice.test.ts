import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { deadlines } from "../../../src/core/projection/deadlines";

// Restoration may be requested within 2 months of receiving CNIPA's notice (专利法实施细则 Art. 6 ¶2); an
// electronic notice from 2024-01-20 counts as received on its date (Art. 4). An optional ledger column
// with the notice date gives that limit; without it the sheet says "2 months after CNIPA's notice".
// Worked example: docs/offices/cn-deadlines.md (filed 2017-10-01, year 9 due 2025-10-01, unpaid).
describe("the ordinary restoration limit from the lapse notice column", () => {
  const grid = {
    sheet: "Ledger",
    top: 1,
    left: 0,
    values: [
      ["ID", "Type", "Filing date", "Grant date", "Last annuity year paid", "Lapse notice date"],
      ["CN1", "invention", "2017-10-01", "2019-05-01", 8, "2026-05-10"],
      ["CN2", "invention", "2017-10-01", "2019-05-01", 8, ""],
    ],
  };
  const settings = {
    asOf: isoToDay("2026-05-20"),
    horizonYears: 1,
    fiscalYearStartMonth: 1,
    currency: { code: "CNY", ratePerCny: new Money(1) },
    shiftToWorkday: false,
  };

  it("is 2 months after the notice (2026-05-10 → 2026-07-10) when the column has it, else unknown", () => {
    const read = readPortfolio(grid);
    expect(read.issues).toEqual([]);
    const rows = deadlines(read.rights, settings);
    const limit = (id: string) => rows.find((r) => r.id === id)!.restorationByNotice;
    expect(dayToIso(limit("CN1")!)).toBe("2026-07-10");
    expect(limit("CN2")).toBeUndefined();
  });
});
