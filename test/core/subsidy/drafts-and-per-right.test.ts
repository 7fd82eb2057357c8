/* global describe, expect, it */
import { applyProgrammes } from "../../../src/core/subsidy";
import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { builtIn, event, totalApplied } from "./helpers";

// Hetao Shenzhen Park overseas annuity refund (HTCZ application guidelines, see the rule's source): 50% of
// the overseas annuities of an invention patent paid within six years from its grant, claimed the
// following year; caps unknown. Shipped as a draft: reported, paid only when the caller asks for drafts.
describe("draft rows and a window from grant (Hetao)", () => {
  const hetao = builtIn("SZ-HETAO");
  const grantDate = isoToDay("2024-01-15");
  const annuities = Array.from({ length: 7 }, (_, i) => ({
    ...event("US-1", "Acme", "annuity-paid", "US", `${2024 + i}-03-01`, { costBase: "2000" }),
    grantDate,
  }));

  it("pays nothing by default and says it is a draft", () => {
    const offsets = applyProgrammes(annuities.slice(0, 1), [hetao]);
    expect(offsets[0].applied.toString()).toBe("0");
    expect(offsets[0].reason).toBe("draft rule, not applied (ask for drafts to include it)");
  });

  it("with drafts, refunds 50% × 2,000 = 1,000 for annuities paid before 2030-01-15, each the next 31 December", () => {
    const offsets = applyProgrammes(annuities, [hetao], { includeDrafts: true });
    // Paid 2024-03-01 … 2029-03-01: inside [2024-01-15, 2030-01-15); 2030-03-01 is outside.
    expect(offsets.map((offset) => [dayToIso(offset.date), offset.applied.toString()])).toEqual([
      ["2025-12-31", "1000"],
      ["2026-12-31", "1000"],
      ["2027-12-31", "1000"],
      ["2028-12-31", "1000"],
      ["2029-12-31", "1000"],
      ["2030-12-31", "1000"],
      ["2031-12-31", "0"],
    ]);
    expect(offsets[6].reason).toBe("outside the 6 years from grant (2024-01-15 to 2030-01-15)");
    expect(totalApplied(offsets)).toBe("6000"); // 6 × 1,000
  });

  it("pays nothing for an annuity whose right has no grant date, and nothing for domestic annuities", () => {
    const [withoutGrant] = applyProgrammes(
      annuities.slice(0, 1).map((e) => ({ ...e, grantDate: undefined })),
      [hetao],
      {
        includeDrafts: true,
      }
    );
    expect(withoutGrant.reason).toBe("paid within 6 years from grant: the grant date is not known");
    const cn = event("CN-1", "Acme", "annuity-paid", "CN", "2024-03-01", { costBase: "900" });
    expect(applyProgrammes([cn], [hetao], { includeDrafts: true })).toEqual([]);
  });
});

// JETRO Hong Kong 2021 report, table 2: 「マドプロ：1000 元/件、最大 20 国・地域まで」, read as 1,000 per designated country,
// at most 20 per registration (assumption stated in the data's conditions).
describe("Madrid registrations paid per designation", () => {
  it.each([
    [1, "1000"],
    [12, "12000"], // 12 × 1,000
    [25, "20000"], // 25 × 1,000 = 25,000, per-case cap 20 × 1,000 = 20,000
  ])("%i designations → %s", (units, amount) => {
    const offsets = applyProgrammes(
      [event("MD-1", "Acme", "registration", "MADRID", "2021-06-01", { units })],
      [builtIn("SZ-2021")]
    );
    expect(offsets.map((offset) => offset.applied.toString())).toEqual([amount]);
  });
});
