import raw from "../../../../src/data/offices/gb-fees.json";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { loadGbData } from "../../../../src/core/offices/gb/data";
import { GB_PACK, gbRenewalFee } from "../../../../src/core/offices/gb/pack";

const priced = (year: number, day: string) => gbRenewalFee(year, isoToDay(day));
const late = (due: string, paid: string) =>
  GB_PACK.lateFee(new Money(150), isoToDay(due), isoToDay(paid)).toString();

describe("UK renewal fees (docs/offices/gb.md)", () => {
  it("gives the 2018 table (HIGH) from 2018-04-06 to 2026-03-31, years 5 to 20", () => {
    const table = [70, 90, 110, 130, 150, 170, 190, 220, 260, 300, 360, 420, 470, 520, 570, 610];
    table.forEach((amount, i) =>
      expect(priced(i + 5, "2026-03-31").amount!.toString()).toBe(String(amount))
    );
    expect(priced(5, "2018-04-06").confidence).toBe("HIGH");
    expect(() => priced(5, "2018-04-05")).toThrow("the data starts on 2018-04-06");
    expect(() => priced(4, "2020-01-01")).toThrow("give a whole year from 5 to 20");
  });

  it("from 2026-04-01 gives years 5 (90) and 20 (810) flagged LOW, and no amount for years 6 to 19", () => {
    expect([
      priced(5, "2026-04-01").amount!.toString(),
      priced(5, "2026-04-01").confidence,
    ]).toEqual(["90", "LOW"]);
    expect([
      priced(20, "2026-04-01").amount!.toString(),
      priced(20, "2026-04-01").confidence,
    ]).toEqual(["810", "LOW"]);
    for (const year of [6, 12, 19]) {
      const fee = priced(year, "2026-04-01");
      expect(fee.amount).toBeUndefined();
      expect(fee.missing).toContain(
        "the UKIPO renewal fees for years 6 to 19 from 2026-04-01 are not known"
      );
    }
  });

  it("charges nothing in the first month, then 24 per month started, to 120 in the sixth (worked example: 2023-03-31 → 2023-06-15 → 48)", () => {
    expect(late("2023-03-31", "2023-04-30")).toBe("0");
    expect(late("2023-03-31", "2023-05-01")).toBe("24");
    expect(late("2023-03-31", "2023-05-31")).toBe("24");
    expect(late("2023-03-31", "2023-06-15")).toBe("48");
    expect(late("2023-03-31", "2023-07-31")).toBe("72");
    expect(late("2023-03-31", "2023-08-31")).toBe("96");
    expect(late("2023-03-31", "2023-09-30")).toBe("120");
    expect(() => late("2023-03-31", "2023-10-01")).toThrow("the patent has ceased");
  });

  it("has no late fee from 2026-04-01 past the free month: #N/A with the reason", () => {
    expect(late("2026-03-31", "2026-04-30")).toBe("0");
    expect(() => late("2026-03-31", "2026-05-01")).toThrow(
      "the UKIPO late-renewal fee from 2026-04-01 is not known"
    );
  });

  it("schedules years after grant with a free month; a year 9 due 2026-11-30 is blank with its reason", () => {
    const lines = GB_PACK.schedule({
      office: "GB",
      kind: "patent",
      filing: isoToDay("2018-11-20"),
      grant: isoToDay("2022-03-09"),
    });
    const year5 = lines[0];
    expect([
      year5.year,
      dayToIso(year5.due),
      dayToIso(year5.freeUntil!),
      year5.amount!.toString(),
    ]).toEqual([5, "2022-11-30", "2022-12-31", "70"]);
    const year9 = lines.find((l) => l.year === 9)!;
    expect(year9.amount).toBeUndefined();
    expect(year9.confidence).toBe("UNCONFIRMED");
    expect(lines.find((l) => l.year === 20)!.amount!.toString()).toBe("810");
  });

  it("gives the computed examples of docs/offices/gb.md: first renewals due 2025-06-30 (GBP 70) and 2026-06-30 (GBP 90, LOW)", () => {
    const first = (filing: string) =>
      GB_PACK.schedule({
        office: "GB",
        kind: "patent",
        filing: isoToDay(filing),
        grant: isoToDay("2023-01-11"),
      })[0];
    const old = first("2021-06-10");
    expect([old.year, dayToIso(old.due), old.amount!.toString(), old.confidence]).toEqual([
      5,
      "2025-06-30",
      "70",
      "HIGH",
    ]);
    const recent = first("2022-06-10");
    expect([
      recent.year,
      dayToIso(recent.due),
      recent.amount!.toString(),
      recent.confidence,
    ]).toEqual([5, "2026-06-30", "90", "LOW"]);
    const nine = GB_PACK.schedule({
      office: "GB",
      kind: "patent",
      filing: isoToDay("2015-03-10"),
      grant: isoToDay("2018-01-10"),
    });
    const year9 = nine.find((l) => l.year === 9)!;
    expect([dayToIso(year9.due), year9.amount!.toString()]).toEqual(["2023-03-31", "150"]);
  });

  it("rejects a malformed gb-fees.json entry", () => {
    const copy = structuredClone(raw) as any;
    copy.renewal[1].bands[1].missing = "";
    expect(() => loadGbData(copy)).toThrow(
      "gb-fees.json renewal[1].bands[1].missing: an UNCONFIRMED figure must say what is missing."
    );
  });
});
