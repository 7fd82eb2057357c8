/* global describe, expect, it */
import { applyProgrammes } from "../../../src/core/subsidy";
import { builtIn, event, totalApplied } from "./helpers";

// docs/subsidies.md: "Shenzhen Hetao zone: 50% of overseas annuities refunded for up to six years
// (unverified)". Shipped as a draft: reported, paid only when the caller asks for drafts.
describe("draft rows and per-right caps (Hetao, unverified)", () => {
  const hetao = builtIn("SZ-HETAO");
  const annuities = Array.from({ length: 7 }, (_, i) =>
    event("US-1", "Acme", "annuity-paid", "US", `${2024 + i}-03-01`, { costBase: "2000" })
  );

  it("pays nothing by default and says it is a draft", () => {
    const offsets = applyProgrammes(annuities.slice(0, 1), [hetao]);
    expect(offsets[0].applied.toString()).toBe("0");
    expect(offsets[0].reason).toBe("draft rule, not applied (ask for drafts to include it)");
  });

  it("with drafts, refunds 50% × 2,000 = 1,000 for six annuities of a right, then stops", () => {
    const offsets = applyProgrammes(annuities, [hetao], { includeDrafts: true });
    expect(offsets.map((offset) => offset.applied.toString())).toEqual([
      ...Array(6).fill("1000"),
      "0",
    ]);
    expect(offsets[6].reason).toBe("cap of 6 payments per right reached");
    expect(totalApplied(offsets)).toBe("6000"); // 6 × 1,000
  });

  it("does not refund domestic annuities (overseas only)", () => {
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
