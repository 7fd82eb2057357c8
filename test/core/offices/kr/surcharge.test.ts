import { isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { krLateFee, lateMonths } from "../../../../src/core/offices/kr/surcharge";

// Worked example K4 of docs/offices/kr.md: +3% of the fee per month or part month, up to 18%.
const fee = new Money(770000);
const due = isoToDay("2025-07-16");
const late = (paid: string) => krLateFee(fee, due, isoToDay(paid));

describe("KIPO surcharge in the 추가납부 period", () => {
  it("K4: paid 2025-07-21 (month 1): 770,000 × 1.03 = 793,100", () => {
    expect(late("2025-07-21").plus(fee).toString()).toBe("793100");
  });

  it("K4: paid 2025-09-01 (2nd month): × 1.06 = 816,200", () => {
    expect(late("2025-09-01").plus(fee).toString()).toBe("816200");
  });

  it("K4: paid in the last month up to 2026-01-16: × 1.18 = 908,600; after it, lapsed", () => {
    expect(late("2026-01-16").plus(fee).toString()).toBe("908600");
    expect(() => late("2026-01-17")).toThrow(expect.objectContaining({ code: "lapsed" }));
  });

  it("counts a part month as a month, and nothing when paid on the due date", () => {
    expect(late("2025-07-16").toString()).toBe("0");
    expect(lateMonths(due, isoToDay("2025-07-17"))).toBe(1);
    expect(lateMonths(due, isoToDay("2025-08-16"))).toBe(1);
    expect(lateMonths(due, isoToDay("2025-08-17"))).toBe(2);
  });

  it("counts months from a month-end due date with the corresponding-day rule", () => {
    const end = isoToDay("2025-01-31");
    expect(lateMonths(end, isoToDay("2025-02-28"))).toBe(1);
    expect(lateMonths(end, isoToDay("2025-03-01"))).toBe(2);
  });
});
