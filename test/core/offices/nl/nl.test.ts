import raw from "../../../../src/data/offices/nl-fees.json";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { loadNlData } from "../../../../src/core/offices/nl/data";
import { NL_PACK, nlRenewalFee } from "../../../../src/core/offices/nl/pack";

const fee = (year: number, day = "2026-11-30") =>
  nlRenewalFee(year, isoToDay(day)).amount!.toString();

describe("Dutch renewal fees (docs/offices/nl.md: RVO, unchanged since 2008)", () => {
  it("gives years 4 (40) to 20 (1,400) at each step", () => {
    const table = [
      40, 100, 160, 220, 280, 340, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400,
    ];
    table.forEach((amount, i) => expect(fee(i + 4)).toBe(String(amount)));
    expect(() => nlRenewalFee(3, isoToDay("2026-11-30"))).toThrow("give a whole year from 4 to 20");
  });

  it("applies the table from 2009-01-01 and not before", () => {
    expect(fee(9, "2009-01-01")).toBe("340");
    expect(() => nlRenewalFee(9, isoToDay("2008-12-31"))).toThrow("the data starts on 2009-01-01");
  });

  it("NL1: the 9th-year fee of an EP filed 2018-11-20 is 340, paid late 340 + 170 = 510", () => {
    const lines = NL_PACK.schedule({
      office: "NL",
      kind: "patent",
      filing: isoToDay("2018-11-20"),
      grant: isoToDay("2022-03-09"),
    });
    expect(lines[0].year).toBe(5);
    const year9 = lines.find((l) => l.year === 9)!;
    expect([dayToIso(year9.due), dayToIso(year9.lastDay!), year9.amount!.toString()]).toEqual([
      "2026-11-30",
      "2027-05-31",
      "340",
    ]);
    expect(
      NL_PACK.lateFee(new Money(340), year9.due, isoToDay("2027-05-31")).plus(340).toString()
    ).toBe("510");
    expect(NL_PACK.lateFee(new Money(340), year9.due, year9.due).toString()).toBe("0");
    expect(() => NL_PACK.lateFee(new Money(340), year9.due, isoToDay("2027-06-01"))).toThrow(
      "restoration"
    );
  });

  it("rejects an entity value and a malformed nl-fees.json", () => {
    expect(() =>
      NL_PACK.lateFee(new Money(340), isoToDay("2026-11-30"), isoToDay("2026-12-01"), "small")
    ).toThrow('entity "small" means nothing for Octrooicentrum Nederland');
    const copy = structuredClone(raw) as any;
    copy.renewal[0].source.title = "";
    expect(() => loadNlData(copy)).toThrow(
      "nl-fees.json renewal[0].source: needs a title naming the public document (statute, fee notice or office page)."
    );
  });
});
