import raw from "../../../../src/data/offices/jp-fees.json";
import { loadJpData } from "../../../../src/core/offices/jp/jp-data";

// The loader rejects a malformed jp-fees.json naming the file and the key.
function broken(edit: (data: any) => void): () => unknown {
  const data = structuredClone(raw);
  edit(data);
  return () => loadJpData(data);
}

describe("jp-fees.json loader", () => {
  it("loads the built-in file: two patent tables, the pre-2004 table and the reductions", () => {
    const data = loadJpData(raw);
    expect(data.tables.patent).toHaveLength(2);
    expect(data.reductions.pays.small.denominator.toString()).toBe("3");
    expect(data.surcharge.graceMonths).toBe(6);
  });

  it.each([
    [
      "an amount written as a number",
      (d: any) => (d.patent.tables[1].bands[0].base = 4300),
      "jp-fees.json: patent.tables[1].bands[0].base",
    ],
    [
      "a missing per-claim amount",
      (d: any) => delete d.utility.tables[0].bands[1].perClaim,
      "utility.tables[0].bands[1].perClaim",
    ],
    [
      "a gap between bands",
      (d: any) => (d.patent.tables[0].bands[1].years = [5, 6]),
      "patent.tables[0].bands[1].years starts at 5, expected 4",
    ],
    [
      "an unknown grade",
      (d: any) => (d.design.tables[0].confidence = "MED-HIGH"),
      "design.tables[0].confidence",
    ],
    [
      "verified on a MED figure",
      (d: any) => (d.patent.examRequestBefore2004.verified = true),
      "patent.examRequestBefore2004.verified",
    ],
    [
      "a source without title",
      (d: any) => (d.reductions.source = { url: "https://x" }),
      "reductions.source.title",
    ],
    [
      "tables out of date order",
      (d: any) => (d.patent.tables[1].from = "2021-01-01"),
      "not after 2021-12-01",
    ],
    ["a bad date", (d: any) => (d.patent.tables[0].from = "2021-13-01"), "patent.tables"],
    [
      "a zero denominator",
      (d: any) => (d.reductions.small.denominator = "0"),
      "reductions.small.denominator is 0",
    ],
    [
      "an empty list of bands",
      (d: any) => (d.design.tables[0].bands = []),
      "design.tables[0].bands is not a non-empty list",
    ],
    ["a right that is not an object", (d: any) => (d.utility = "none"), "utility is not an object"],
    [
      "a reversed band",
      (d: any) => (d.design.tables[0].bands[1].years = [25, 4]),
      "design.tables[0].bands[1].years",
    ],
    [
      "a grace period that is not whole months",
      (d: any) => (d.surcharge.graceMonths = 0),
      "surcharge.graceMonths",
    ],
    [
      "a bad examination cut-off date",
      (d: any) => (d.patent.examRequestBefore2004.examRequestBefore = "2004-4-1"),
      "patent.examRequestBefore2004.examRequestBefore",
    ],
    [
      "a restoration fee with neither amount nor reason",
      (d: any) => (d.restoration.design = {}),
      "restoration.design has neither",
    ],
    [
      "a restoration fee verified at MED",
      (d: any) => (d.restoration.patent.verified = true),
      "restoration.patent.verified",
    ],
  ])("rejects %s", (_what, edit, message) => {
    expect(broken(edit)).toThrow(message);
    expect(broken(edit)).toThrow(expect.objectContaining({ code: "invalid-data" }));
  });
});
