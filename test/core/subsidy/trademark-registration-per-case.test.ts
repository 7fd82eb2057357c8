import { isoToDay } from "../../../src/core/dates/civil";
import { perCaseAmount } from "../../../src/core/subsidy/per-case";
import { subsidy } from "../../../src/functions";

// Shenzhen 2021 IP support table (JETRO Hong Kong, April 2021, table 2): an EU trademark registration
// earns CNY 3,000. A registration is a trademark's event, so IP.SUBSIDY prices it as a trademark.
describe("a registration event without a right type", () => {
  it("is priced as a trademark: EU registration under SZ-2021 → 3,000", () => {
    expect(perCaseAmount("SZ-2021", "registration", "EM", isoToDay("2021-05-01")).toNumber()).toBe(
      3000
    );
    expect(subsidy("SZ-2021", "registration", "EM", "2021-05-01")).toBe(3000);
  });
});
