import { isoToDay } from "../../../../src/core/dates/civil";
import { epRenewalFee } from "../../../../src/core/offices/ep/renewal-fee";

const fee = (year: number, paid: string, micro = false) =>
  epRenewalFee(year, isoToDay(paid), micro);
const amount = (year: number, paid: string, micro = false) =>
  fee(year, paid, micro).amount?.toFixed(2);

describe("EPO renewal fees (docs/offices/ep.md, Tables: RFees Art. 2(1) item 4 from 2024-04-01)", () => {
  it("gives every band of the 2024 table, 10 to 20 alike", () => {
    const expected: [number, string][] = [
      [3, "690.00"],
      [4, "845.00"],
      [5, "1000.00"],
      [6, "1155.00"],
      [7, "1310.00"],
      [8, "1465.00"],
      [9, "1620.00"],
      [10, "1775.00"],
      [20, "1775.00"],
    ];
    for (const [year, value] of expected) expect(amount(year, "2025-01-10")).toBe(value);
  });

  it("starts the data on 2024-04-01: the day before has no table", () => {
    expect(amount(3, "2024-04-01")).toBe("690.00");
    expect(() => fee(3, "2024-03-31")).toThrow(
      "No EPO renewal-fee table in force on 2024-03-31: the data starts on 2024-04-01."
    );
  });

  it("flags amounts paid from 2026-04-01, where a newer schedule is reported, and not the day before", () => {
    expect(fee(3, "2026-03-31").flags).toEqual([]);
    const flagged = fee(3, "2026-04-01");
    expect(flagged.amount?.toString()).toBe("690");
    expect(flagged.flags).toEqual(["newer-schedule-reported"]);
    expect(flagged.notes[0]).toContain("a newer schedule is reported from 2026-04-01");
    expect(flagged.confidence).toBe("HIGH");
  });

  it("E3: a micro-entity pays 1,000 × 0.70 = 700.00 for year 5; cents are kept (1,155 × 0.7 = 808.50)", () => {
    expect(amount(5, "2026-07-31", true)).toBe("700.00");
    expect(amount(6, "2025-01-10", true)).toBe("808.50");
    expect(fee(5, "2025-01-10", true).flags).toEqual(["micro-entity"]);
  });

  it("refuses a year without an EPO renewal fee", () => {
    expect(() => fee(2, "2025-01-10")).toThrow("year 2 has no EPO renewal fee");
  });
});
