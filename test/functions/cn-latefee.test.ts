import { cnLateFee, cnLateFeeOn } from "../../src/functions";
import { cellError } from "./expect-cell-error";

describe("IP.CN_LATEFEE", () => {
  it("docs/offices/cn.md CN-E4: 1,200 paid 2.3 months late → 10% → 120", () => {
    expect(cnLateFee(1200, 2.3)).toBe(120);
  });

  it("follows the bands at their edges: 1 → 0, 2 → 5%, 6 → 25%", () => {
    expect([0, 1, 1.5, 2, 3, 4, 5, 6].map((months) => cnLateFee(1200, months))).toEqual([
      0, 0, 60, 60, 120, 180, 240, 300,
    ]);
  });

  it("rounds to the fen once: 333.33 × 5% = 16.6665 → 16.67", () => {
    expect(cnLateFee(333.33, 1.5)).toBe(16.67);
  });

  it("reports a lapse after 6 months as #N/A with the reason", () => {
    expect(cellError(() => cnLateFee(1200, 6.5))).toMatchObject({
      code: "#N/A",
      message:
        "Paid 6.5 months late: more than 6 months late, the fee is no longer accepted and the right has lapsed (restoration: request fee CNY 1,000).",
    });
  });

  it("rejects a negative amount and negative months", () => {
    expect(cellError(() => cnLateFee(-5, 2)).message).toBe(
      "amount -5 is negative: give an amount in CNY, 0 or more."
    );
    expect(cellError(() => cnLateFee(1200, -1)).message).toBe(
      "monthsLate -1 must be a number of months, 0 or more."
    );
    expect(cellError(() => cnLateFee("a lot", 2)).message).toBe(
      'amount "a lot" is not a number: give an amount in CNY, 0 or more.'
    );
  });
});

describe("IP.CN_LATEFEE_ON", () => {
  it("paid exactly one month after the due date: no surcharge; a day later: 5%", () => {
    expect(cnLateFeeOn(1200, "2021-07-09", "2021-08-09")).toBe(0);
    expect(cnLateFeeOn(1200, "2021-07-09", "2021-08-10")).toBe(60);
  });

  it("docs/offices/cn.md CN-E4 by dates: due 2021-07-09 (serial 44386), paid 2021-09-19 → 120", () => {
    expect(cnLateFeeOn(1200, 44386, "2021-09-19")).toBe(120);
  });

  it("takes a payment on the holiday-extended last day as in time: 25% band (实施细则 2023 Art. 5)", () => {
    // Due 2021-07-09: the sixth month ends Sunday 2022-01-09, so the period ends Monday 2022-01-10.
    // 1,200 × 25% = 300.
    expect(cnLateFeeOn(1200, "2021-07-09", "2022-01-10")).toBe(300);
  });

  it("reports payment after the (extended) sixth month as a lapse", () => {
    expect(cellError(() => cnLateFeeOn(1200, "2021-07-09", "2022-01-11")).code).toBe("#N/A");
  });

  it("names the date argument at fault", () => {
    expect(cellError(() => cnLateFeeOn(1200, "2021-07-09", "")).message).toBe(
      "paidDate is empty: give a date, or text as yyyy-mm-dd, yyyy/mm/dd or yyyy年m月d日."
    );
  });
});
