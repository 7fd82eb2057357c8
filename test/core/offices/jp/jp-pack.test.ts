import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { JP_PACK } from "../../../../src/core/offices/jp/jp-pack";
import { OfficeRight } from "../../../../src/core/offices/office-pack";
import { Money } from "../../../../src/core/money/money";

// docs/offices/jp.md: schedule rules and worked examples J1 and J4.
function right(extra: Partial<OfficeRight>): OfficeRight {
  return { office: "JP", kind: "patent", filing: isoToDay("2020-01-10"), ...extra };
}
const show = (lines: ReturnType<typeof JP_PACK.schedule>) =>
  lines.map((l) => [
    l.year,
    dayToIso(l.due),
    l.lastDay === undefined ? "-" : dayToIso(l.lastDay),
    l.amount?.toString(),
  ]);

describe("JP pack schedule", () => {
  it("J4: filed 2020-01-10, registered 2023-06-12: 17 fees, the last due 2039-06-12", () => {
    const lines = JP_PACK.schedule(right({ grant: isoToDay("2023-06-12"), claims: 1 }));
    expect(lines).toHaveLength(17);
    expect(show(lines).slice(0, 4)).toEqual([
      [1, "2023-06-12", "-", "4600"],
      [2, "2023-06-12", "-", "4600"],
      [3, "2023-06-12", "-", "4600"],
      [4, "2026-06-12", "2026-12-12", "11100"],
    ]);
    expect(show(lines)[16]).toEqual([17, "2039-06-12", "2039-12-12", "64000"]);
    expect(lines.every((l) => l.currency === "JPY" && l.confidence === "HIGH")).toBe(true);
  });

  it("J1: 10 claims, registered 2025-06-12: years 1-3 are 7,300 each (21,900), year 4 18,300", () => {
    const lines = JP_PACK.schedule(
      right({ filing: isoToDay("2022-01-10"), grant: isoToDay("2025-06-12"), claims: 10 })
    );
    expect(
      lines
        .slice(0, 3)
        .reduce((sum, l) => sum.plus(l.amount!), new Money(0))
        .toString()
    ).toBe("21900");
    expect([dayToIso(lines[3].due), lines[3].amount!.toString()]).toEqual(["2028-06-12", "18300"]);
  });

  it("flags a due date more than a year after the newest table's start (2022-04-01)", () => {
    const lines = JP_PACK.schedule(
      right({ filing: isoToDay("2019-01-10"), grant: isoToDay("2022-03-15"), claims: 1 })
    );
    // years 1-3 due 2022-03-15: priced with the table in force before 2022-04-01, not flagged
    expect([lines[0].amount!.toString(), lines[0].flags]).toEqual(["2300", []]);
    // year 4 due 2025-03-15 > 2023-04-01
    expect(lines[3].flags).toEqual(["schedule-may-change"]);
  });

  it("applies the entity's reduction to years 1-10 only, rounding each year", () => {
    const lines = JP_PACK.schedule(
      right({ grant: isoToDay("2023-06-12"), claims: 3, entity: "小規模企業" })
    );
    expect(lines.map((l) => l.amount!.toString()).slice(0, 4)).toEqual([
      "1730",
      "1730",
      "1730",
      "4230",
    ]);
    expect(lines[10].amount!.toString()).toBe("73200"); // year 11, J2(b)
  });

  it("gives years no table prices a blank amount and the reason, never a guess", () => {
    const lines = JP_PACK.schedule(
      right({ filing: isoToDay("2008-01-10"), grant: isoToDay("2012-05-01"), claims: 1 })
    );
    expect(lines[3].amount).toBeUndefined();
    expect(lines[3].confidence).toBe("UNCONFIRMED");
    expect(lines[3].missing).toContain("No JPO patent fee table in force on 2015-05-01");
    expect(lines[lines.length - 1].amount!.toString()).toBe("64000");
  });

  it("utility models: years 1-3 due at filing, then registration anniversaries to 10 years from filing", () => {
    const lines = JP_PACK.schedule({
      office: "JP",
      kind: "utility",
      filing: isoToDay("2023-02-01"),
      grant: isoToDay("2023-07-01"),
      claims: 2,
    });
    expect(show(lines).map((l) => [l[0], l[1]])).toEqual([
      [1, "2023-02-01"],
      [2, "2023-02-01"],
      [3, "2023-02-01"],
      [4, "2026-07-01"],
      [5, "2027-07-01"],
      [6, "2028-07-01"],
      [7, "2029-07-01"],
      [8, "2030-07-01"],
      [9, "2031-07-01"],
      [10, "2032-07-01"],
    ]);
    expect(lines[0].amount!.toString()).toBe("2300"); // 2,100 + 100×2
  });

  it("designs: year 1 at registration, no claims; filed from 2020-04-01 up to 25 years from filing", () => {
    const lines = JP_PACK.schedule({
      office: "JP",
      kind: "意匠",
      filing: isoToDay("2021-03-01"),
      grant: isoToDay("2022-01-20"),
    });
    expect(lines).toHaveLength(25); // year 25 starts 2046-01-20 < 2046-03-01
    expect([lines[0].amount!.toString(), lines[3].amount!.toString()]).toEqual(["8500", "16900"]);
  });

  it("asks for the registration date and the claims, and rejects an unknown entity", () => {
    expect(() => JP_PACK.schedule(right({ claims: 1 }))).toThrow("registration date");
    expect(() => JP_PACK.schedule(right({ grant: isoToDay("2023-06-12") }))).toThrow(
      expect.objectContaining({ code: "claims-required" })
    );
    expect(() =>
      JP_PACK.schedule(right({ grant: isoToDay("2023-06-12"), claims: 1, entity: "micro" }))
    ).toThrow(expect.objectContaining({ code: "invalid-entity" }));
    expect(() => JP_PACK.schedule(right({ grant: isoToDay("2019-01-01"), claims: 1 }))).toThrow(
      expect.objectContaining({ code: "date-order" })
    );
  });

  it("charges the same amount again in the 追納 period (lateFee)", () => {
    expect(
      JP_PACK.lateFee(new Money(96200), isoToDay("2026-05-18"), isoToDay("2026-08-03")).toString()
    ).toBe("96200");
  });
});
