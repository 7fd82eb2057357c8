/* global describe, expect, it */
import { DomainError } from "../../../src/core/errors/domain-error";
import { loadProgrammeRows, loadProgrammes } from "../../../src/core/subsidy";
import { userRow } from "./helpers";

// conventions.md §2: "A loader validates the files … and names the file and key it rejects."
describe("loading subsidy rule rows", () => {
  const good = userRow({ id: "TEST/grant", amountType: "fixed", amount: "1000" });
  const rejection = (rows: unknown[]) => {
    try {
      loadProgrammes({ rules: rows });
    } catch (error) {
      expect((error as DomainError).code).toBe("invalid-data");
      return (error as Error).message;
    }
    throw new Error("expected a rejection");
  };

  it("accepts a well-formed row, with CNY and applicant as defaults", () => {
    const [programme] = loadProgrammeRows([good], "Subsidies table");
    expect(programme).toMatchObject({ id: "TEST", currency: "CNY", verified: false });
    expect(programme.rules[0]).toMatchObject({
      beneficiary: "applicant",
      role: "pays",
      rightTypes: ["invention"],
    });
  });

  it("rejects a malformed date, naming file, row, rule and key", () => {
    expect(rejection([{ ...good, effectiveFrom: "2021-13-01" }])).toBe(
      'subsidies.json rules[0] (TEST/grant).effectiveFrom: "2021-13-01" is not a calendar date.'
    );
    expect(rejection([{ ...good, effectiveTo: "31/12/2021" }])).toBe(
      'subsidies.json rules[0] (TEST/grant).effectiveTo: "31/12/2021" is not a yyyy-mm-dd date.'
    );
  });

  it("rejects a period that ends before it starts", () => {
    expect(rejection([{ ...good, effectiveFrom: "2021-12-31", effectiveTo: "2021-01-01" }])).toBe(
      "subsidies.json rules[0] (TEST/grant).effectiveTo: 2021-01-01 is before effectiveFrom 2021-12-31; dates out of order."
    );
  });

  it("rejects a programme's rows out of date order", () => {
    const later = { ...good, id: "TEST/later", effectiveFrom: "2022-01-01" };
    const earlier = { ...good, id: "TEST/earlier", effectiveFrom: "2021-06-01" };
    expect(rejection([later, earlier])).toBe(
      "subsidies.json rules[1] (TEST/earlier).effectiveFrom: 2021-06-01 is before 2022-01-01 of TEST/later; " +
        "list the rows of programme TEST in date order."
    );
  });

  it("rejects a row without a source", () => {
    const withoutSource: Record<string, unknown> = { ...good };
    delete withoutSource.source;
    expect(rejection([withoutSource])).toBe(
      "subsidies.json rules[0] (TEST/grant).source: missing: every figure needs its source."
    );
    expect(rejection([{ ...good, source: "  " }])).toBe(
      "subsidies.json rules[0] (TEST/grant).source: missing (a text is required)."
    );
  });

  it("rejects an amount written as a number, so no float ever holds money", () => {
    expect(rejection([{ ...good, amount: 1000 }])).toBe(
      'subsidies.json rules[0] (TEST/grant).amount: 1000 is not an amount written as a string such as "2500".'
    );
  });

  it("rejects an unknown key (a typo would otherwise drop a cap silently)", () => {
    expect(rejection([{ ...good, perYearCap: 5 }])).toBe(
      "subsidies.json rules[0] (TEST/grant).perYearCap: is not a field of a subsidy rule."
    );
  });

  it("rejects words outside the vocabulary", () => {
    expect(rejection([{ ...good, trigger: "granted" }])).toBe(
      'subsidies.json rules[0] (TEST/grant).trigger: "granted" is not one of filing, publication, grant, registration, annuity-paid, premium-paid, loan-repaid.'
    );
    expect(rejection([{ ...good, jurisdictionGroup: ["CN", "Europe"] }])).toContain(
      'jurisdictionGroup: "Europe" is not one of CN, JP, US, EP, other-foreign, PCT, Madrid, any.'
    );
  });

  it("rejects a rate above 1 (50% is written 0.5) and a percent row without cost base", () => {
    const percent = { ...good, amountType: "percent", amount: undefined, costBase: "premium" };
    expect(rejection([{ ...percent, rate: "50" }])).toBe(
      'subsidies.json rules[0] (TEST/grant).rate: 50 is not a fraction above 0 and at most 1 (write 50% as "0.5").'
    );
    expect(rejection([{ ...percent, rate: "0.5", costBase: undefined }])).toContain(
      ".costBase: undefined is not one of"
    );
  });

  it("rejects a duplicate rule id and rows of one programme that disagree on currency", () => {
    expect(rejection([good, good])).toBe(
      'subsidies.json rules[1].id: "TEST/grant" is also the id of subsidies.json rules[0].'
    );
    expect(rejection([good, { ...good, id: "TEST/yen", currency: "JPY" }])).toBe(
      'subsidies.json rules[1] (TEST/yen).currency: "JPY" differs from "CNY" of TEST/grant in programme TEST.'
    );
  });

  it("rejects a limit row that pays something itself", () => {
    const limit = { ...good, role: "limit", scope: "all", perYearAmountCap: "100000" };
    expect(rejection([limit])).toBe(
      "subsidies.json rules[0] (TEST/grant).amount: a limit row restricts what other rows pay and cannot have it."
    );
  });

  it("names a user's table instead of the file when loading their rows", () => {
    expect(() => loadProgrammeRows([{ ...good, status: "live" }], "Subsidies table")).toThrow(
      'Subsidies table[0] (TEST/grant).status: "live" is not one of active, historic, draft.'
    );
  });

  it("rejects an empty file", () => {
    expect(() => loadProgrammes({})).toThrow("subsidies.json rules: no rule rows.");
  });
});
