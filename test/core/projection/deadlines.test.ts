import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { deadlines } from "../../../src/core/projection/deadlines";
import { HAND_CHECKED, SETTINGS } from "./hand-checked-portfolio";

const base = {
  title: "",
  status: "granted" as const,
  reduction: new Money(0),
  owner: "",
  jurisdiction: "CN",
};
// F: invention filed 2019-11-15, notice 2021-01-05 (grant year 2), paid through year 6: year 7 was due
//    2025-11-15; on 2026-01-01 that is in month 2 (2025-12-15 < 2026-01-01 ≤ 2026-01-15) → 5% of 2,000 = 100.
// G: invention filed 2015-03-10, notice 2016-01-01, paid through year 9: year 10 was due 2024-03-10, grace
//    ended 2024-09-10 → lapsed; force-majeure restoration at most 2 years later: 2026-09-10.
const F: PortfolioRight = {
  ...base,
  row: 7,
  id: "F",
  kind: "invention",
  filing: isoToDay("2019-11-15"),
  grant: isoToDay("2021-01-05"),
  lastPaidYear: 6,
};
const G: PortfolioRight = {
  ...base,
  row: 8,
  id: "G",
  kind: "invention",
  filing: isoToDay("2015-03-10"),
  grant: isoToDay("2016-01-01"),
  lastPaidYear: 9,
};
const H: PortfolioRight = {
  ...base,
  row: 9,
  id: "H",
  kind: "utility",
  filing: isoToDay("2010-01-01"),
};

describe("deadlines: the pay / review / abandon list", () => {
  const list = deadlines([...HAND_CHECKED, F, G, H], SETTINGS);
  const show = (id: string) => {
    const row = list.find((r) => r.id === id)!;
    return {
      status: row.status,
      year: row.year,
      due: row.due === undefined ? undefined : dayToIso(row.due),
      fee: row.fee?.toNumber(),
      surcharge: row.surcharge?.toNumber(),
      lastDay: row.lastDay === undefined ? undefined : dayToIso(row.lastDay),
      restorationBy: row.restorationBy === undefined ? undefined : dayToIso(row.restorationBy),
      cost: row.costToTermEnd.toNumber(),
    };
  };

  it("puts the overdue fee in the grace period with today's surcharge and the last day", () => {
    // Cost to term end from year 7: 3×2,000 + 3×4,000 + 3×6,000 + 5×8,000 = 76,000.
    expect(show("F")).toEqual({
      status: "grace",
      year: 7,
      due: "2025-11-15",
      fee: 2000,
      surcharge: 100,
      lastDay: "2026-05-15",
      restorationBy: undefined,
      cost: 76000,
    });
  });

  it("gives the next upcoming fee and the cost to the end of the term", () => {
    // A: year 9 due 2026-07-09; cost 2,000 + 3×4,000 + 3×6,000 + 5×8,000 = 72,000.
    expect(show("A")).toMatchObject({
      status: "upcoming",
      year: 9,
      due: "2026-07-09",
      fee: 2000,
      lastDay: "2027-01-09",
      cost: 72000,
    });
    // E paid through year 12: next is year 13 due 2027-05-05; years 13-20 cost 3×6,000 + 5×8,000 = 58,000.
    expect(show("E")).toMatchObject({
      status: "upcoming",
      year: 13,
      due: "2027-05-05",
      cost: 58000,
    });
  });

  it("reports a missed grace period as lapsed with the restoration limit", () => {
    expect(show("G")).toMatchObject({
      status: "lapsed",
      year: 10,
      due: "2024-03-10",
      restorationBy: "2026-09-10",
    });
  });

  it("marks ended terms as expired and keeps the ledger's lapsed status", () => {
    expect(show("H").status).toBe("expired"); // utility filed 2010-01-01: term ended 2019-12-31
    // D is lapsed in the ledger: which fee was missed is unknown, so no dates are claimed.
    expect(show("D")).toMatchObject({
      status: "lapsed",
      year: undefined,
      restorationBy: undefined,
      cost: 0,
    });
  });

  it("sorts by urgency: grace first, then upcoming by due date, then lapsed, then expired", () => {
    expect(list.map((r) => r.id)).toEqual(["F", "B", "C", "A", "E", "G", "D", "H"]);
  });
});
