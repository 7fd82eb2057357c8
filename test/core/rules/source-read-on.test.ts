import { isoToDay } from "../../../src/core/dates/civil";
import { loadJpData } from "../../../src/core/offices/jp/jp-data";
import jpRaw from "../../../src/data/offices/jp-fees.json";
import { latestReadingDay, readingOf, sourceReadOn } from "../../../src/core/rules/source-read-on";

describe("sourceReadOn, the day a source was read", () => {
  const latest = isoToDay("2026-12-02");

  it("is optional: absent means nobody recorded a reading", () => {
    expect(sourceReadOn({}, "x.json a.source", latest)).toBeUndefined();
    expect(sourceReadOn({ sourceReadOn: "2026-12-01" }, "x.json a.source", latest)).toBe(
      "2026-12-01"
    );
  });

  it("rejects a malformed date, naming file and key", () => {
    expect(() => sourceReadOn({ sourceReadOn: "1/12/2026" }, "x.json a.source", latest)).toThrow(
      'x.json a.source.sourceReadOn: "1/12/2026" is not a yyyy-mm-dd date.'
    );
    expect(() => sourceReadOn({ sourceReadOn: "2026-02-30" }, "x.json a.source", latest)).toThrow(
      'x.json a.source.sourceReadOn: "2026-02-30" is not a yyyy-mm-dd date.'
    );
    expect(() => sourceReadOn({ sourceReadOn: 20261201 }, "x.json a.source", latest)).toThrow(
      "x.json a.source.sourceReadOn: 20261201 is not a yyyy-mm-dd date."
    );
  });

  it("rejects a day after the latest possible reading (a check date nobody made yet)", () => {
    expect(() => sourceReadOn({ sourceReadOn: "2026-12-03" }, "x.json a.source", latest)).toThrow(
      "x.json a.source.sourceReadOn: 2026-12-03 is in the future: record the day the source was actually read, or leave it out."
    );
  });

  it("allows tomorrow in UTC, for a reader east of UTC", () => {
    // 2026-12-01T23:00Z is day 20788 (2026-12-01); the latest reading day is 2026-12-02.
    expect(latestReadingDay(Date.UTC(2026, 11, 1, 23))).toBe(isoToDay("2026-12-02"));
  });

  it("keeps a named secondary source and a note, and rejects them empty", () => {
    expect(
      readingOf({ secondary: "a city page", note: "stored copy" }, "x.json a.source", latest)
    ).toEqual({ secondary: "a city page", note: "stored copy" });
    expect(() => readingOf({ note: " " }, "x.json a.source", latest)).toThrow(
      "x.json a.source.note: is not a text."
    );
  });

  it("is checked by an office loader too (JP)", () => {
    const data = structuredClone(jpRaw);
    expect(() => loadJpData(data)).not.toThrow();
    (data.patent.tables[1].source as { sourceReadOn?: string }).sourceReadOn = "2026-13-01";
    expect(() => loadJpData(data)).toThrow(
      'jp-fees.json patent.tables[1].source.sourceReadOn: "2026-13-01" is not a yyyy-mm-dd date.'
    );
  });
});
