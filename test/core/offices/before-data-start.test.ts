import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { EP_DATA } from "../../../src/core/offices/ep/data";
import { EP_PACK } from "../../../src/core/offices/ep/pack";
import { priceRenewal } from "../../../src/core/offices/europe/pricing";
import { jpAnnualFee } from "../../../src/core/offices/jp/annual-fee";
import { JP_PACK } from "../../../src/core/offices/jp/jp-pack";
import { krAnnualFee } from "../../../src/core/offices/kr/annual-fee";
import { KR_PACK } from "../../../src/core/offices/kr/kr-pack";
import { FeeLine, OfficeRight } from "../../../src/core/offices/office-pack";
import { usMaintenanceFee } from "../../../src/core/offices/us/maintenance-fee";
import { US_PACK } from "../../../src/core/offices/us/us-pack";
import {
  inForce,
  indexInForce,
  noRuleInForceMessage,
  valueInForce,
} from "../../../src/core/rules/dated-series";

// A schedule checks whether a table is in force instead of catching the error the pricing function
// throws: its lines must keep the message that error carries. Data starts (src/data/offices/*.json):
// JPO patent table 2021-12-01, USPTO schedule 2022-12-29, KIPO tables 2023-07-31, EPO table 2024-04-01.

const day = isoToDay;
const thrown = (price: () => unknown): string => {
  try {
    price();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("priced without error");
};
const shown = (lines: FeeLine[]) =>
  lines.map((l) => [l.year, dayToIso(l.due), l.amount?.toString() ?? l.missing]);

describe("dated series: the check that throws nothing", () => {
  const series = [
    { from: day("2020-01-01"), value: "a" },
    { from: day("2022-04-01"), value: "b" },
  ];

  it("finds the entry in force, or -1 / undefined before the data starts", () => {
    expect(indexInForce(series, day("2019-12-31"))).toBe(-1);
    expect(indexInForce(series, day("2020-01-01"))).toBe(0);
    expect(indexInForce(series, day("2022-03-31"))).toBe(0);
    expect(indexInForce(series, day("2022-04-01"))).toBe(1);
    expect(inForce(series, day("2019-12-31"))).toBeUndefined();
    expect(inForce(series, day("2030-01-01"))).toBe("b");
  });

  it("words the reason as valueInForce's error does", () => {
    const message = "No test table in force on 2019-12-31: the data starts on 2020-01-01.";
    expect(noRuleInForceMessage(series, day("2019-12-31"), "test table")).toBe(message);
    expect(() => valueInForce(series, day("2019-12-31"), "test table")).toThrow(
      expect.objectContaining({ code: "no-rule-in-force", field: "test table", message })
    );
  });
});

describe("JP: years due before the patent table starts (2021-12-01)", () => {
  // Filed 2015-01-10, registered 2018-06-12, 1 claim: years 1-3 due 2018-06-12, year 4 2021-06-12,
  // year 5 2022-06-12 priced by the table of 2022-04-01 (years 4-6 at 1 claim: 11,100, as J4's year 4).
  const lines = JP_PACK.schedule({
    office: "JP",
    kind: "patent",
    filing: day("2015-01-10"),
    grant: day("2018-06-12"),
    claims: 1,
  });

  it("keeps the message jpAnnualFee throws, and prices the first year after the start", () => {
    const message =
      "No JPO patent fee table in force on 2021-06-12: the data starts on 2021-12-01.";
    expect(shown(lines).slice(2, 5)).toEqual([
      [
        3,
        "2018-06-12",
        "No JPO patent fee table in force on 2018-06-12: the data starts on 2021-12-01.",
      ],
      [4, "2021-06-12", message],
      [5, "2022-06-12", "11100"],
    ]);
    expect(
      thrown(() => jpAnnualFee({ kind: "patent", year: 4, claims: 1, payment: day("2021-06-12") }))
    ).toBe(message);
    expect(lines[3]).toMatchObject({
      amount: undefined,
      confidence: "UNCONFIRMED",
      currency: "JPY",
    });
  });
});

describe("US: a stage due before the schedule starts (2022-12-29)", () => {
  // Granted 2015-03-14: stages due 2018-09-14, 2022-09-14, 2026-09-14 (U1's 8,280 for stage 3).
  const right: OfficeRight = {
    office: "US",
    kind: "utility",
    filing: day("2013-05-01"),
    grant: day("2015-03-14"),
  };

  it("keeps the message usMaintenanceFee throws", () => {
    const message =
      "No USPTO maintenance-fee schedule in force on 2022-09-14: the data starts on 2022-12-29.";
    expect(shown(US_PACK.schedule(right))).toEqual([
      [
        1,
        "2018-09-14",
        "No USPTO maintenance-fee schedule in force on 2018-09-14: the data starts on 2022-12-29.",
      ],
      [2, "2022-09-14", message],
      [3, "2026-09-14", "8280"],
    ]);
    expect(thrown(() => usMaintenanceFee(2, "large", day("2022-09-14")))).toBe(message);
  });
});

describe("KR: years priced before the KIPO tables start (2023-07-31)", () => {
  // Filed 2017-01-10, registered 2019-03-05, 1 claim: years 1-3 by the registration (no decision date
  // given), years 4 and 5 due 2022-03-05 and 2023-03-05, year 6 due 2024-03-05 priced.
  const lines = KR_PACK.schedule({
    office: "KR",
    kind: "patent",
    filing: day("2017-01-10"),
    grant: day("2019-03-05"),
    claims: 1,
  });

  it("keeps the messages krAnnualFee throws, for grant decisions and for payments", () => {
    const decision =
      "No KIPO fee table for grant decisions in force on 2019-03-05: the data starts on 2023-07-31.";
    const payment =
      "No KIPO fee table for payments in force on 2022-03-05: the data starts on 2023-07-31.";
    expect(shown(lines).slice(0, 4)).toEqual([
      [1, "2019-03-05", decision],
      [2, "2019-03-05", decision],
      [3, "2019-03-05", decision],
      [4, "2022-03-05", payment],
    ]);
    expect(lines[5].amount).toBeDefined();
    expect(thrown(() => krAnnualFee(1, 1, day("2019-03-05")))).toBe(decision);
    expect(thrown(() => krAnnualFee(4, 1, day("2022-03-05")))).toBe(payment);
  });
});

describe("EP: renewal years due before the EPO table starts (2024-04-01)", () => {
  // Filed 2019-01-15, no grant date: year 3 due 2021-01-31 … year 6 due 2024-01-31, year 7 2025-01-31
  // priced by the table of 2024-04-01 (7th year: EUR 1,310).
  const lines = EP_PACK.schedule({ office: "EP", kind: "application", filing: day("2019-01-15") });

  it("keeps priceRenewal's message with the hint to enter the old table", () => {
    const message =
      "No EPO renewal-fee table in force on 2024-01-31: the data starts on 2024-04-01.";
    expect(shown(lines).slice(3, 5)).toEqual([
      [6, "2024-01-31", `${message} Enter the table that applied then in the workbook fee table.`],
      [7, "2025-01-31", "1310"],
    ]);
    expect(thrown(() => priceRenewal(EP_DATA, 6, day("2024-01-31")))).toBe(message);
  });
});
