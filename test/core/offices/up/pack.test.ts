import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { UP_PACK } from "../../../../src/core/offices/up/pack";

const filing = isoToDay("2020-09-15");
const late = (fee: string, due: string, paid: string, entity?: string) =>
  UP_PACK.lateFee(new Money(fee), isoToDay(due), isoToDay(paid), entity).toFixed(2);

describe("Unitary Patent schedule and late fee (docs/offices/up.md)", () => {
  it("UP1: filed 2020-09-15, mention of grant 2023-11-08 (year 4) → years 5 to 20; year 7 due 2026-09-30, 630", () => {
    const lines = UP_PACK.schedule({
      office: "UP",
      kind: "patent",
      filing,
      grant: isoToDay("2023-11-08"),
    });
    expect(lines.map((l) => l.year)).toEqual(Array.from({ length: 16 }, (_, i) => i + 5));
    const year7 = lines.find((l) => l.year === 7)!;
    expect([dayToIso(year7.due), dayToIso(year7.lastDay!), year7.amount!.toString()]).toEqual([
      "2026-09-30",
      "2027-03-31",
      "630",
    ]);
    expect(year7.confidence).toBe("HIGH");
    expect(year7.flags).toEqual([]);
  });

  it("UP2: year 8 due 2027-09-30, paid 2027-12-10 → 815 + 407.50; the grace period ends 2028-03-31", () => {
    const lines = UP_PACK.schedule({
      office: "UP",
      kind: "patent",
      filing,
      grant: isoToDay("2023-11-08"),
    });
    const year8 = lines.find((l) => l.year === 8)!;
    expect([dayToIso(year8.due), dayToIso(year8.lastDay!)]).toEqual(["2027-09-30", "2028-03-31"]);
    expect(late("815", "2027-09-30", "2027-12-10")).toBe("407.50");
    expect(late("815", "2027-09-30", "2028-03-31")).toBe("407.50");
    expect(() => late("815", "2027-09-30", "2028-04-01")).toThrow("the unitary patent has lapsed.");
    expect(late("815", "2027-09-30", "2027-09-30")).toBe("0.00");
  });

  it("UP3: a licence of right received 2029-01-10 reduces year 10 (due 2029-09-30) to 998.75, not year 9", () => {
    const lines = UP_PACK.schedule({
      office: "UP",
      kind: "patent",
      filing,
      grant: isoToDay("2023-11-08"),
      licenceOfRight: isoToDay("2029-01-10"),
    });
    expect(lines.find((l) => l.year === 9)!.amount!.toString()).toBe("990");
    const year10 = lines.find((l) => l.year === 10)!;
    expect(year10.amount!.toFixed(2)).toBe("998.75");
    expect(year10.flags).toContain("licence-of-right");
    // The additional fee is 50% of the reduced fee: 499.375 → 499.38.
    expect(late("998.75", "2029-09-30", "2029-10-01")).toBe("499.38");
  });

  it("lists years 2 to 20 without a grant date, flagged; refuses an entity value", () => {
    const lines = UP_PACK.schedule({ office: "UP", kind: "patent", filing });
    expect(lines[0].year).toBe(2);
    expect(lines).toHaveLength(19);
    expect(lines[0].flags).toContain("grant-date-unknown");
    // Years 2 and 3 (due 2021-09-30, 2022-09-30) fall before the data starts on 2023-06-01.
    expect(lines[0].amount).toBeUndefined();
    expect(lines[0].missing).toContain("the data starts on 2023-06-01");
    expect(() => late("815", "2027-09-30", "2027-10-01", "micro")).toThrow(
      'entity "micro" means nothing for the Unitary Patent'
    );
  });
});
