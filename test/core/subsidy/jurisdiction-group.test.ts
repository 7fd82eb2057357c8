/* global describe, expect, it */
import { canonicalOffice, jurisdictionGroupOf } from "../../../src/core/subsidy";

// Office codes are WIPO ST.3; the groups are the data model's (docs/subsidies.md): CN, JP, US,
// EP, other-foreign, PCT, plus Madrid for international trademark registrations.
describe("jurisdiction groups", () => {
  it.each([
    ["CN", "CN"],
    ["JP", "JP"],
    ["US", "US"],
    ["EP", "EP"],
    ["KR", "other-foreign"],
    ["DE", "other-foreign"], // national European offices are not "Europe" (EPO) in the Shenzhen tables (assumed)
    ["HK", "other-foreign"], // Hong Kong counted as foreign (assumed)
    ["EM", "other-foreign"],
    ["PCT", "PCT"],
    ["MADRID", "Madrid"],
  ])("%s → %s", (office, group) => {
    expect(jurisdictionGroupOf(office)).toBe(group);
  });

  it("canonicalises aliases, case and full-width letters", () => {
    expect(
      ["epo", "USPTO", "cnipa", "EUIPO", "oapi", "ARIPO", "ｊｐ"].map((code) =>
        canonicalOffice(code)
      )
    ).toEqual(["EP", "US", "CN", "EM", "OA", "AP", "JP"]);
  });

  it("refuses WO, which could be a PCT application or a Madrid registration", () => {
    expect(() => canonicalOffice("WO")).toThrow(
      'jurisdiction "WO" is ambiguous: give "PCT" for an international patent application or "MADRID" for an international trademark registration.'
    );
  });

  it("refuses what is not an office code", () => {
    expect(() => canonicalOffice("Japan")).toThrow('jurisdiction "Japan" is unknown');
    expect(() => canonicalOffice("")).toThrow("is unknown");
  });
});
