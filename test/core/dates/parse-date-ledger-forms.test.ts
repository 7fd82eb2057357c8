import { dayToIso } from "../../../src/core/dates/civil";
import { parseDateText } from "../../../src/core/dates/parse-date";

// The date texts real ledgers hold besides ISO: each must read as the day written, never a neighbour.
describe("parseDateText reads the date forms ledgers use", () => {
  it.each([
    ["2022.3.4", "2022-03-04"], // dotted, common in Chinese ledgers
    ["2020-07-09 00:00:00", "2020-07-09"], // a date-time column exported as text
    ["2020/7/9 0:00", "2020-07-09"],
    ["２０２２／３／４", "2022-03-04"], // full-width digits and slash
    ["２０２２年３月４日", "2022-03-04"],
    ["令和4年3月4日", "2022-03-04"], // Reiwa 1 = 2019, so Reiwa 4 = 2019 + 4 - 1 = 2022
    ["令和元年5月1日", "2019-05-01"], // first day of Reiwa
    ["平成30年1月15日", "2018-01-15"], // Heisei 1 = 1989, so Heisei 30 = 1989 + 30 - 1 = 2018
    ["平成元年1月8日", "1989-01-08"], // first day of Heisei
    ["Ｒ４．３．４", "2022-03-04"], // abbreviated era, full width
    ["H30.1.15", "2018-01-15"],
  ])("%s is %s", (text, iso) => {
    expect(dayToIso(parseDateText(text, "Filing date"))).toBe(iso);
  });

  it("rejects an era date before the era began (平成元年1月7日 was still 昭和)", () => {
    expect(() => parseDateText("平成元年1月7日", "Filing date")).toThrow(/is not a date/);
  });

  it("rejects a time other than midnight rather than rounding it to a day", () => {
    expect(() => parseDateText("2020-07-09 13:30", "Filing date")).toThrow(/is not a date/);
  });

  it("still rejects an impossible calendar date written with dots", () => {
    expect(() => parseDateText("2022.2.30", "Filing date")).toThrow(/not a calendar date/);
  });
});
