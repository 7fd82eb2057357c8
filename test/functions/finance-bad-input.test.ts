import * as functions from "../../src/functions";
import { cellError } from "./expect-cell-error";

// The "Bad input": each gets an error that says what to fix.
describe("finance functions on bad input", () => {
  it("rejects a negative principal", () => {
    expect(
      cellError(() => functions.loanInterest(-1, 0.04, "2024-01-01", "2024-12-31")).message
    ).toBe("principal -1 is negative: give an amount of 0 or more.");
  });

  it("rejects an end before the start", () => {
    expect(
      cellError(() => functions.loanInterest(1000000, 0.04, "2024-12-31", "2024-01-01")).message
    ).toBe("endDate is before startDate: give an end date on or after the start.");
    expect(
      cellError(() =>
        functions.loanInterestSubsidy(1000000, 0.04, "2024-12-31", "2024-01-01", "CN-BJ-2024")
      ).code
    ).toBe("#VALUE!");
  });

  it.each([0, 1, -0.01, 4.2])("rejects the rate %p, outside (0, 1)", (rate) => {
    expect(
      cellError(() => functions.loanInterest(1000000, rate, "2024-01-01", "2024-12-31")).message
    ).toContain("outside (0, 1)");
  });

  it("rejects an unknown programme, naming the known ones", () => {
    const error = cellError(() =>
      functions.loanInterestSubsidy(1000000, 0.04, "2024-01-01", "2024-12-31", "CN-SZ-NANSHA-2024")
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("CN-GZ-NANSHA-2024");
  });

  it("rejects an unknown scheme, and a party the scheme does not have", () => {
    expect(cellError(() => functions.riskShare(1, 0, "fund", "CN-GUANGDONG")).message).toContain(
      "CN-ZHONGSHAN"
    );
    expect(cellError(() => functions.riskShare(1, 0, "valuer", "CN-JS-SUZHIDAI")).code).toBe(
      "#N/A"
    );
  });

  it("rejects scores outside 0-100", () => {
    expect(cellError(() => functions.valueScoreCell(50, 50, 100.5)).code).toBe("#VALUE!");
  });

  it("rejects an ipShare or ratio outside 0…1 and an unknown day count", () => {
    expect(
      cellError(() =>
        functions.loanInterestSubsidy(1000000, 0.04, "2024-01-05", "2024-12-30", "CN-BJ-2024", 1.5)
      ).message
    ).toContain("ipShare");
    expect(
      cellError(() =>
        functions.loanInterestSubsidy(
          1000000,
          0.04,
          "2024-01-05",
          "2024-12-30",
          "CN-BJ-2024",
          null,
          null,
          null,
          "30/360"
        )
      ).message
    ).toContain('"ACT/360" or "ACT/365"');
    expect(
      cellError(() =>
        functions.loanInterestSubsidy(
          1000000,
          0.04,
          "2024-01-05",
          "2024-12-30",
          "CN-BJ-2024",
          null,
          null,
          null,
          null,
          0.6
        )
      ).message
    ).toContain("maximum");
  });

  it("returns the last LPR after the table's end, #N/A with strict", () => {
    expect(functions.lpr("2030-01-01")).toBe(0.03);
    expect(cellError(() => functions.lpr("2030-01-01", null, null, true)).code).toBe("#N/A");
  });
});
