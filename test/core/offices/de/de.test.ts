import raw from "../../../../src/data/offices/de-fees.json";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { loadDeData } from "../../../../src/core/offices/de/data";
import { DE_PACK, deRenewalFee } from "../../../../src/core/offices/de/pack";

const fee = (year: number, day: string) => deRenewalFee(year, isoToDay(day)).amount!.toString();
const late = (due: string, paid: string) =>
  DE_PACK.lateFee(new Money(350), isoToDay(due), isoToDay(paid)).toString();

describe("German renewal fees (docs/offices/de.md: PatKostG from 2022-07-01)", () => {
  it("gives each year of the table, from 3 (70) to 20 (2,030)", () => {
    const table = [
      70, 70, 100, 150, 210, 280, 350, 430, 540, 680, 830, 980, 1130, 1310, 1490, 1670, 1840, 2030,
    ];
    table.forEach((amount, i) => expect(fee(i + 3, "2026-11-30")).toBe(String(amount)));
  });

  it("selects by due date from 2022-07-01: the day before has no table; years 2 and 21 have no fee", () => {
    expect(fee(9, "2022-07-01")).toBe("350");
    expect(() => deRenewalFee(9, isoToDay("2022-06-30"))).toThrow(
      "No German (DPMA) renewal-fee table in force on 2022-06-30: the data starts on 2022-07-01."
    );
    expect(() => deRenewalFee(2, isoToDay("2026-11-30"))).toThrow(
      "year 2 has no DPMA (Germany) renewal fee"
    );
    expect(() => deRenewalFee(21, isoToDay("2026-11-30"))).toThrow(
      "give a whole year from 3 to 20"
    );
  });

  it("DE1: due 2026-11-30, free until 2027-01-31, EUR 50 until 2027-05-31, then lapsed", () => {
    expect(late("2026-11-30", "2027-01-31")).toBe("0");
    expect(late("2026-11-30", "2027-02-01")).toBe("50");
    expect(late("2026-11-30", "2027-05-31")).toBe("50");
    expect(() => late("2026-11-30", "2027-06-01")).toThrow(
      "paid 2027-06-01 is after the last day with surcharge, 2027-05-31: the patent has lapsed in Germany."
    );
  });

  it("DE1: filed 2018-11-20, mention of grant 2022-03-09 (year 4) → years 5 to 20; year 9 due 2026-11-30, 350", () => {
    const lines = DE_PACK.schedule({
      office: "DE",
      kind: "patent",
      filing: isoToDay("2018-11-20"),
      grant: isoToDay("2022-03-09"),
    });
    expect(lines[0].year).toBe(5);
    expect(lines[lines.length - 1].year).toBe(20);
    const year9 = lines.find((l) => l.year === 9)!;
    expect([
      dayToIso(year9.due),
      dayToIso(year9.freeUntil!),
      dayToIso(year9.lastDay!),
      year9.amount!.toString(),
    ]).toEqual(["2026-11-30", "2027-01-31", "2027-05-31", "350"]);
    // Year 5 fell due 2022-11-30: the 2022 table; no year is priced before 2022-07-01 here.
    expect(lines[0].amount!.toString()).toBe("100");
  });

  it("opens the Art. 141(2) window for a fee falling due within two months after grant", () => {
    // Mention of grant 2026-10-14 (year 8); year 9 falls due 2026-11-30, within two months: free until 2026-12-14...
    // but the DPMA's own two free months (to 2027-01-31) are later, so those stand.
    const lines = DE_PACK.schedule({
      office: "DE",
      kind: "patent",
      filing: isoToDay("2018-11-20"),
      grant: isoToDay("2026-10-14"),
    });
    expect(lines[0].year).toBe(9);
    expect(lines[0].flags).toContain("art-141-2-window");
    expect(dayToIso(lines[0].freeUntil!)).toBe("2027-01-31");
  });

  it("rejects a malformed de-fees.json entry with the file and key named", () => {
    const copy = structuredClone(raw) as any;
    copy.lateSurcharge[0].verified = false;
    expect(() => loadDeData(copy)).toThrow(
      "de-fees.json lateSurcharge[0].verified: must be true for a HIGH figure and false otherwise."
    );
  });
});
