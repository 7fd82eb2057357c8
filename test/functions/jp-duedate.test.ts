import { dayFromCivil } from "../../src/core/dates/civil";
import { serialFromDay } from "../../src/core/dates/excel-serial";
import { jpDueDateCell } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// docs/offices/jp.md: year n is due on the (n−1)th registration anniversary (特許法第108条第2項).
const serial = (y: number, m: number, d: number) => serialFromDay(dayFromCivil(y, m, d));

describe("IP.JP_DUEDATE", () => {
  it("J1: registered 2025-06-12, year 4 due 2028-06-12 (serial 46916)", () => {
    expect(jpDueDateCell("2025-06-12", 4)).toBe(serial(2028, 6, 12));
    expect(serial(2028, 6, 12)).toBe(46916);
  });

  it("J3: registered 2017-05-18, year 10 due 2026-05-18", () => {
    expect(jpDueDateCell("2017-05-18", 10)).toBe(serial(2026, 5, 18));
  });

  it("moves a 29 February anniversary to 28 February in common years", () => {
    expect(jpDueDateCell("2020-02-29", 4)).toBe(serial(2023, 2, 28));
    expect(jpDueDateCell("2020-02-29", 5, "patent")).toBe(serial(2024, 2, 29));
  });

  it("starts designs at year 2 and utility models at year 4", () => {
    expect(jpDueDateCell("2022-01-20", 2, "design")).toBe(serial(2023, 1, 20));
    expect(jpDueDateCell("2022-01-20", 4, "実用新案")).toBe(serial(2025, 1, 20));
  });

  it("says that years paid before or at registration have no anniversary", () => {
    const error = cellError(() => jpDueDateCell("2025-06-12", 2));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("paid together within 30 days of the decision to grant");
    expect(cellError(() => jpDueDateCell("2025-06-12", 1, "design")).message).toContain(
      "paid at registration"
    );
  });

  it("asks for a registration date", () => {
    expect(cellError(() => jpDueDateCell(null, 4)).message).toContain("registrationDate is empty");
  });
});
