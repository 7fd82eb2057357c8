import { isoToDay } from "../../../../src/core/dates/civil";
import raw from "../../../../src/data/offices/jp-fees.json";
import { jpAnnualFee, JpFeeQuery } from "../../../../src/core/offices/jp/annual-fee";
import { loadJpData } from "../../../../src/core/offices/jp/jp-data";

// Tables: docs/offices/jp.md "Fee tables" (JPO notice 令和3年12月 on the 2022-04-01 change; JPO fee list).
const day = isoToDay;
function fee(query: Partial<JpFeeQuery>): string {
  return jpAnnualFee({
    kind: "patent",
    year: 1,
    payment: day("2026-01-01"),
    ...query,
  }).amount.toString();
}

describe("JPO patent fee, table from 2022-04-01, at every band edge (1 claim)", () => {
  it.each([
    [1, "4600"], // 4,300 + 300
    [3, "4600"],
    [4, "11100"], // 10,300 + 800
    [6, "11100"],
    [7, "26700"], // 24,800 + 1,900
    [9, "26700"],
    [10, "64000"], // 59,400 + 4,600
    [25, "64000"],
  ])("year %i → %s", (year, amount) => expect(fee({ year, claims: 1 })).toBe(amount));
});

describe("JPO patent fee, table in force before 2022-04-01 (1 claim)", () => {
  it.each([
    [1, "2300"], // 2,100 + 200
    [3, "2300"],
    [4, "6900"], // 6,400 + 500
    [6, "6900"],
    [7, "20800"], // 19,300 + 1,500
    [9, "20800"],
    [10, "59700"], // 55,400 + 4,300
    [25, "59700"],
  ])("year %i → %s", (year, amount) =>
    expect(fee({ year, claims: 1, payment: day("2022-03-31") })).toBe(amount)
  );
});

describe("the payment date picks the table", () => {
  it("switches on 2022-04-01: year 4, 10 claims 11,400 on 2022-03-31, 18,300 on 2022-04-01", () => {
    expect(fee({ year: 4, claims: 10, payment: day("2022-03-31") })).toBe("11400"); // 6,400 + 5,000
    expect(fee({ year: 4, claims: 10, payment: day("2022-04-01") })).toBe("18300"); // J1
  });

  it("has no table before the earliest date our sources attest (2021-12-01): #N/A, not a guess", () => {
    expect(fee({ year: 4, claims: 1, payment: day("2021-12-01") })).toBe("6900");
    expect(() => fee({ year: 4, claims: 1, payment: day("2021-11-30") })).toThrow(
      expect.objectContaining({ code: "no-rule-in-force" })
    );
  });
});

describe("request for examination before 2004-04-01: the older table whatever the payment date", () => {
  it.each([
    [1, "11200", "MED"], // 10,300 + 900
    [3, "11200", "MED"],
    [4, "17400", "MED"], // 16,100 + 1,300
    [6, "17400", "MED"],
    [7, "34700", "LOW"], // 32,200 + 2,500 (LOW-MED in the source)
    [9, "34700", "LOW"],
    [10, "69400", "LOW"], // 64,400 + 5,000
    [25, "69400", "LOW"],
  ])("year %i → %s (%s)", (year, amount, grade) => {
    const result = jpAnnualFee({
      kind: "patent",
      year,
      claims: 1,
      payment: day("2026-01-01"),
      examRequest: day("2004-03-31"),
    });
    expect([result.amount.toString(), result.confidence, result.tableFrom]).toEqual([
      amount,
      grade,
      undefined,
    ]);
  });

  it("a request on 2004-04-01 uses the current table", () => {
    expect(fee({ year: 1, claims: 1, examRequest: day("2004-04-01") })).toBe("4600");
  });
});

describe("utility models and designs", () => {
  it.each([
    [1, "2200"], // 2,100 + 100
    [3, "2200"],
    [4, "6400"], // 6,100 + 300
    [6, "6400"],
    [7, "19000"], // 18,100 + 900
    [10, "19000"],
  ])("utility model year %i, 1 claim → %s", (year, amount) =>
    expect(fee({ kind: "utility", year, claims: 1 })).toBe(amount)
  );

  it.each([
    [1, "8500"],
    [3, "8500"],
    [4, "16900"],
    [25, "16900"],
  ])("design year %i → %s, claims not needed", (year, amount) =>
    expect(fee({ kind: "design", year })).toBe(amount)
  );

  it("design table starts 2020-04-01 and utility model table 2022-04-01 (earlier: no amount)", () => {
    expect(fee({ kind: "design", year: 1, payment: day("2020-04-01") })).toBe("8500");
    expect(() => fee({ kind: "design", year: 1, payment: day("2020-03-31") })).toThrow(
      "No JPO design fee table in force on 2020-03-31"
    );
    expect(() => fee({ kind: "utility", year: 1, claims: 1, payment: day("2022-03-31") })).toThrow(
      expect.objectContaining({ code: "no-rule-in-force" })
    );
  });
});

describe("errors that say what to fix", () => {
  it("asks for the claims of a patent or utility model, with no default", () => {
    expect(() => fee({ year: 4 })).toThrow(
      expect.objectContaining({ code: "claims-required", field: "claims" })
    );
    expect(() => fee({ kind: "utility", year: 4 })).toThrow("depends on the number of claims");
  });

  it.each([0, -1, 2.5])("rejects %p claims", (claims) =>
    expect(() => fee({ year: 4, claims })).toThrow("give a whole number from 1")
  );

  it.each([
    ["patent", 0],
    ["patent", 26],
    ["patent", 4.5],
    ["utility", 11],
    ["design", 26],
  ] as const)("rejects a %s year %p", (kind, year) =>
    expect(() => fee({ kind, year, claims: 1 })).toThrow(
      expect.objectContaining({ code: "year-outside-term" })
    )
  );
});

describe("a table that stops before the year", () => {
  it("is #N/A naming the year, not a guess", () => {
    const data = structuredClone(raw) as any;
    data.design.tables[0].bands[1].years = [4, 20];
    expect(() =>
      jpAnnualFee({ kind: "design", year: 21, payment: day("2026-01-01") }, loadJpData(data))
    ).toThrow("The JPO design table has no fee for year 21");
  });
});
