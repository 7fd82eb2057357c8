import {
  parseDatedFigures,
  parseRenewalTables,
  parseReported,
} from "../../../../src/core/offices/europe/renewal-table";

// The shared validation behind every European data file (docs/offices/*.md, Tables): each rejection names
// the file and key.
const source = { title: "A public fee schedule", url: "https://example.org/fees" };
const table = (bands: unknown[], extra: Record<string, unknown> = {}) => ({
  from: "2024-04-01",
  confidence: "HIGH",
  verified: true,
  source,
  bands,
  ...extra,
});

describe("renewal-table validation", () => {
  it("accepts ranges and per-band grades, and gives bands their table's grade", () => {
    const [entry] = parseRenewalTables(
      [
        table([
          { years: "2-3", amount: "38" },
          { years: "4", amount: "40.50", confidence: "MED", verified: false },
          { years: "5", confidence: "UNCONFIRMED", verified: false, missing: "not found" },
        ]),
      ],
      "x.json renewal",
      2,
      5
    );
    const figures = entry.value.figures;
    expect(figures.get(3)!.amount!.toString()).toBe("38");
    expect([figures.get(4)!.amount!.toFixed(2), figures.get(4)!.confidence]).toEqual([
      "40.50",
      "MED",
    ]);
    expect(figures.get(5)!.amount).toBeUndefined();
    expect(figures.get(5)!.missing).toBe("not found");
  });

  it("rejects what is not a list, a band list that is missing, and a malformed year", () => {
    expect(() => parseRenewalTables({}, "x.json renewal", 2, 5)).toThrow(
      "x.json renewal: must be a list of tables."
    );
    expect(() => parseRenewalTables([], "x.json renewal", 2, 5)).toThrow(
      "x.json renewal: no entries."
    );
    expect(() => parseRenewalTables([table(undefined as never)], "x.json renewal", 2, 5)).toThrow(
      "x.json renewal[0].bands: must be a list of bands."
    );
    expect(() =>
      parseRenewalTables([table([{ years: "two", amount: "1" }])], "x.json renewal", 2, 5)
    ).toThrow(
      'x.json renewal[0].bands[0].years: must be a year such as "3" or a range such as "10-20".'
    );
  });

  it("rejects an unknown confidence, negative or over-precise amounts, and tables out of date order", () => {
    expect(() =>
      parseDatedFigures(
        [{ from: "2024-01-01", amount: "1", confidence: "SURE", source }],
        "x.json f"
      )
    ).toThrow("x.json f[0].confidence: must be one of HIGH, MED, LOW, UNCONFIRMED.");
    for (const amount of ["-1", "1.005", "1e3", ""])
      expect(() =>
        parseDatedFigures(
          [{ from: "2024-01-01", amount, confidence: "HIGH", verified: true, source }],
          "x.json f"
        )
      ).toThrow("x.json f[0].amount: must be a decimal text");
    const figure = { amount: "1", confidence: "HIGH", verified: true, source };
    expect(() =>
      parseDatedFigures(
        [
          { ...figure, from: "2024-01-01" },
          { ...figure, from: "2023-01-01" },
        ],
        "x.json f"
      )
    ).toThrow("x.json f[1]: 2023-01-01 is not after 2024-01-01; entries must be in date order.");
    expect(() => parseDatedFigures("none", "x.json f")).toThrow(
      "x.json f: must be a list of dated figures."
    );
  });

  it("reads reported changes: absent or empty is none, a non-list is an error", () => {
    expect(parseReported(undefined, "x.json reported")).toEqual([]);
    expect(parseReported([], "x.json reported")).toEqual([]);
    expect(() => parseReported({}, "x.json reported")).toThrow("x.json reported: must be a list.");
    const [change] = parseReported(
      [{ from: "2026-04-01", note: "a newer schedule", source }],
      "x.json reported"
    );
    expect(change.value.note).toBe("a newer schedule");
  });
});
