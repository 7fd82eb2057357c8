import { annualFee } from "../../../../src/core/offices/cn/annual-fee";
import { RightKind } from "../../../../src/core/offices/cn/right-kind";
import { BUILT_IN_CN_RULES_DATA, loadCnRules } from "../../../../src/core/offices/cn/rules";
import { isoToDay } from "../../../../src/core/dates/civil";

// Every table value of docs/offices/cn.md (the CNIPA fee standard; design years 11-15 from
// 发改价格〔2022〕465号), for a filing recent enough that every year's due date is in the current schedule.
const TABLE: Record<RightKind, [number, number, number][]> = {
  invention: [
    [1, 3, 900],
    [4, 6, 1200],
    [7, 9, 2000],
    [10, 12, 4000],
    [13, 15, 6000],
    [16, 20, 8000],
  ],
  utility: [
    [1, 3, 600],
    [4, 5, 900],
    [6, 8, 1200],
    [9, 10, 2000],
  ],
  design: [
    [1, 3, 600],
    [4, 5, 900],
    [6, 8, 1200],
    [9, 10, 2000],
    [11, 15, 3000],
  ],
};

describe("annual fee table (docs/offices/cn.md CN-E6)", () => {
  const filing = isoToDay("2022-06-01"); // design filed after 2021-06-01: 15-year term
  for (const kind of Object.keys(TABLE) as RightKind[]) {
    for (const [first, last, amount] of TABLE[kind]) {
      it(`${kind} years ${first}-${last} cost CNY ${amount}`, () => {
        for (let year = first; year <= last; year += 1) {
          expect(annualFee(kind, filing, year).amount.toString()).toBe(String(amount));
        }
      });
    }
  }

  it("sums to the full-term totals of the domain file: 82,300 / 11,200 / 26,200", () => {
    const total = (kind: RightKind, years: number) => {
      let sum = 0;
      for (let year = 1; year <= years; year += 1)
        sum += annualFee(kind, filing, year).amount.toNumber();
      return sum;
    };
    // 3×900 + 3×1,200 + 3×2,000 + 3×4,000 + 3×6,000 + 5×8,000 = 82,300 (a widely read 2024 summary prints 74,300: a slip)
    expect(total("invention", 20)).toBe(82300);
    // 3×600 + 2×900 + 3×1,200 + 2×2,000 = 11,200
    expect(total("utility", 10)).toBe(11200);
    // 11,200 + 5×3,000 = 26,200
    expect(total("design", 15)).toBe(26200);
  });

  it("has no design year 11 for a design filed before 2021-06-01 (10-year term)", () => {
    expect(() => annualFee("design", isoToDay("2021-05-31"), 11)).toThrow(
      "year 11 is outside the 10-year term of this design (filed 2021-05-31): give a whole number from 1 to 10."
    );
  });

  it("takes the fee from the schedule in force on the due date", () => {
    // A user override that doubles the invention year-4 fee from 2030-01-01 (hypothetical data, to show
    // that the schedule is chosen by due date, not by filing date).
    const data = structuredClone(BUILT_IN_CN_RULES_DATA);
    data.annualFees.bands.push({
      kind: "invention",
      years: [4, 6],
      amount: "2400",
      from: "2030-01-01",
      confidence: "LOW",
      verified: false,
      source: { title: "a hypothetical override" },
    });
    const rules = loadCnRules(data);
    expect(annualFee("invention", isoToDay("2026-06-01"), 4, rules).amount.toString()).toBe("1200"); // due 2029-06-01
    expect(annualFee("invention", isoToDay("2027-06-01"), 4, rules).amount.toString()).toBe("2400"); // due 2030-06-01
  });

  it("marks fees due before 2022-05-05 as coming from the unverified floor schedule", () => {
    expect(annualFee("invention", isoToDay("2018-07-09"), 4).schedule.verified).toBe(false); // due 2021-07-09
    expect(annualFee("invention", isoToDay("2020-07-09"), 4).schedule.verified).toBe(true); // due 2023-07-09
  });

  it("rejects a year that is not a whole number within the term", () => {
    const message = (year: number) =>
      `year ${year} is outside the 20-year term of this invention (filed 2022-06-01): give a whole number from 1 to 20.`;
    expect(() => annualFee("invention", filing, 0)).toThrow(message(0));
    expect(() => annualFee("invention", filing, 21)).toThrow(message(21));
    expect(() => annualFee("invention", filing, 4.5)).toThrow(message(4.5));
  });
});
