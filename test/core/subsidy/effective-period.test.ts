/* global describe, expect, it */
import { applyProgrammes } from "../../../src/core/subsidy";
import { builtIn, event, plain } from "./helpers";

// docs/subsidies.md, worked example 3: "A programme whose effective period has ended gives 0
// with the reason 'programme ended on …'". SZ-2021's period 2021-01-01..2021-12-31 is assumed (the seed
// dates no rule); SZ-2022 (深市监规〔2022〕10号) starts on 2022-12-01.
describe("effective periods", () => {
  it('gives 0 after the end with "programme ended on 2021-12-31"', () => {
    const offsets = applyProgrammes(
      [event("US-1", "Acme", "grant", "US", "2022-03-01")],
      [builtIn("SZ-2021")]
    );
    expect(plain(offsets)).toEqual([
      expect.objectContaining({
        gross: "40000",
        applied: "0",
        reason: "programme ended on 2021-12-31",
      }),
    ]);
  });

  it('gives 0 before the start with "programme starts on 2022-12-01"', () => {
    const offsets = applyProgrammes(
      [event("EP-1", "Acme", "grant", "EP", "2022-11-30")],
      [builtIn("SZ-2022")]
    );
    expect(plain(offsets)).toEqual([
      expect.objectContaining({
        gross: "17000",
        applied: "0",
        reason: "programme starts on 2022-12-01",
      }),
    ]);
  });

  it("counts both ends as in force (2021-01-01 and 2021-12-31 pay 40,000)", () => {
    const offsets = applyProgrammes(
      [
        event("US-1", "Acme", "grant", "US", "2021-01-01"),
        event("US-2", "Acme", "grant", "US", "2021-12-31"),
      ],
      [builtIn("SZ-2021")]
    );
    expect(offsets.map((offset) => offset.applied.toString())).toEqual(["40000", "40000"]);
  });

  it("lets the programme in force pay and the others say why not: a 2023 EP grant under SZ-2021 and SZ-2022", () => {
    const offsets = applyProgrammes(
      [event("EP-1", "Acme", "grant", "EP", "2023-06-01")],
      [builtIn("SZ-2022"), builtIn("SZ-2021")]
    );
    // Sorted by programme id whatever order the programmes came in: SZ-2021 then SZ-2022.
    expect(plain(offsets)).toEqual([
      expect.objectContaining({
        programmeId: "SZ-2021",
        applied: "0",
        reason: "programme ended on 2021-12-31",
      }),
      expect.objectContaining({ programmeId: "SZ-2022", applied: "17000" }),
    ]);
  });

  it("ends SZ-2022 on 2023-12-31 (per a 2023 draft, unverified): a 2024 US grant gets 0", () => {
    const offsets = applyProgrammes(
      [event("US-1", "Acme", "grant", "US", "2024-01-02")],
      [builtIn("SZ-2022")]
    );
    expect(offsets.map((offset) => offset.reason)).toEqual(["programme ended on 2023-12-31"]);
  });
});
