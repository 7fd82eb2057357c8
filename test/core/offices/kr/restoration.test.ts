import raw from "../../../../src/data/offices/kr-fees.json";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { loadKrData } from "../../../../src/core/offices/kr/kr-data";
import { krRestoration } from "../../../../src/core/offices/kr/restoration";

// Worked example K4 of docs/offices/kr.md: year 7 fee ₩770,000 due 2025-07-16, 6-month 추가납부 period
// to 2026-01-16.
describe("KR restoration (특허법 제81조의3)", () => {
  it("ships no figure: the built-in data grades the period and fee UNCONFIRMED and says what is missing", () => {
    const restoration = krRestoration(new Money(770000), isoToDay("2025-07-16"));
    expect(restoration).toEqual(
      expect.objectContaining({
        confidence: "UNCONFIRMED",
        missing: expect.stringContaining("81조의3"),
      })
    );
    expect("amount" in restoration).toBe(false);
  });

  it("prices it when a data file grades a rule: 2 × ₩770,000 = ₩1,540,000 by 3 months after 2026-01-16", () => {
    const data = loadKrData({
      ...structuredClone(raw),
      restoration: {
        confidence: "MED",
        verified: false,
        months: 3,
        multiple: "2",
        source: { title: "a user's reading of 특허법 제81조의3" },
      },
    });
    const restoration = krRestoration(new Money(770000), isoToDay("2025-07-16"), data);
    if ("missing" in restoration) throw new Error("expected a figure");
    expect([
      dayToIso(restoration.lastDay),
      restoration.amount.toString(),
      restoration.confidence,
    ]).toEqual(["2026-04-16", "1540000", "MED"]);
  });
});
