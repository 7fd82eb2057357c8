import { isoToDay } from "../../src/core/dates/civil";
import {
  defaultSettings,
  isValidRate,
  parseStoredSettings,
  toProjectionSettings,
} from "../../src/taskpane/pane-settings";

const today = isoToDay("2026-11-23");

describe("settings stored in the workbook are input: each field is checked", () => {
  it("a 400-digit rate, a non-finite one, zero and a negative one are refused", () => {
    for (const rate of ["1".repeat(400), "Infinity", "1e400", "0", "0.000", "-19", "19,5", ""])
      expect([rate.slice(0, 12), isValidRate(rate)]).toEqual([rate.slice(0, 12), false]);
    for (const rate of ["19", "0.140713", "21.3377", "123456789012", "0.000000000001"])
      expect([rate, isValidRate(rate)]).toEqual([rate, true]);
    expect(isValidRate("1234567890123")).toBe(false); // 13 significant digits
  });

  it("hostile stored values fall back to the defaults, field by field", () => {
    const stored = JSON.stringify({
      asOf: "yesterday-ish",
      horizonYears: 1e9,
      fiscalYearStartMonth: 13,
      currency: "<img src=x>",
      rate: "9".repeat(400),
      shiftToWorkday: "yes",
      columnMap: { "<script>": "not-a-field" },
    });
    expect(parseStoredSettings(stored, "en")).toEqual(defaultSettings("en"));
    expect(parseStoredSettings("[1,2]", "en")).toEqual(defaultSettings("en"));
    expect(parseStoredSettings("null", "en")).toEqual(defaultSettings("en"));
  });

  it("a rate typed with too many digits is refused with a message naming the rule", () => {
    const settings = { ...defaultSettings("en"), currency: "JPY", rate: "1".repeat(400) };
    expect(() => toProjectionSettings(settings, today)).toThrow(/at most 12 significant digits/);
  });

  it("the as-of date is a date, or today only when stored as the explicit choice", () => {
    const dated = parseStoredSettings(JSON.stringify({ asOf: "2026-11-23" }), "en");
    expect(dated.asOf).toBe("2026-11-23");
    // Tomorrow the dated setting still means 2026-11-23; the "today" choice moves with the calendar.
    expect(toProjectionSettings(dated, today + 1).asOf).toBe(today);
    const todayChoice = parseStoredSettings(JSON.stringify({ asOf: "" }), "en");
    expect(toProjectionSettings(todayChoice, today + 1).asOf).toBe(today + 1);
  });
});
