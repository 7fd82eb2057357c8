import { rateTableRows } from "../../../src/core/projection/rate-table";
import { MIXED_PORTFOLIO } from "./mixed-office-portfolio";

describe("the starting rows of the exchange-rate table", () => {
  it("lists each currency the portfolio's offices charge in, blank except CNY (the rate setting)", () => {
    // Output JPY at 19 per CNY: CNY starts at 19, JPY is the output (1), the others are blank: no
    // bundled rates. The mixed portfolio has CN, JP, US, EP/UP/DE (EUR) and KR rights.
    expect(rateTableRows(MIXED_PORTFOLIO, "JPY", "19")).toEqual([
      ["CNY", 19, "", "rate setting"],
      ["JPY", 1, "", "output currency"],
      ["USD", "", "", ""],
      ["EUR", "", "", ""],
      ["KRW", "", "", ""],
    ]);
  });

  it("has the CNY row alone without a portfolio", () => {
    expect(rateTableRows(undefined, "CNY", "1")).toEqual([["CNY", 1, "", "output currency"]]);
  });
});
