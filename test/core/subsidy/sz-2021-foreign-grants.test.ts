/* global describe, expect, it */
import { applyProgrammes } from "../../../src/core/subsidy";
import { builtIn, event, plain } from "./helpers";

// docs/subsidies.md, worked example 2; JETRO Hong Kong 2021 report, table 2: 「外国特許出願 外国：日米欧 4 万元/件、
// その他 1 万元/件、権利化後に付与」 and 「PCT：1 万元/件、国際公開後に付与」.
describe("Shenzhen 2021: foreign grants and PCT publications", () => {
  it("pays a US grant and a JP grant in 2021 40,000 each", () => {
    const offsets = applyProgrammes(
      [
        event("US-1", "Acme", "grant", "US", "2021-05-01"),
        event("JP-1", "Acme", "grant", "JP", "2021-06-01"),
      ],
      [builtIn("SZ-2021")]
    );
    expect(plain(offsets)).toEqual([
      expect.objectContaining({
        rightId: "US-1",
        ruleId: "SZ-2021/foreign-patent-us",
        applied: "40000",
      }),
      expect.objectContaining({
        rightId: "JP-1",
        ruleId: "SZ-2021/foreign-patent-jp",
        applied: "40000",
      }),
    ]);
    expect(offsets.every((offset) => offset.reason === undefined)).toBe(true);
  });

  it("pays an EPO grant 40,000 (日米欧) and a Korean grant 10,000 (その他)", () => {
    const offsets = applyProgrammes(
      [
        event("EP-1", "Acme", "grant", "EPO", "2021-05-01"),
        event("KR-1", "Acme", "grant", "KR", "2021-05-02"),
      ],
      [builtIn("SZ-2021")]
    );
    expect(offsets.map((offset) => [offset.jurisdiction, offset.applied.toString()])).toEqual([
      ["EP", "40000"],
      ["KR", "10000"],
    ]);
  });

  it("pays a PCT application 10,000 after international publication, and nothing on its grant", () => {
    const offsets = applyProgrammes(
      [event("PCT-1", "Acme", "publication", "PCT", "2021-03-04")],
      [builtIn("SZ-2021")]
    );
    expect(plain(offsets)).toEqual([
      expect.objectContaining({ ruleId: "SZ-2021/pct-publication", applied: "10000" }),
    ]);
  });

  it("gives foreign grants no first-time bonus (the bonus belongs to domestic inventions)", () => {
    const offsets = applyProgrammes(
      [event("US-1", "Acme", "grant", "US", "2021-05-01")],
      [builtIn("SZ-2021")]
    );
    expect(offsets.some((offset) => offset.part === "first-time-bonus")).toBe(false);
  });

  it("never applies the agent-only row: a domestic grant gives the applicant row only", () => {
    const offsets = applyProgrammes(
      [event("CN-1", "Acme", "grant", "CN", "2021-05-01")],
      [builtIn("SZ-2021")]
    );
    expect(offsets.map((offset) => offset.ruleId)).not.toContain(
      "SZ-2021/cn-invention-grant-agent"
    );
  });
});
