import raw from "../../../../src/data/offices/fr-fees.json";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { loadFrData } from "../../../../src/core/offices/fr/data";
import { FR_PACK, frRenewalFee } from "../../../../src/core/offices/fr/pack";

const priced = (year: number, day = "2026-01-31") => frRenewalFee(year, isoToDay(day));

describe("French annuities (docs/offices/fr.md: INPI tariff of 2024-04-01)", () => {
  it("gives years 2-9 HIGH, 10-18 MED, at each band edge", () => {
    const expected: [number, string, string][] = [
      [2, "38", "HIGH"],
      [5, "38", "HIGH"],
      [6, "76", "HIGH"],
      [7, "96", "HIGH"],
      [8, "136", "HIGH"],
      [9, "180", "HIGH"],
      [10, "220", "MED"],
      [14, "400", "MED"],
      [18, "650", "MED"],
    ];
    for (const [year, amount, confidence] of expected) {
      const fee = priced(year);
      expect([fee.amount!.toString(), fee.confidence]).toEqual([amount, confidence]);
    }
  });

  it("ships no amount for years 19 and 20, with the reason", () => {
    const fee = priced(19);
    expect(fee.amount).toBeUndefined();
    expect(fee.confidence).toBe("UNCONFIRMED");
    expect(fee.missing).toContain("the INPI annuities for years 19 and 20 are not confirmed");
  });

  it("starts on 2024-04-01 and flags payments from 2026-04-27, where a newer tariff is reported", () => {
    expect(() => priced(9, "2024-03-31")).toThrow("the data starts on 2024-04-01");
    expect(priced(9, "2026-04-26").flags).toEqual([]);
    expect(priced(9, "2026-04-27").flags).toEqual(["newer-schedule-reported"]);
    expect(priced(9, "2026-04-27").notes[0]).toContain(
      "a newer INPI tariff is reported from 2026-04-27"
    );
    expect(priced(19, "2026-04-27").flags).toEqual([]); // nothing to flag on a blank amount
  });

  it("FR1: the 9th-year annuity of an EP filed 2018-11-20 is 180, paid late 180 + 90 = 270", () => {
    const lines = FR_PACK.schedule({
      office: "FR",
      kind: "patent",
      filing: isoToDay("2018-11-20"),
      grant: isoToDay("2022-03-09"),
    });
    const year9 = lines.find((l) => l.year === 9)!;
    expect([dayToIso(year9.due), year9.amount!.toString()]).toEqual(["2026-11-30", "180"]);
    expect(year9.freeUntil).toBeUndefined();
    const surcharge = FR_PACK.lateFee(new Money(180), year9.due, isoToDay("2027-01-15"));
    expect(surcharge.plus(180).toString()).toBe("270");
    expect(() => FR_PACK.lateFee(new Money(180), year9.due, isoToDay("2027-06-01"))).toThrow(
      "2027-05-31: the patent has lapsed in France"
    );
    // Years 19 and 20 are blank lines with their reason, never priced with a guess.
    expect(lines.find((l) => l.year === 20)!.amount).toBeUndefined();
  });

  it("rejects a malformed fr-fees.json entry with the file and key named", () => {
    const copy = structuredClone(raw) as any;
    copy.reported[0].from = "27/04/2026";
    expect(() => loadFrData(copy)).toThrow(
      'fr-fees.json reported[0]: "27/04/2026" is not a yyyy-mm-dd date.'
    );
  });
});
