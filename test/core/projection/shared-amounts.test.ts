import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { JP_PACK } from "../../../src/core/offices/jp/jp-pack";
import { KR_PACK } from "../../../src/core/offices/kr/kr-pack";
import { convertAt, ratesOf, toCny } from "../../../src/core/projection/exchange-rates";
import { SourceGrid } from "../../../src/core/table/grid";

// Issue 14: a fee is one Money shared by every line with the same band and claims, and a conversion is
// kept per rate and amount: the values must be those computed per line, whatever was converted before.

const grid = (jpy: number, cny?: number): SourceGrid => ({
  sheet: "Rates",
  top: 1,
  left: 0,
  values: [
    ["Currency", "Rate", "As of", "Source"],
    ...(cny === undefined ? [] : [["CNY", cny, "2026-05-29", "test"]]),
    ["JPY", jpy, "2026-05-29", "test"],
  ],
});

describe("amounts shared between lines", () => {
  it("gives two JP rights with 1 claim one Money for the same year (11,100 JPY, see jp-pack tests)", () => {
    const right = (grant: string) =>
      JP_PACK.schedule({
        office: "JP",
        kind: "patent",
        filing: isoToDay("2020-01-10"),
        grant: isoToDay(grant),
        claims: 1,
      });
    const a = right("2023-06-12")[3];
    const b = right("2024-02-01")[3];
    expect(a.amount!.toString()).toBe("11100");
    expect(b.amount).toBe(a.amount);
  });

  it("gives KR rights with as many claims one Money (K1: 10 claims, year 4 236,000 KRW)", () => {
    const line = (grant: string) =>
      KR_PACK.schedule({
        office: "KR",
        kind: "patent",
        filing: isoToDay("2023-01-10"),
        grant: isoToDay(grant),
        claims: 10,
      })[3];
    expect(line("2025-03-05").amount!.toString()).toBe("236000");
    expect(line("2025-04-07").amount).toBe(line("2025-03-05").amount);
  });

  it("converts one amount by each rate it meets, not by the first one", () => {
    const fee = new Money(16_700);
    // 16,700 × 0.048 = 801.6 CNY; × 0.05 = 835 CNY; into CNY through JPY as output at 21.5 JPY per CNY
    // (16,700 ÷ 21.5 = 776.744… → 776.74) and at 20 (835.00).
    expect(convertAt(fee, "JPY", ratesOf("CNY", new Money(1), grid(0.048)))!.toString()).toBe(
      "801.6"
    );
    expect(convertAt(fee, "JPY", ratesOf("CNY", new Money(1), grid(0.05)))!.toString()).toBe("835");
    const rates = ratesOf("CNY", new Money(1), grid(0.048));
    expect(convertAt(fee, "JPY", rates)).toBe(convertAt(fee, "JPY", rates));
    expect(toCny(fee, "JPY", ratesOf("JPY", new Money("21.5")))!.toString()).toBe("776.74");
    expect(toCny(fee, "JPY", ratesOf("JPY", new Money(20)))!.toString()).toBe("835");
  });
});
