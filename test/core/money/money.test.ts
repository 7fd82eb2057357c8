import { Money, moneyFromCell, roundToFen, yuanToCell } from "../../../src/core/money/money";

describe("money", () => {
  it("rounds half away from zero to the fen once: 16.6665 → 16.67, 0.005 → 0.01", () => {
    expect(roundToFen(new Money("16.6665")).toString()).toBe("16.67");
    expect(roundToFen(new Money("0.005")).toString()).toBe("0.01");
    expect(roundToFen(new Money("-0.005")).toString()).toBe("-0.01");
  });

  it("reads cell numbers at their shown decimal form, so 0.1 + 0.2 is exactly 0.3", () => {
    expect(moneyFromCell(0.1).plus(moneyFromCell(0.2)).toString()).toBe("0.3");
  });

  it("is not affected by another module changing the global Decimal settings", async () => {
    const { default: Decimal } = await import("decimal.js");
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN });
    expect(new Money("82300").times("1.005").toString()).toBe("82711.5");
    expect(yuanToCell(new Money("134.995"))).toBe(135);
  });
});
