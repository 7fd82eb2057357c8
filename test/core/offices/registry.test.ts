import {
  OFFICE_CODES,
  officeKindOf,
  officePackNamed,
  packOf,
} from "../../../src/core/offices/registry";

// One interface, many packs: every office the issue lists has a pack, reachable by code or by the
// names users write in ledgers, each with the currency its office charges in.
describe("office registry", () => {
  it("has a pack for each of the ten offices, each in its own currency", () => {
    expect(OFFICE_CODES.map((code) => `${code}:${packOf(code)!.currency}`)).toEqual([
      "CN:CNY",
      "JP:JPY",
      "US:USD",
      "EP:EUR",
      "UP:EUR",
      "DE:EUR",
      "FR:EUR",
      "NL:EUR",
      "GB:GBP",
      "KR:KRW",
    ]);
    for (const code of OFFICE_CODES) expect(packOf(code)!.code).toBe(code);
  });

  it.each([
    ["米国", "US"],
    ["uspto", "US"],
    ["MOIP", "KR"],
    ["KIPO", "KR"],
    ["韓国", "KR"],
    ["UK", "GB"],
    ["Unitary Patent", "UP"],
    ["ドイツ", "DE"],
    ["Netherlands", "NL"],
    ["EPO", "EP"],
  ])("finds %s as %s", (name, code) => {
    expect(officePackNamed(name).code).toBe(code);
  });

  it("says which offices it covers when one has no fee data", () => {
    expect(() => officePackNamed("EM")).toThrow(
      'office "EM" has no fee data here: give one of CN, JP, US, EP, UP, DE, FR, NL, GB, KR.'
    );
  });

  it("maps the portfolio's right types to each office's kinds, and knows where none exists", () => {
    expect(officeKindOf("JP", "invention")).toBe("patent");
    expect(officeKindOf("US", "invention")).toBe("utility");
    expect(officeKindOf("US", "utility")).toBeUndefined(); // no utility models in the US
    expect(officeKindOf("EP", "invention")).toBe("application");
    expect(officeKindOf("DE", "design")).toBeUndefined();
  });
});
