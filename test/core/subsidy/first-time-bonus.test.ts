/* global describe, expect, it */
import { applyProgrammes } from "../../../src/core/subsidy";
import { builtIn, event, plain } from "./helpers";

// JETRO Hong Kong 2021 report, table 2: 「初めての出願人は 7500 元を追加補助」; docs/subsidies.md: "+7,500 with the
// first granted domestic invention, once per applicant". The data cannot show grants before the events
// given, so the first in the data counts as the first ever unless the caller says otherwise.
describe("first-time bonus", () => {
  const sz2021 = builtIn("SZ-2021");
  const bonusesOf = (offsets: ReturnType<typeof applyProgrammes>) =>
    plain(offsets.filter((offset) => offset.part === "first-time-bonus"));

  it("is paid with the applicant's first domestic invention grant: 2,500 + 7,500 = 10,000", () => {
    const offsets = applyProgrammes(
      [
        event("CN-2", "Acme", "grant", "CN", "2021-08-01"),
        event("CN-1", "Acme", "grant", "CN", "2021-02-01"),
      ],
      [sz2021]
    );
    expect(bonusesOf(offsets)).toEqual([
      expect.objectContaining({ rightId: "CN-1", gross: "7500", applied: "7500" }),
    ]);
    expect(offsets.filter((o) => o.rightId === "CN-1").map((o) => o.applied.toString())).toEqual([
      "2500",
      "7500",
    ]);
  });

  it("is not paid to applicants the caller names as having had grants before", () => {
    const offsets = applyProgrammes(
      [event("CN-1", "Acme", "grant", "CN", "2021-02-01")],
      [sz2021],
      {
        applicantsWithEarlierGrants: ["Acme"],
      }
    );
    expect(bonusesOf(offsets)).toEqual([
      expect.objectContaining({
        applied: "0",
        reason: "applicant already had a grant before these events (applicantsWithEarlierGrants)",
      }),
    ]);
  });

  it("is used up by a first grant before the programme started (2020), so a 2021 grant gets none", () => {
    const offsets = applyProgrammes(
      [
        event("CN-1", "Acme", "grant", "CN", "2020-06-01"),
        event("CN-2", "Acme", "grant", "CN", "2021-06-01"),
      ],
      [sz2021]
    );
    expect(bonusesOf(offsets)).toEqual([
      expect.objectContaining({
        rightId: "CN-1",
        applied: "0",
        reason: "paid only with a paid case: programme starts on 2021-01-01",
      }),
    ]);
  });

  it("is paid once per applicant: two applicants, two bonuses", () => {
    const offsets = applyProgrammes(
      [
        event("CN-1", "Acme", "grant", "CN", "2021-02-01"),
        event("CN-2", "Beta", "grant", "CN", "2021-02-01"),
      ],
      [sz2021]
    );
    expect(bonusesOf(offsets).map((bonus) => [bonus.applicant, bonus.applied])).toEqual([
      ["Acme", "7500"],
      ["Beta", "7500"],
    ]);
  });

  it("does not count toward the 5-case cap: five grants are paid 5 × 2,500 beside the bonus", () => {
    const grants = [1, 2, 3, 4, 5].map((n) =>
      event(`CN-${n}`, "Acme", "grant", "CN", `2021-0${n}-10`)
    );
    const cases = applyProgrammes(grants, [sz2021]).filter((offset) => offset.part === "per-case");
    expect(cases.map((offset) => offset.applied.toString())).toEqual(Array(5).fill("2500"));
  });
});
