import { dayFromCivil } from "../../src/core/dates/civil";
import { serialFromDay } from "../../src/core/dates/excel-serial";
import { usDueDateCell } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// docs/offices/us.md: the last day without surcharge, grant + 3½, 7½, 11½ years (corresponding day).
const serial = (y: number, m: number, d: number) => serialFromDay(dayFromCivil(y, m, d));

describe("IP.US_DUEDATE", () => {
  it("U1: granted 2023-03-14 → 2026-09-14", () => {
    expect(usDueDateCell("2023-03-14", 1)).toBe(serial(2026, 9, 14));
    expect(usDueDateCell("2023-03-14", 3.5)).toBe(serial(2026, 9, 14));
  });

  it("U2: granted 2019-01-15, 7.5-year fee → 2026-07-15", () => {
    expect(usDueDateCell("2019-01-15", 7.5)).toBe(serial(2026, 7, 15));
  });

  it("U3: granted 2021-08-31 → 2025-02-28 (no 31 February)", () => {
    expect(usDueDateCell("2021-08-31", 1)).toBe(serial(2025, 2, 28));
  });

  it("stage 3 of a 29 February grant → 29 August", () => {
    expect(usDueDateCell("2024-02-29", 3)).toBe(serial(2035, 8, 29));
  });

  it("asks for a grant date and a stage", () => {
    expect(cellError(() => usDueDateCell("", 1)).message).toContain("grantDate is empty");
    expect(cellError(() => usDueDateCell("2023-03-14", 5)).message).toContain(
      "not a maintenance-fee stage"
    );
  });
});
