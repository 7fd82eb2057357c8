/* global describe, expect, it */
import { isoToDay } from "../../../src/core/dates/civil";
import { DomainError } from "../../../src/core/errors/domain-error";
import { Money } from "../../../src/core/money/money";
import { perCaseAmount } from "../../../src/core/subsidy";

// perCaseAmount backs the IP.SUBSIDY custom function: what a built-in programme pays for ONE event,
// without yearly caps, bonuses or limits. Figures from JETRO Hong Kong 2021 report, table 2 (Shenzhen 2021):
// 「日米欧 4 万元/件」, 「出願人向け：2500 元/件」, 「PCT：1 万元/件、国際公開後に付与」.
describe("perCaseAmount (IP.SUBSIDY)", () => {
  const may2021 = isoToDay("2021-05-01");

  it("SZ-2021 grant US on 2021-05-01 → 40,000", () => {
    expect(perCaseAmount("SZ-2021", "grant", "US", may2021).toString()).toBe("40000");
  });

  it("SZ-2021 grant CN → 2,500 (the 7,500 first-time bonus is not per case)", () => {
    expect(perCaseAmount("SZ-2021", "grant", "CN", may2021).toString()).toBe("2500");
  });

  it("SZ-2021 publication PCT → 10,000", () => {
    expect(perCaseAmount("SZ-2021", "publication", "PCT", may2021).toString()).toBe("10000");
  });

  it("gives 0 for a date outside the programme's period (2021-01-01..2021-12-31, assumed)", () => {
    expect(perCaseAmount("SZ-2021", "grant", "US", isoToDay("2022-05-01")).toString()).toBe("0");
    expect(perCaseAmount("SZ-2021", "grant", "US", isoToDay("2020-12-31")).toString()).toBe("0");
  });

  it("gives 0 when nothing in the programme pays for the event (a PCT grant, a utility model)", () => {
    expect(perCaseAmount("SZ-2021", "grant", "PCT", may2021).toString()).toBe("0");
    expect(
      perCaseAmount("SZ-2021", "grant", "CN", may2021, { rightType: "utility" }).toString()
    ).toBe("0");
  });

  it("accepts ids, events and offices in any case, and office aliases", () => {
    expect(perCaseAmount("sz-2021", " Grant ", "epo", may2021).toString()).toBe("40000");
  });

  it("pays a EUIPO trademark 3,000, the larger of its stacking group (not 3,000 + 1,000)", () => {
    const amount = perCaseAmount("SZ-2021", "registration", "EUIPO", may2021, {
      rightType: "trademark",
    });
    expect(amount.toString()).toBe("3000");
  });

  it("pays Madrid per designation up to 20: 25 designations → 20 × 1,000 = 20,000", () => {
    const amount = perCaseAmount("SZ-2021", "registration", "MADRID", may2021, {
      rightType: "trademark",
      units: 25,
    });
    expect(amount.toString()).toBe("20000");
  });

  it("SZ-2022 (from 2022-12-01): 17,000 per EPO grant, 4,500 per US or JP grant, 1,500 per CN grant", () => {
    const day = isoToDay("2023-02-01");
    expect(
      ["EP", "US", "JP", "CN"].map((office) =>
        perCaseAmount("SZ-2022", "grant", office, day).toString()
      )
    ).toEqual(["17000", "4500", "4500", "1500"]);
  });

  it("takes a percent rule's share of the cost given: insurance 50% × 30,000 = 15,000", () => {
    const amount = perCaseAmount("SZ-INS-2024", "premium-paid", "CN", isoToDay("2024-06-01"), {
      rightType: "invention",
      costBase: new Money(30000),
    });
    expect(amount.toString()).toBe("15000");
  });

  it("applies a per-case cap: JETRO 1/2 × 4,000,000 = 2,000,000, capped at 1,500,000 JPY", () => {
    const amount = perCaseAmount("JP-JETRO", "filing", "CN", isoToDay("2024-06-01"), {
      costBase: new Money(4000000),
    });
    expect(amount.toString()).toBe("1500000");
  });

  it("pays nothing for a draft programme unless drafts are asked for (Hetao: unverified)", () => {
    const day = isoToDay("2024-06-01");
    const options = { costBase: new Money(2000) };
    expect(perCaseAmount("SZ-HETAO", "annuity-paid", "US", day, options).toString()).toBe("0");
    expect(
      perCaseAmount("SZ-HETAO", "annuity-paid", "US", day, {
        ...options,
        includeDrafts: true,
      }).toString()
    ).toBe("1000");
  });

  describe("errors", () => {
    const failure = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return {
          code: (error as DomainError).code,
          field: (error as DomainError).field,
          message: (error as Error).message,
        };
      }
      throw new Error("expected a DomainError");
    };

    it("names an unknown programme and lists the known ones", () => {
      expect(failure(() => perCaseAmount("SZ-2020", "grant", "US", may2021))).toEqual({
        code: "unknown-programme",
        field: "programme",
        message:
          'programme "SZ-2020" is not a known subsidy programme: use one of CNIPA-2021, JP-JETRO, SZ-2021, SZ-2022, SZ-HETAO, SZ-INS-2024.',
      });
    });

    it("names an unknown event and lists the kinds", () => {
      expect(failure(() => perCaseAmount("SZ-2021", "granted", "US", may2021))).toEqual({
        code: "unknown-event",
        field: "event",
        message:
          'event "granted" is not one of: filing, publication, grant, registration, annuity-paid, premium-paid, loan-repaid.',
      });
    });

    it("refuses an unknown office and the ambiguous WO", () => {
      expect(failure(() => perCaseAmount("SZ-2021", "grant", "U.S.", may2021)).code).toBe(
        "unknown-jurisdiction"
      );
      expect(
        failure(() => perCaseAmount("SZ-2021", "publication", "WO", may2021)).message
      ).toContain('give "PCT"');
    });

    it("asks for the cost when a percent rule applies", () => {
      expect(
        failure(() => perCaseAmount("SZ-INS-2024", "premium-paid", "CN", isoToDay("2024-06-01")))
      ).toEqual({
        code: "invalid-number",
        field: "costBase",
        message:
          "SZ-INS-2024/premium-half pays a share of the premium: give that amount as costBase.",
      });
    });
  });
});
