import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { deadlines } from "../../../src/core/projection/deadlines";
import { projectPortfolio } from "../../../src/core/projection/project";
import { samplePortfolio } from "../../../src/core/sample/sample-portfolio";

describe("the sample portfolio", () => {
  // Inserted on two different days, the sample shows the same cases: it is built relative to today.
  it.each(["2026-11-23", "2031-03-01"])(
    "shows every case the first run should teach (inserted %s)",
    (today) => {
      const asOf = isoToDay(today);
      const rows = samplePortfolio(asOf);
      expect(rows).toHaveLength(31); // header + 30 rights
      const read = readPortfolio({ sheet: "Sample", top: 1, left: 0, values: rows });
      expect(read.rights).toHaveLength(23);
      expect(read.issues.map((i) => [i.row, i.column, i.kind])).toEqual([
        // Rows 25 and 29 (PCT applications) carry no fees; 26 and 30 (US) and 27 (JP, 8 claims) go to
        // their office's pack; only the EU trademark has no fee data.
        [28, "C", "unsupported"], // its EU trademark
        [31, "D", "error"], // 2020-02-30
      ]);
      expect(read.officeRights.map((right) => [right.row, right.office])).toEqual([
        [26, "US"],
        [27, "JP"],
        [30, "US"],
      ]);
      // Unsupported for fees, still read for subsidies: 23 projected rights + 6 other rows.
      expect(read.records).toHaveLength(29);
      const settings = {
        asOf,
        horizonYears: 10,
        fiscalYearStartMonth: 1,
        currency: { code: "CNY", ratePerCny: new Money(1) },
        shiftToWorkday: false,
      };
      const statuses = deadlines(read.rights, settings).map((d) => d.status);
      expect(statuses.filter((s) => s === "grace")).toHaveLength(1);
      expect(statuses.filter((s) => s === "lapsed")).toHaveLength(2); // one for non-payment, one marked 失效
      expect(statuses).toContain("abandoned");
      expect(projectPortfolio(read.rights, settings).rows.length).toBeGreaterThan(100);
    }
  );

  it("is the same every time for the same day", () => {
    expect(samplePortfolio(isoToDay("2026-11-23"))).toEqual(
      samplePortfolio(isoToDay("2026-11-23"))
    );
  });
});
