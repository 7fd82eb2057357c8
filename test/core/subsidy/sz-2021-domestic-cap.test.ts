/* global describe, expect, it */
import { applyProgrammes } from "../../../src/core/subsidy";
import { builtIn, event, plain, totalApplied } from "./helpers";

// docs/subsidies.md, worked example 1; JETRO Hong Kong 2021 report, table 2: 「国内特許（発明専利）出願 出願人向け：
// 2500 元/件、権利化後に付与、年間上限 5 件 初めての出願人は 7500 元を追加補助」.
describe("Shenzhen 2021: seven domestic invention grants for one applicant in 2021", () => {
  const grants = ["03-01", "04-01", "05-01", "06-01", "07-01", "08-01", "09-01"].map(
    (monthDay, i) => event(`CN-${i + 1}`, "Acme", "grant", "CN", `2021-${monthDay}`)
  );
  const offsets = applyProgrammes(grants, [builtIn("SZ-2021")]);
  const cases = offsets.filter((offset) => offset.part === "per-case");
  const bonuses = offsets.filter((offset) => offset.part === "first-time-bonus");

  it("pays the first five 2,500 each: 5 × 2,500 = 12,500", () => {
    expect(cases.slice(0, 5).map((offset) => offset.applied.toString())).toEqual(
      Array(5).fill("2500")
    );
    expect(totalApplied(cases)).toBe("12500");
  });

  it('pays the sixth and seventh 0 with "annual cap of 5 reached"', () => {
    expect(plain(cases.slice(5))).toEqual([
      expect.objectContaining({
        rightId: "CN-6",
        gross: "2500",
        applied: "0",
        reason: "annual cap of 5 reached",
      }),
      expect.objectContaining({
        rightId: "CN-7",
        gross: "2500",
        applied: "0",
        reason: "annual cap of 5 reached",
      }),
    ]);
  });

  it("adds the 7,500 first-time bonus once, with the first grant: 12,500 + 7,500 = 20,000", () => {
    expect(plain(bonuses)).toEqual([
      expect.objectContaining({
        rightId: "CN-1",
        ruleId: "SZ-2021/cn-invention-grant",
        applied: "7500",
      }),
    ]);
    expect(totalApplied(offsets)).toBe("20000");
  });

  it("counts the cap per calendar year: a grant on the programme's last day is still the sixth of 2021", () => {
    // SZ-2021's period ends on 2021-12-31 (assumed); the five earlier 2021 grants used the cap.
    const withYearEnd = [...grants.slice(0, 5), event("CN-8", "Acme", "grant", "CN", "2021-12-31")];
    const last = applyProgrammes(withYearEnd, [builtIn("SZ-2021")]).filter(
      (o) => o.rightId === "CN-8"
    );
    expect(last.map((offset) => offset.reason)).toEqual(["annual cap of 5 reached"]);
  });

  it("counts caps per applicant: a second applicant's grants are paid in full", () => {
    const other = grants
      .slice(0, 3)
      .map((grant) => ({ ...grant, rightId: `B-${grant.rightId}`, applicant: "Beta" }));
    const beta = applyProgrammes([...grants, ...other], [builtIn("SZ-2021")]).filter(
      (offset) => offset.applicant === "Beta"
    );
    // 3 × 2,500 + 7,500 bonus = 15,000
    expect(totalApplied(beta)).toBe("15000");
  });
});
