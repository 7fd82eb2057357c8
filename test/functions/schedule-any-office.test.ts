import { lateFeeAnyOffice, schedule } from "../../src/functions";

// IP.SCHEDULE and IP.LATEFEE: one function for every office, through its pack. Values from the offices'
// worked examples and tables in docs/offices/.
describe("IP.SCHEDULE", () => {
  it("lists EPO renewals from year 3 with the month-end due date and the six-month last day", () => {
    // Filed 2024-03-20: year 3 falls due at the end of the month of the 2nd anniversary, 2026-03-31
    // (serial 46112); the last day with surcharge is six months later, 2026-09-30 (46295); EUR 690.
    const rows = schedule("EP", "2024-03-20");
    expect(rows[0]).toEqual([3, 46112, 46295, 690, "EUR"]);
    expect(rows.map((row) => row[0])).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ]);
  });

  it("prices JP years 1-3 at registration, without a surcharge period (docs/offices/jp.md)", () => {
    // Registered 2022-06-01 (serial 44713), 10 claims: years 1-3 at 4,300 + 300 × 10 = 7,300 each.
    const rows = schedule("JP", "2020-04-01", null, "2022-06-01", 10);
    expect(rows.slice(0, 3)).toEqual([
      [1, 44713, "", 7300, "JPY"],
      [2, 44713, "", 7300, "JPY"],
      [3, 44713, "", 7300, "JPY"],
    ]);
  });

  it("gives the US stages for a micro entity (docs/offices/us.md: 2,150 × 20% = 430)", () => {
    expect(schedule("US", "2019-01-15", null, "2021-08-31", null, "micro")).toEqual([
      [1, 45716, 45900, 430, "USD"],
      [2, 47177, 47361, 808, "USD"],
      [3, 48638, 48822, 1656, "USD"],
    ]);
  });

  it("says a US design patent has no maintenance fees: cost 0, not an error", () => {
    expect(schedule("US", "2019-01-15", "design", "2021-08-31")).toEqual([
      ["no maintenance fees", "", "", 0, "USD"],
    ]);
  });

  it("asks for the claims where the fee depends on them", () => {
    expect(() => schedule("JP", "2020-04-01", null, "2022-06-01")).toThrow(/claims/);
  });
});

describe("IP.LATEFEE", () => {
  it("charges each office's surcharge in its currency", () => {
    expect(lateFeeAnyOffice("CN", 1200, "2021-07-09", "2021-09-19")).toBe(120); // 10% band, CN-E4
    expect(lateFeeAnyOffice("EP", 690, "2026-03-31", "2026-05-15")).toBe(345); // 50%, Rule 51(2) EPC
    expect(lateFeeAnyOffice("JP", 18300, "2028-06-12", "2028-08-01")).toBe(18300); // 100%, 特許法 Art. 112
  });

  it("is 0 when paid in time and #N/A after the last day", () => {
    expect(lateFeeAnyOffice("CN", 1200, "2021-07-09", "2021-07-09")).toBe(0);
    expect(() => lateFeeAnyOffice("CN", 1200, "2021-07-09", "2022-03-01")).toThrow(/lapsed/);
  });

  it("refuses an office without fee data and a negative fee", () => {
    expect(() => lateFeeAnyOffice("EM", 100, "2021-07-09", "2021-09-19")).toThrow(/no fee data/);
    expect(() => lateFeeAnyOffice("EP", -1, "2026-03-31", "2026-05-15")).toThrow(/negative/);
  });
});
