/* global describe, expect, it */
import { applyProgrammes } from "../../../src/core/subsidy";
import { builtIn, event, plain, totalApplied } from "./helpers";

describe("limits: rows that restrict what other rows pay", () => {
  // docs/subsidies.md, CNIPA notice of 2021-01-27: after grant, "all levels together at most 50%
  // of the official fees paid to obtain the patent (annuities and agent fees excluded)".
  describe("CNIPA 2021: grant subsidies of all levels at most 50% of the official fees", () => {
    const programmes = [builtIn("CNIPA-2021"), builtIn("SZ-2021")];

    it("cuts a 40,000 US grant subsidy to 50% × 12,000 = 6,000 when the official fees are given", () => {
      const offsets = applyProgrammes(
        [event("US-1", "Acme", "grant", "US", "2021-05-01", { costBase: "12000" })],
        programmes
      );
      expect(plain(offsets)).toEqual([
        expect.objectContaining({
          ruleId: "SZ-2021/foreign-patent-us",
          gross: "40000",
          applied: "6000",
          reason:
            "CNIPA-2021 limit of 50% of official fees: 50% × 12,000 = 6,000 for all programmes together (0 already given to this case)",
        }),
      ]);
    });

    it("counts the first-time bonus in: 2,500 + 7,500 = 10,000 against 50% × 8,000 = 4,000", () => {
      const offsets = applyProgrammes(
        [event("CN-1", "Acme", "grant", "CN", "2021-05-01", { costBase: "8000" })],
        programmes
      );
      // The case keeps 2,500 (within 4,000); the bonus is cut to the 1,500 left.
      expect(offsets.map((offset) => [offset.part, offset.applied.toString()])).toEqual([
        ["per-case", "2500"],
        ["first-time-bonus", "1500"],
      ]);
      expect(totalApplied(offsets)).toBe("4000");
    });

    it("reports, without cutting, when no official fees are given", () => {
      const [offset] = applyProgrammes(
        [event("JP-1", "Acme", "grant", "JP", "2021-05-01")],
        programmes
      );
      expect(offset.applied.toString()).toBe("40000");
      expect(offset.note).toBe(
        "CNIPA-2021 limit of 50% of official fees not checked: give the official fees as the event's costBase"
      );
    });

    it("does not apply before the notice (2021-01-27) or to a JPY programme", () => {
      const before = applyProgrammes(
        [event("US-1", "Acme", "grant", "US", "2021-01-26", { costBase: "12000" })],
        programmes
      );
      expect(before[0].applied.toString()).toBe("40000");
      const jetro = applyProgrammes(
        [event("CN-9", "Yamada KK", "filing", "CN", "2021-05-01", { costBase: "800000" })],
        [builtIn("CNIPA-2021"), builtIn("JP-JETRO")]
      );
      expect(jetro[0].note).toBeUndefined(); // a filing, and in JPY: outside the CNIPA limit
    });
  });

  // docs/subsidies.md: 深市监规〔2022〕10号 "17,000 per EPO grant … at most CNY 10,000,000 per
  // entity per year". 10,000,000 / 17,000 = 588 remainder 4,000.
  it("SZ-2022: stops at 10,000,000 per entity per year: 588 × 17,000 = 9,996,000, then 4,000, then 0", () => {
    const grants = Array.from({ length: 590 }, (_, i) =>
      event(`EP-${String(i).padStart(3, "0")}`, "BigCo", "grant", "EP", "2023-03-01")
    );
    const offsets = applyProgrammes(grants, [builtIn("SZ-2022")]);
    expect(totalApplied(offsets.slice(0, 588))).toBe("9996000");
    expect(plain(offsets.slice(588))).toEqual([
      expect.objectContaining({
        applied: "4000",
        reason:
          "SZ-2022 annual amount cap of 10,000,000 reached (paid 9,996,000 of 10,000,000 in 2023 before this case)",
      }),
      expect.objectContaining({ applied: "0" }),
    ]);
    expect(totalApplied(offsets)).toBe("10000000");
  });

  // docs/subsidies.md, Japan: "1/2 of foreign filing costs, at most JPY 1,500,000 per patent case
  // … JPY 3,000,000 per company per year".
  it("JETRO: 1/2 of 4,000,000 = 2,000,000 is cut to 1,500,000 per case; the third case meets the 3,000,000 cap", () => {
    const filings = ["CN", "US", "EP"].map((office, i) =>
      event(`${office}-1`, "Yamada KK", "filing", office, `2024-0${i + 5}-01`, {
        costBase: "4000000",
      })
    );
    const offsets = applyProgrammes(filings, [builtIn("JP-JETRO")]);
    expect(plain(offsets)).toEqual([
      expect.objectContaining({
        currency: "JPY",
        gross: "2000000",
        applied: "1500000",
        reason: "per-case cap of 1,500,000",
      }),
      expect.objectContaining({ gross: "2000000", applied: "1500000" }),
      expect.objectContaining({
        applied: "0",
        reason:
          "per-case cap of 1,500,000; JP-JETRO annual amount cap of 3,000,000 reached (paid 3,000,000 of 3,000,000 in 2024 before this case)",
      }),
    ]);
  });
});
