import { isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { upRenewalFee } from "../../../../src/core/offices/up/renewal-fee";

const amount = (year: number, paid = "2026-09-30", lor = false) =>
  upRenewalFee(year, isoToDay(paid), lor).amount!.toFixed(2);

describe("Unitary Patent renewal fees (docs/offices/up.md: RFeesUPP Art. 2)", () => {
  it("UP1: year 7 → 630.00; the first and last years: 2 → 35.00, 20 → 4855.00", () => {
    expect(amount(7)).toBe("630.00");
    expect(amount(2)).toBe("35.00");
    expect(amount(20)).toBe("4855.00");
  });

  it("UP3: the fees of years 2 to 20 add up to 35,555 and those of years 2 to 10 to 4,685", () => {
    const sum = (from: number, to: number) => {
      let total = new Money(0);
      for (let y = from; y <= to; y += 1) total = total.plus(amount(y));
      return total.toString();
    };
    expect(sum(2, 20)).toBe("35555");
    expect(sum(2, 10)).toBe("4685");
  });

  it("UP3: with a licence of right year 10 costs 1,175 × 0.85 = 998.75; year 2 costs 29.75", () => {
    expect(amount(10, "2026-09-30", true)).toBe("998.75");
    expect(amount(2, "2026-09-30", true)).toBe("29.75");
    expect(upRenewalFee(10, isoToDay("2026-09-30"), true).flags).toEqual(["licence-of-right"]);
  });

  it("starts on 2023-06-01, carries no newer-schedule flag in 2026, and refuses years 1 and 21", () => {
    expect(amount(3, "2023-06-01")).toBe("105.00");
    expect(() => upRenewalFee(3, isoToDay("2023-05-31"), false)).toThrow(
      "No Unitary Patent renewal-fee table in force on 2023-05-31: the data starts on 2023-06-01."
    );
    expect(upRenewalFee(3, isoToDay("2026-04-01"), false).flags).toEqual([]);
    expect(() => upRenewalFee(1, isoToDay("2026-04-01"), false)).toThrow(
      "year 1 has no Unitary Patent renewal fee: give a whole year from 2 to 20."
    );
    expect(() => upRenewalFee(21, isoToDay("2026-04-01"), false)).toThrow("year 21");
  });
});
