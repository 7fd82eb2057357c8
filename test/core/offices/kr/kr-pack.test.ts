import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { KR_PACK } from "../../../../src/core/offices/kr/kr-pack";
import { OfficeRight } from "../../../../src/core/offices/office-pack";

// docs/offices/kr.md: years 1-3 at registration, then registration anniversaries; examples K1, K3, K4.
function right(extra: Partial<OfficeRight>): OfficeRight {
  return { office: "KR", kind: "patent", filing: isoToDay("2023-01-10"), ...extra };
}

describe("KR pack schedule", () => {
  it("K1: registered 2025-03-05, 10 claims: years 1-3 due at registration (399,000), year 4 due 2028-03-05", () => {
    const lines = KR_PACK.schedule(
      right({ grant: isoToDay("2025-03-05"), grantDecision: isoToDay("2025-02-10"), claims: 10 })
    );
    expect(
      lines
        .slice(0, 3)
        .reduce((s, l) => s.plus(l.amount!), new Money(0))
        .toString()
    ).toBe("399000");
    expect(
      lines.slice(0, 3).every((l) => dayToIso(l.due) === "2025-03-05" && l.lastDay === undefined)
    ).toBe(true);
    expect([
      dayToIso(lines[3].due),
      dayToIso(lines[3].lastDay!),
      lines[3].amount!.toString(),
    ]).toEqual(["2028-03-05", "2028-09-05", "236000"]);
    // term ends 2043-01-10 (20 years from filing): year 18 starts 2042-03-05, year 19 would start 2043-03-05
    expect(lines[lines.length - 1].year).toBe(18);
    expect(lines.every((l) => l.currency === "KRW")).toBe(true);
    // the newest table started 2023-08-01: due dates after 2024-08-01 may change
    expect(lines.every((l) => l.flags.includes("schedule-may-change"))).toBe(true);
  });

  it("prices years 1-3 by the grant decision date (registration when absent)", () => {
    const decided = KR_PACK.schedule(
      right({ grant: isoToDay("2023-08-20"), grantDecision: isoToDay("2023-07-31"), claims: 1 })
    );
    expect(decided[0].amount!.toString()).toBe("28000"); // old table: decision before 2023-08-01
    expect(decided[0].flags).toEqual([]); // due 2023-08-20, within a year of 2023-08-01
    const noDecision = KR_PACK.schedule(right({ grant: isoToDay("2023-08-20"), claims: 1 }));
    expect(noDecision[0].amount!.toString()).toBe("25000");
  });

  it("K3: registered 2019-07-16, 20 claims: year 7 due 2025-07-16 at 770,000; early years have no table", () => {
    const lines = KR_PACK.schedule(
      right({ filing: isoToDay("2017-03-02"), grant: isoToDay("2019-07-16"), claims: 20 })
    );
    expect([dayToIso(lines[6].due), lines[6].amount!.toString()]).toEqual(["2025-07-16", "770000"]);
    expect(lines[3].amount).toBeUndefined();
    expect(lines[3].missing).toContain("No KIPO fee table for payments in force on 2022-07-16");
  });

  it("utility models and designs: rows with no amount and the reason", () => {
    const lines = KR_PACK.schedule(right({ kind: "실용신안", grant: isoToDay("2024-02-29") }));
    // 10 years from filing 2023-01-10 end 2033-01-10: year 10 would start 2033-02-28
    expect(lines.map((l) => l.year)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(dayToIso(lines[4].due)).toBe("2028-02-29");
    expect(dayToIso(lines[3].due)).toBe("2027-02-28");
    expect(lines.every((l) => l.amount === undefined && l.missing!.includes("utility model"))).toBe(
      true
    );
  });

  it("asks for registration and claims, and rejects reductions not in our data", () => {
    expect(() => KR_PACK.schedule(right({ claims: 1 }))).toThrow("registration date");
    expect(() => KR_PACK.schedule(right({ grant: isoToDay("2022-01-01"), claims: 1 }))).toThrow(
      expect.objectContaining({ code: "date-order" })
    );
    expect(() => KR_PACK.schedule(right({ grant: isoToDay("2024-01-01") }))).toThrow(
      expect.objectContaining({ code: "claims-required" })
    );
    expect(() =>
      KR_PACK.schedule(right({ grant: isoToDay("2024-01-01"), claims: 1, entity: "sme" }))
    ).toThrow("means nothing for KR");
  });

  it("K4 through the pack: paid 2025-09-01, the surcharge is 46,200", () => {
    expect(
      KR_PACK.lateFee(new Money(770000), isoToDay("2025-07-16"), isoToDay("2025-09-01")).toString()
    ).toBe("46200");
  });
});
