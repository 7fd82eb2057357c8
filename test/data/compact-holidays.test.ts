import { existsSync } from "node:fs";
import holidaysData from "../../src/data/cn-holidays.json";
import { decodeDays, decodeHolidayFile } from "../../src/core/offices/cn/holiday-codec";

// The bundles ship cn-holidays.json with its holiday lists as runs of days and its yearly source as one
// template (scripts/compact-holidays.cjs, a webpack loader), decoded when they load (holiday-codec.ts):
// the decoded file must be the file, key order included, as the code reads it.
const { withoutDocs } = require("../../scripts/doc-free-data.cjs");
const compact = require("../../scripts/compact-holidays.cjs");

describe("the CN holidays as the bundles ship them", () => {
  const asShipped = withoutDocs(holidaysData, "cn-holidays.json");

  test("decode to the file as it is, every year, in order", () => {
    const encoded = compact.encodeHolidayFile(asShipped);
    expect(JSON.stringify(decodeHolidayFile(encoded))).toBe(JSON.stringify(asShipped));
    expect(encoded.years.rows).toHaveLength(holidaysData.years.length);
    // Smaller: 2024's 28 days are 9 runs.
    expect(encoded.years.rows.find(([year]: [number]) => year === 2024)).toEqual([
      2024,
      "0101 0210+7 0404+2 0501+4 0610 0915+2 1001+6",
      "0204 0218 0407 0428 0511 0914 0929 1012",
    ]);
  });

  test("runs count days in their own year (29 February, month ends)", () => {
    expect(decodeDays("0227+3", 2024)).toEqual(["02-27", "02-28", "02-29", "03-01"]);
    expect(decodeDays("0227+3", 2023)).toEqual(["02-27", "02-28", "03-01", "03-02"]);
    expect(compact.encodeDays(["02-28", "02-29", "03-01"], 2024)).toBe("0228+2");
    expect(compact.encodeDays(["02-28", "03-01"], 2023)).toBe("0228+1");
    expect(compact.encodeDays(["12-31", "01-01"], 2023)).toBe("1231 0101");
    expect(decodeDays("", 2024)).toEqual([]);
  });

  test("the build refuses a file it could not give back as it is", () => {
    const year = (entry: object) => ({ ...asShipped, years: [entry] });
    const base = holidaysData.years[0];
    expect(() => compact.encodeHolidayFile(year({ ...base, note: "x" }))).toThrow(
      /expected the keys/
    );
    expect(() => compact.encodeHolidayFile(year({ ...base, holidays: ["1-1"] }))).toThrow(
      /is not a mm-dd day/
    );
    expect(() =>
      compact.encodeHolidayFile({
        ...asShipped,
        years: [base, { ...holidaysData.years[1], source: "another notice" }],
      })
    ).toThrow(/does not follow/);
  });

  test("the loader writes a module that decodes the compacted file with the decoder", () => {
    const output: string = compact(JSON.stringify(asShipped));
    const [, decoder] = /from "([^"]+)"/.exec(output)!;
    expect(existsSync(decoder)).toBe(true);
    const [, text] = /JSON\.parse\((".*")\)\);\n$/.exec(output)!;
    expect(JSON.parse(JSON.parse(text))).toEqual(compact.encodeHolidayFile(asShipped));
  });
});
