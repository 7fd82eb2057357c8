import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { projectPortfolio } from "../../../src/core/projection/project";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { SETTINGS } from "./hand-checked-portfolio";

// Two rows of a ledger with one application number (a copy the user has not cleaned up) whose fees fall
// on the same day: the projection lists payments by (due, ID, year), so the lower year comes first
// whichever row is listed first. Annual fees from the CNIPA fee standard: an invention's years 7-9 are
// CNY 2,000, years 13-15 CNY 6,000.
const invention = (row: number, filing: string, grant: string): PortfolioRight => ({
  row,
  id: "CN201200000001.X",
  title: "",
  kind: "invention",
  filing: isoToDay(filing),
  grant: isoToDay(grant),
  status: "granted",
  reduction: new Money(0),
  owner: "Tokyo",
  jurisdiction: "CN",
});

// As of 2026-01-01, formal due dates (the hand-checked portfolio's settings), over one year.
const settings: ProjectionSettings = { ...SETTINGS, horizonYears: 1 };

describe("two rights with one ID due the same day", () => {
  it("are projected by year, the second row's year 7 before the first row's year 15", () => {
    // Filed on 15 March 2012 and 2020: on 15 March 2026 the first enters year 15, the second year 7.
    const rights = [
      invention(2, "2012-03-15", "2015-01-10"),
      invention(3, "2020-03-15", "2022-05-10"),
    ];
    const rows = projectPortfolio(rights, settings).rows.map((row) => ({
      sourceRow: row.sourceRow,
      year: row.year,
      due: dayToIso(row.due),
      payable: row.payable.toString(),
    }));
    expect(rows).toEqual([
      { sourceRow: 3, year: 7, due: "2026-03-15", payable: "2000" },
      { sourceRow: 2, year: 15, due: "2026-03-15", payable: "6000" },
    ]);
  });
});
