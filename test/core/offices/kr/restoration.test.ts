import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { krRestoration } from "../../../../src/core/offices/kr/restoration";

// Worked example K4 of docs/offices/kr.md: restoration without a reason, by 2026-04-16, twice the fee.
describe("KR restoration (특허법 제81조의3)", () => {
  it("K4: year 7 fee ₩770,000 due 2025-07-16: ₩1,540,000 by 2026-04-16, graded MED", () => {
    const restoration = krRestoration(new Money(770000), isoToDay("2025-07-16"));
    expect([
      dayToIso(restoration.lastDay),
      restoration.amount.toString(),
      restoration.confidence,
    ]).toEqual(["2026-04-16", "1540000", "MED"]);
  });
});
