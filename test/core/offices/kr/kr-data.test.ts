import raw from "../../../../src/data/offices/kr-fees.json";
import { loadKrData } from "../../../../src/core/offices/kr/kr-data";

// The loader rejects a malformed kr-fees.json naming the file and the key.
function broken(edit: (data: any) => void): () => unknown {
  const data = structuredClone(raw);
  edit(data);
  return () => loadKrData(data);
}

describe("kr-fees.json loader", () => {
  it("loads two patent tables, the reasons utility and design fees are missing, and the surcharge", () => {
    const data = loadKrData(raw);
    expect(data.patent).toHaveLength(2);
    expect(data.missing.design).toContain("not in our data");
    expect(data.surcharge.ratePerMonth.toString()).toBe("0.03");
    // 특허법 제81조의3: the period and fee of restoration are not confirmed, so no figure ships.
    expect(data.restoration.confidence).toBe("UNCONFIRMED");
    expect("missing" in data.restoration && data.restoration.missing).toContain("81조의3");
  });

  it.each([
    [
      "a band with no per-claim amount",
      (d: any) => delete d.patent[1].bands[4].perClaim,
      "kr-fees.json: patent[1].bands[4].perClaim",
    ],
    [
      "overlapping bands",
      (d: any) => (d.patent[0].bands[1].years = [3, 6]),
      "patent[0].bands[1].years starts at 3, expected 4",
    ],
    ["verified on a MED table", (d: any) => (d.patent[1].verified = true), "patent[1].verified"],
    [
      "an empty reason for missing design fees",
      (d: any) => (d.design.missing = ""),
      "design.missing",
    ],
    [
      "a grace period that is not whole months",
      (d: any) => (d.surcharge.graceMonths = 6.5),
      "surcharge.graceMonths",
    ],
    [
      "a rate written as a number",
      (d: any) => (d.surcharge.ratePerMonth = 0.03),
      "surcharge.ratePerMonth",
    ],
    [
      "a figure on the UNCONFIRMED restoration (never a guess)",
      (d: any) => (d.restoration.months = 3),
      "restoration is UNCONFIRMED, so it must not give months or a multiple",
    ],
    [
      "a graded restoration period that is not whole months",
      (d: any) => Object.assign(d.restoration, { confidence: "MED", months: "3", multiple: "2" }),
      "restoration.months",
    ],
    [
      "an UNCONFIRMED restoration that does not say what is missing",
      (d: any) => delete d.restoration.missing,
      "restoration.missing",
    ],
    ["no patent tables", (d: any) => (d.patent = []), "patent is not a non-empty list"],
  ])("rejects %s", (_what, edit, message) => {
    expect(broken(edit)).toThrow(message);
  });
});
