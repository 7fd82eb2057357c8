import { Money, moneyPool } from "../../../src/core/money/money";

// Rows of a large run share one Money per amount (offsets, costs to the end of a term, reduction
// rates): the pool must give back the first instance for an equal value, and keep different values apart.
describe("moneyPool", () => {
  it("gives the first instance for every equal value, written any way", () => {
    const same = moneyPool();
    const first = same(new Money("1.50"));
    expect(same(new Money("1.5"))).toBe(first);
    expect(same(new Money(1.5))).toBe(first);
    expect(first.toString()).toBe("1.5");
  });

  it("keeps different values apart, and -0 apart from 0", () => {
    const same = moneyPool();
    const zero = same(new Money(0));
    const minusZero = same(new Money("-0"));
    expect(minusZero).not.toBe(zero);
    expect(minusZero.isNegative()).toBe(true);
    expect(same(new Money("1200"))).not.toBe(same(new Money("1200.01")));
  });

  it("starts empty each time: two pools do not share", () => {
    const a = moneyPool();
    const b = moneyPool();
    const amount = new Money("900");
    expect(a(amount)).toBe(amount);
    expect(b(new Money("900"))).not.toBe(amount);
  });
});
