import raw from "../../../../src/data/offices/ep-fees.json";
import { EP_DATA, loadEpData } from "../../../../src/core/offices/ep/data";

// The loader rejects a malformed entry with the file and key named (docs/offices/ep.md, Tables).
const broken = (change: (copy: any) => void) => {
  const copy = structuredClone(raw) as any;
  change(copy);
  return () => loadEpData(copy);
};

describe("ep-fees.json loader", () => {
  it("loads the shipped file: one table from 2024-04-01, years 3 to 20, all HIGH", () => {
    expect(EP_DATA.renewal).toHaveLength(1);
    const figures = EP_DATA.renewal[0].value.figures;
    expect([...figures.keys()]).toEqual(Array.from({ length: 18 }, (_, i) => i + 3));
    for (const figure of figures.values()) {
      expect(figure.confidence).toBe("HIGH");
      expect(figure.verified).toBe(true);
    }
    // Each is cited with an https link: the table's source, which its bands share.
    expect(raw.renewal[0].source.url).toMatch(/^https:\/\//);
    expect(raw.renewal[0].bands.every((band) => !("source" in band))).toBe(true);
    expect(EP_DATA.reported).toHaveLength(1);
  });

  it("rejects an amount that is a number, not a decimal text", () => {
    expect(broken((c) => (c.renewal[0].bands[0].amount = 690))).toThrow(
      'ep-fees.json renewal[0].bands[0].amount: must be a decimal text such as "690" or "407.50".'
    );
  });

  it("rejects a year given twice or missing", () => {
    expect(broken((c) => (c.renewal[0].bands[1].years = "3"))).toThrow(
      "ep-fees.json renewal[0].bands[1].years: year 3 is given twice."
    );
    expect(broken((c) => c.renewal[0].bands.pop())).toThrow(
      "ep-fees.json renewal[0].bands: year 10 is missing."
    );
  });

  it("rejects a verified flag that does not match the confidence", () => {
    expect(broken((c) => (c.renewal[0].confidence = "MED"))).toThrow(
      "ep-fees.json renewal[0].verified: must be true for a HIGH figure and false otherwise."
    );
  });

  it("rejects an UNCONFIRMED figure that carries an amount, and one without its reason", () => {
    expect(
      broken((c) =>
        Object.assign(c.renewal[0].bands[0], { confidence: "UNCONFIRMED", verified: false })
      )
    ).toThrow("ep-fees.json renewal[0].bands[0].amount: an UNCONFIRMED figure ships no amount.");
    expect(
      broken((c) =>
        Object.assign(c.renewal[0].bands[0], {
          confidence: "UNCONFIRMED",
          verified: false,
          amount: undefined,
        })
      )
    ).toThrow(
      "ep-fees.json renewal[0].bands[0].missing: an UNCONFIRMED figure must say what is missing."
    );
  });

  it("rejects a bad date, a source without title and a reported change without note", () => {
    expect(broken((c) => (c.renewal[0].from = "2024-13-01"))).toThrow(
      'ep-fees.json renewal[0]: "2024-13-01" is not a calendar date.'
    );
    expect(broken((c) => (c.lateSurcharge[0].source = { url: "https://www.epo.org" }))).toThrow(
      "ep-fees.json lateSurcharge[0].source: needs a title naming the public document (statute, fee notice or office page)."
    );
    expect(broken((c) => (c.microReduction[0].source.url = "http://insecure"))).toThrow(
      "ep-fees.json microReduction[0].source.url: must be an https link."
    );
    expect(broken((c) => delete c.reported[0].note)).toThrow(
      "ep-fees.json reported[0].note: must say what is reported."
    );
  });

  it("rejects a file that is not an object", () => {
    expect(() => loadEpData(null)).toThrow("ep-fees.json: not a JSON object.");
  });
});
