import { epDueDate } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// docs/offices/ep.md, worked examples E1 to E3. Serials: 46173 = 2026-05-31, 46538 = 2027-05-31,
// 46140 = 2026-04-28, 46477 = 2027-03-31, 46234 = 2026-07-31, 46081 = 2026-02-28, 46812 = 2028-02-29.
describe("IP.EP_DUEDATE", () => {
  it("E1: filed 2024-05-15 → year 3 due 2026-05-31, year 4 due 2027-05-31", () => {
    expect(epDueDate("2024-05-15", 3)).toBe(46173);
    expect(epDueDate(45427, 4, null)).toBe(46538);
  });

  it("E2: Euro-PCT filed 2024-03-20 with priority 2023-09-28 → year 3 due 2026-04-28, year 4 due 2027-03-31", () => {
    expect(epDueDate("2024-03-20", 3, "2023-09-28")).toBe(46140);
    expect(epDueDate("2024-03-20", 4, "2023-09-28")).toBe(46477);
    expect(epDueDate("2024-03-20", 3)).toBe(46112); // without priority: 2026-03-31
  });

  it("E3: filed 2022-07-05 → year 5 due 2026-07-31; a 29 February filing ends its Februaries on the 28th or 29th", () => {
    expect(epDueDate("2022-07-05", 5)).toBe(46234);
    expect(epDueDate("2024-02-29", 3)).toBe(46081);
    expect(epDueDate("2024-02-29", 5)).toBe(46812);
  });

  it("answers #VALUE! for a missing filing date, a year outside 3-20 and a priority after filing", () => {
    expect(cellError(() => epDueDate(null, 3)).message).toContain("filingDate is empty");
    expect(cellError(() => epDueDate("2024-05-15", 21)).message).toBe(
      "year 21 has no EPO renewal fee: give a whole year from 3 to 20."
    );
    expect(cellError(() => epDueDate("2024-03-20", 3, "2024-04-01")).code).toBe("#VALUE!");
  });
});
