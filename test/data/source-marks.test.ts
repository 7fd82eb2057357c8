import path from "node:path";
import { loadJpData } from "../../src/core/offices/jp/jp-data";
import { loadClosures } from "../../src/core/offices/closures/office-closures";
import { parseRenewalTables } from "../../src/core/offices/europe/renewal-table";
import jpRaw from "../../src/data/offices/jp-fees.json";
import closuresRaw from "../../src/data/offices/closures.json";

const { bundled, sourcesMarked, SOURCES_MARKED } = require("../../scripts/doc-free-data.cjs");

// The bundles carry the other offices' source records as a mark (1): the build checked each names a
// public document, and the loaders keep nothing of them (no cell or sheet shows them). The loaders still
// refuse a figure without a source, as the bundles have it.
describe("source records marked in the bundles' office data", () => {
  const DATA = path.resolve(__dirname, "../../src/data");
  const texts = (data: unknown): string[] =>
    JSON.stringify(data).match(/"(title|url|sourceReadOn|secondary)":/g) ?? [];

  it("leaves no source text in any office file, and marks every record", () => {
    for (const file of ["jp", "kr", "us", "ep", "up", "de", "fr", "nl", "gb"]) {
      const raw = require(path.join(DATA, `offices/${file}-fees.json`));
      const marked = bundled(raw, `offices/${file}-fees.json`);
      expect([file, texts(marked)]).toEqual([file, []]);
      // Same number of sources, each now the mark.
      const records = JSON.stringify(raw).match(/"source":\{/g)!.length;
      expect([file, JSON.stringify(marked).match(/"source":1\b/g)?.length]).toEqual([
        file,
        records,
      ]);
    }
    const closures = bundled(closuresRaw, "offices/closures.json");
    expect(texts(closures)).toEqual([]);
    expect((closures as any).offices.JP.source.every((mark: unknown) => mark === 1)).toBe(true);
  });

  it("keeps the CN files' sources (the pane's fee table shows them) and other files' texts", () => {
    expect(SOURCES_MARKED.test("cn-annual-fees.json")).toBe(false);
    expect(SOURCES_MARKED.test("finance/lpr.json")).toBe(false);
    expect(SOURCES_MARKED.test("offices/jp-fees.json")).toBe(true);
    expect(SOURCES_MARKED.test("offices/closures.json")).toBe(true);
    const annual = require(path.join(DATA, "cn-annual-fees.json"));
    expect(texts(bundled(annual, "cn-annual-fees.json")).length).toBeGreaterThan(0);
  });

  it("leaves a record without a title as it is, for the loader to reject with file and key", () => {
    const data = { a: { source: { url: "https://x.example" } }, b: [{ source: [] }], source: " " };
    expect(sourcesMarked(data)).toEqual(data);
    const jp = sourcesMarked(structuredClone(jpRaw)) as any;
    jp.surcharge.source = { url: "https://x.example" };
    expect(() => loadJpData(jp)).toThrow("jp-fees.json: surcharge.source.title is missing");
  });

  it("is refused by every loader when a figure has no source at all, mark or record", () => {
    const jp = sourcesMarked(structuredClone(jpRaw)) as any;
    expect(() => loadJpData(jp)).not.toThrow();
    delete jp.patent.tables[0].source;
    expect(() => loadJpData(jp)).toThrow("jp-fees.json: patent.tables[0].source is not an object");
    const closures = sourcesMarked(structuredClone(closuresRaw)) as any;
    expect(() => loadClosures(closures)).not.toThrow();
    closures.offices.US.source = [];
    expect(() => loadClosures(closures)).toThrow(
      "closures.json: offices.US.source is not a non-empty list"
    );
    const table = {
      from: "2024-04-01",
      confidence: "HIGH",
      verified: true,
      bands: [{ years: "1", amount: "1" }],
    };
    expect(() =>
      parseRenewalTables([{ ...table, source: 1 }], "x.json renewal", 1, 1)
    ).not.toThrow();
    expect(() => parseRenewalTables([table], "x.json renewal", 1, 1)).toThrow(
      "x.json renewal[0].source: needs a title naming the public document"
    );
  });
});
