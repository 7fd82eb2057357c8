import lprData from "../../../src/data/finance/lpr.json";
import programmesData from "../../../src/data/finance/programmes.json";
import riskData from "../../../src/data/finance/risk-schemes.json";
import ltvData from "../../../src/data/finance/ltv-profiles.json";
import { BUILT_IN_FINANCE_PROGRAMMES } from "../../../src/core/finance/built-in";
import { loadLprTable } from "../../../src/core/finance/lpr";
import { loadFinanceProgrammes } from "../../../src/core/finance/programmes";
import { loadLtvProfiles } from "../../../src/core/finance/pledge";
import { loadRiskSchemes } from "../../../src/core/finance/risk-share";

// The loaders reject a malformed data file naming the file and the key, so a broken edit fails here.
const copy = <T>(data: T): any => structuredClone(data);

describe("finance data loaders", () => {
  it("ship the ten programmes of the issue", () => {
    expect(BUILT_IN_FINANCE_PROGRAMMES.map((p) => p.id)).toEqual([
      "CN-BJ-2024",
      "CN-FJ",
      "CN-GZ-2023",
      "CN-GZ-NANSHA-2024",
      "CN-HZ-FUYANG",
      "CN-QD-2025",
      "CN-SH-JINSHAN",
      "CN-SZ-FUTIAN",
      "CN-SZ-NANSHAN",
      "CN-ZGC-2021",
    ]);
  });

  it("rejects verified on a programme that is not HIGH", () => {
    const data = copy(programmesData);
    data.programmes[3].verified = true;
    expect(() => loadFinanceProgrammes(data)).toThrow(
      "src/data/finance/programmes.json: programmes[3].verified: only a HIGH item may be verified (this one is MED)."
    );
  });

  it("rejects an unknown key and a share written as a number", () => {
    const typo = copy(programmesData);
    typo.programmes[0].caps.perYearCaps = "1";
    expect(() => loadFinanceProgrammes(typo)).toThrow(
      "programmes[0].caps.perYearCaps: unknown key"
    );
    const number = copy(programmesData);
    number.programmes[0].interest.share = 0.5;
    expect(() => loadFinanceProgrammes(number)).toThrow(
      "programmes[0].interest.share: expected a decimal as a string"
    );
  });

  it("rejects LPR fixings out of date order", () => {
    const data = copy(lprData);
    data.tenors["1Y"][2].published = "2019-09-01";
    expect(() => loadLprTable(data)).toThrow(
      "src/data/finance/lpr.json: tenors.1Y[2]: 2019-09-01 is not after 2019-09-20"
    );
  });

  it("rejects a risk tier whose shares do not sum to 1", () => {
    const data = copy(riskData);
    data.schemes[0].tiers[0].shares.fund = "0.55";
    expect(() => loadRiskSchemes(data)).toThrow(
      "schemes[0].tiers[0].shares: shares sum to 1.01, not 1"
    );
  });

  it("rejects an LTV profile with an unknown kind", () => {
    const data = copy(ltvData);
    data.profiles[0].ltv.patent = "0.3";
    expect(() => loadLtvProfiles(data)).toThrow(
      "src/data/finance/ltv-profiles.json: profiles[0].ltv.patent: unknown key"
    );
  });
});
