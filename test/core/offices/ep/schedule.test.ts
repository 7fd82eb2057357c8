import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { EP_PACK } from "../../../../src/core/offices/ep/pack";
import { OfficeRight } from "../../../../src/core/offices/office-pack";

const right = (
  filing: string,
  extra: Partial<Record<"grant" | "priority", string>> & { entity?: string } = {}
): OfficeRight => ({
  office: "EP",
  kind: "application",
  filing: isoToDay(filing),
  ...(extra.grant ? { grant: isoToDay(extra.grant) } : {}),
  ...(extra.priority ? { priority: isoToDay(extra.priority) } : {}),
  ...(extra.entity ? { entity: extra.entity } : {}),
});
const rows = (r: OfficeRight) =>
  EP_PACK.schedule(r).map((l) => [
    l.year,
    dayToIso(l.due),
    l.lastDay === undefined ? "" : dayToIso(l.lastDay),
    l.amount?.toFixed(2),
  ]);

describe("EPO schedule of a pending application (docs/offices/ep.md)", () => {
  it("E1: filed 2024-05-15, mention of grant 2028-01-10 (in year 4) → years 3 and 4", () => {
    expect(rows(right("2024-05-15", { grant: "2028-01-10" }))).toEqual([
      [3, "2026-05-31", "2026-11-30", "690.00"],
      [4, "2027-05-31", "2027-11-30", "845.00"],
    ]);
  });

  it("includes the grant year's fee even when it falls due after the mention (grant 2026-05-20 in year 3)", () => {
    // Year 3 runs from 2026-05-15; its fee is due 2026-05-31, after the mention: still the EPO's (Art. 86(2)).
    expect(rows(right("2024-05-15", { grant: "2026-05-20" })).map((r) => r[0])).toEqual([3]);
    expect(rows(right("2024-05-15", { grant: "2026-05-14" }))).toEqual([]); // granted in year 2: no EPO renewal
  });

  it("E2: Euro-PCT with priority 2023-09-28 → year 3 due 2026-04-28 (flagged), year 4 due 2027-03-31", () => {
    const lines = EP_PACK.schedule(
      right("2024-03-20", { priority: "2023-09-28", grant: "2027-06-01" })
    );
    expect(
      lines.map((l) => [l.year, dayToIso(l.due), dayToIso(l.lastDay!), l.amount?.toString()])
    ).toEqual([
      [3, "2026-04-28", "2026-10-28", "690"],
      [4, "2027-03-31", "2027-09-30", "845"],
    ]);
    expect(lines[0].flags).toContain("euro-pct-deferred");
    expect(lines[0].flags).toContain("newer-schedule-reported"); // priced on its due date, after 2026-04-01
    expect(lines[1].flags).not.toContain("euro-pct-deferred");
  });

  it("E3: a micro-entity filed 2022-07-05 pays 700.00 for year 5 (due 2026-07-31)", () => {
    const lines = rows(right("2022-07-05", { entity: "micro", grant: "2026-09-01" }));
    expect(lines.find((l) => l[0] === 5)).toEqual([5, "2026-07-31", "2027-01-31", "700.00"]);
  });

  it("without a grant date lists years 3 to 20, each flagged and explained", () => {
    const lines = EP_PACK.schedule(right("2024-05-15"));
    expect(lines.map((l) => l.year)).toEqual(Array.from({ length: 18 }, (_, i) => i + 3));
    for (const line of lines) {
      expect(line.flags).toContain("grant-date-unknown");
      expect(line.notes?.join(" ")).toContain("no date of the mention of grant");
    }
  });

  it("gives a due date before 2024-04-01 no amount, with the reason, instead of failing the schedule", () => {
    const lines = EP_PACK.schedule(right("2020-01-10", { grant: "2025-06-01" }));
    expect(lines[0].year).toBe(3);
    expect(lines[0].amount).toBeUndefined();
    expect(lines[0].confidence).toBe("UNCONFIRMED");
    expect(lines[0].missing).toContain("No EPO renewal-fee table in force on 2022-01-31");
    expect(lines.find((l) => l.year === 6)?.amount?.toString()).toBe("1155"); // due 2025-01-31
  });

  it("refuses a grant before the filing date and an entity the EPO does not know", () => {
    expect(() => EP_PACK.schedule(right("2024-05-15", { grant: "2024-01-01" }))).toThrow(
      "grantDate 2024-01-01 is before the filing date 2024-05-15"
    );
    expect(() => EP_PACK.schedule(right("2024-05-15", { entity: "small" }))).toThrow(
      'entity "small" means nothing at the EPO'
    );
  });
});
