import { isoToDay } from "../../../src/core/dates/civil";
import { applySubsidies, programmesFor } from "../../../src/core/projection/apply-subsidies";
import { BUILT_IN_PROGRAMMES, SubsidyEvent } from "../../../src/core/subsidy";

// docs/subsidies.md, worked example 2 and JETRO Hong Kong 2021 report, table 2 (Shenzhen AMR; docs/subsidies.md): a US grant
// earns 40,000 — when the applicant is in Shenzhen. The programmes are regional, so a Japanese parent's
// US grant of the same day earns nothing from Shenzhen.
const usGrant = (applicant: string, rightId: string): SubsidyEvent => ({
  rightId,
  applicant,
  event: "grant",
  jurisdiction: "US",
  rightType: "invention",
  date: isoToDay("2021-10-05"),
});
const paid = (offsets: ReturnType<typeof applySubsidies>) =>
  offsets
    .filter((o) => !o.applied.isZero())
    .map((o) => [o.applicant, o.ruleId, o.applied.toString()]);

describe("applying programmes per applicant, by where the applicant is", () => {
  it("pays a Shenzhen applicant's US grant SZ-2021's 40,000 and a Tokyo applicant's nothing", () => {
    const offsets = applySubsidies(
      [usGrant("ACME (Shenzhen)", "US-1"), usGrant("ACME K.K.", "US-2")],
      BUILT_IN_PROGRAMMES,
      new Map([
        ["ACME (Shenzhen)", "深圳市"],
        ["ACME K.K.", "Tokyo"],
      ])
    );
    expect(paid(offsets)).toEqual([["ACME (Shenzhen)", "SZ-2021/foreign-patent-us", "40000"]]);
    // The Tokyo applicant's grant reaches JETRO only, which pays foreign filings, not grants.
    expect(offsets.some((o) => o.applicant === "ACME K.K.")).toBe(false);
  });

  it("applies every programme to an applicant without a location (the portfolio does not say)", () => {
    const offsets = applySubsidies([usGrant("ACME", "US-1")], BUILT_IN_PROGRAMMES, new Map());
    expect(paid(offsets)).toEqual([["ACME", "SZ-2021/foreign-patent-us", "40000"]]);
  });

  it("offers Shenzhen applicants the Shenzhen and national programmes, Japanese ones JETRO", () => {
    const ids = (location: string) => programmesFor(location, BUILT_IN_PROGRAMMES).map((p) => p.id);
    // SZ-HETAO's region is the Hetao zone inside Shenzhen: not every Shenzhen applicant is there.
    expect(ids("Shenzhen")).toEqual(["CNIPA-2021", "SZ-2021", "SZ-2022", "SZ-INS-2024"]);
    expect(ids("Hetao")).toEqual(["CNIPA-2021", "SZ-2021", "SZ-2022", "SZ-HETAO", "SZ-INS-2024"]);
    expect(ids("大阪")).toEqual(["JP-JETRO"]);
    expect(ids("Suzhou")).toEqual(["CNIPA-2021"]);
  });
});
