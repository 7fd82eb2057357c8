import { isoToDay } from "../../../src/core/dates/civil";
import { serialFromDay } from "../../../src/core/dates/excel-serial";

// Excel's last date is 9999-12-31 (serial 2958465): a later result cannot be shown as a date.
describe("date results past Excel's last date", () => {
  it("gives 9999-12-31 as serial 2958465 and refuses 10000-01-01", () => {
    expect(serialFromDay(isoToDay("9999-12-31"))).toBe(2958465);
    expect(() => serialFromDay(isoToDay("9999-12-31") + 1)).toThrow(
      "The resulting date is after 9999-12-31, the last date Excel can show: check the dates given."
    );
  });
});
