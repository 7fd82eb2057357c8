import { dayToIso } from "../../../src/core/dates/civil";
import { projectPortfolio } from "../../../src/core/projection/project";
import { HAND_CHECKED, SETTINGS } from "./hand-checked-portfolio";

describe("projection of a hand-checked portfolio (see hand-checked-portfolio.ts)", () => {
  const { rows, issues } = projectPortfolio(HAND_CHECKED, SETTINGS);

  it("lists the 12 payments due in the horizon, in due-date order", () => {
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.id, r.year, dayToIso(r.due), r.payable.toNumber()])).toEqual([
      ["B", 7, "2026-02-28", 180],
      ["C", 5, "2026-03-01", 900],
      ["C", 6, "2026-06-01", 1200],
      ["A", 9, "2026-07-09", 2000],
      ["B", 8, "2027-02-28", 180],
      ["E", 13, "2027-05-05", 6000],
      ["C", 7, "2027-06-01", 1200],
      ["A", 10, "2027-07-09", 4000],
      ["B", 9, "2028-02-29", 300],
      ["E", 14, "2028-05-05", 6000],
      ["C", 8, "2028-06-01", 1200],
      ["A", 11, "2028-07-09", 4000],
    ]);
  });

  it("totals 27,160 CNY and 516,040 JPY at 19 per CNY", () => {
    expect(rows.reduce((sum, r) => sum + r.payable.toNumber(), 0)).toBe(27160);
    expect(rows.reduce((sum, r) => sum + r.converted.toNumber(), 0)).toBe(516040);
  });

  it("shows the full fee and the reduction applied beside the payable amount", () => {
    const b7 = rows.find((r) => r.id === "B" && r.year === 7)!;
    expect([
      b7.fee.toNumber(),
      b7.reduction.toNumber(),
      b7.payable.toNumber(),
      b7.converted.toNumber(),
    ]).toEqual([1200, 0.85, 180, 3420]);
  });

  it("marks the pending right's rows as based on an assumed grant", () => {
    expect(new Set(rows.filter((r) => r.id === "C").map((r) => r.basis))).toEqual(
      new Set(["pending-assumed-grant"])
    );
    expect(new Set(rows.filter((r) => r.id !== "C").map((r) => r.basis))).toEqual(
      new Set(["granted"])
    );
  });

  it("gives the same rows whatever the order of the portfolio", () => {
    const reversed = projectPortfolio([...HAND_CHECKED].reverse(), SETTINGS).rows;
    expect(reversed).toEqual(rows);
  });
});
