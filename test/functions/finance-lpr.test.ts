import * as functions from "../../src/functions";
import { cellError } from "./expect-cell-error";

// IP.LPR examples of docs/finance.md §1 (NIFC fixings, each confirmed by two reports named there).
describe("IP.LPR", () => {
  it("gives the 1-year LPR in force since 2023-08-21 on 2024-03-15", () => {
    expect(functions.lpr("2024-03-15")).toBe(0.0345);
  });

  it("gives the 5-year LPR cut on 2024-02-20, and the old value the day before", () => {
    expect(functions.lpr("2024-03-15", "5Y")).toBe(0.0395);
    expect(functions.lpr("2024-02-19", "5Y")).toBe(0.042);
  });

  it("takes the new value on the publication day", () => {
    expect(functions.lpr("2025-05-19")).toBe(0.031);
    expect(functions.lpr("2025-05-20")).toBe(0.03);
  });

  it("reads the previous month's fixing for prev_month (Qingdao: contract 2025-05-25 uses April 2025)", () => {
    expect(functions.lpr("2025-05-25", "1Y", "prev_month")).toBe(0.031);
  });

  it("reads the fixing in force on 31 December for december (Fujian)", () => {
    // 2024-03-01 → 31 Dec 2024: the 2024-10-21 fixing, 3.10%
    expect(functions.lpr("2024-03-01", null, "december")).toBe(0.031);
  });

  it("accepts Excel date serials (45366 is 2024-03-15)", () => {
    expect(functions.lpr(45366)).toBe(0.0345);
  });

  it("has no value before the reformed LPR began on 2019-08-20", () => {
    const error = cellError(() => functions.lpr("2019-08-19"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("reformed LPR starts 2019-08-20");
    expect(functions.lpr("2019-08-20")).toBe(0.0425);
  });

  it("returns the last value after the last known fixing, and #N/A with strict", () => {
    expect(functions.lpr("2027-01-15")).toBe(0.03);
    const error = cellError(() => functions.lpr("2027-01-15", "1Y", "in_force", true));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("assumed unchanged since the 2026-05-20 fixing");
  });

  it("knows the value until the day before the next scheduled fixing (2026-06-22)", () => {
    expect(functions.lpr("2026-06-21", "1Y", null, true)).toBe(0.03);
    expect(cellError(() => functions.lpr("2026-06-22", "1Y", null, true)).code).toBe("#N/A");
  });

  it("rejects an unknown tenor or rule with #VALUE!", () => {
    expect(cellError(() => functions.lpr("2024-03-15", "3Y")).message).toContain('"1Y" or "5Y"');
    expect(cellError(() => functions.lpr("2024-03-15", "1Y", "latest")).code).toBe("#VALUE!");
  });
});
