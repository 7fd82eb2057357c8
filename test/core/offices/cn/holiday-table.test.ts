import { shiftToWorkingDay } from "../../../../src/core/offices/cn/holiday-calendar";
import { readHolidayTable } from "../../../../src/core/offices/cn/holiday-table";
import { CN_RULES } from "../../../../src/core/offices/cn/rules";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";

// A user adds a year's State Council notice (国务院办公厅关于…部分节假日安排的通知) as a table: its days replace
// the law's computed lower bound for that year (docs/offices/cn-deadlines.md, "Years without a notice").
const grid = (rows: unknown[][]) => ({
  sheet: "Holidays",
  top: 1,
  left: 0,
  values: [["Date", "Kind", "Source"], ...rows],
});
// A hypothetical 2027 notice: National Day and Mid-Autumn closure 10-01 … 10-07, working Saturday 10-09.
const NOTICE_2027 = [1, 2, 3, 4, 5, 6, 7].map((d) => [
  `2027-10-0${d}`,
  "holiday",
  "2027 notice (test)",
]);

describe("the IPHolidays table", () => {
  it("replaces the law's lower bound for the years it gives: 2027-10-01 moves to 10-08, not 10-06", () => {
    const read = readHolidayTable(
      grid([...NOTICE_2027, ["2027-10-09", "make-up workday", "2027 notice (test)"]]),
      CN_RULES
    );
    expect(read.issues).toEqual([]);
    expect(read.years).toEqual([2027]);
    expect(read.rules!.holidays.coveredYears.has(2027)).toBe(true);
    expect(dayToIso(shiftToWorkingDay(read.rules!.holidays, isoToDay("2027-10-01")))).toBe(
      "2027-10-08"
    );
    // The built-in years stay: 2025-10-01 still moves to 2025-10-09.
    expect(dayToIso(shiftToWorkingDay(read.rules!.holidays, isoToDay("2025-10-01")))).toBe(
      "2025-10-09"
    );
  });

  it("is not used when a row is wrong, and says which cell", () => {
    const read = readHolidayTable(
      grid([
        ["2027-02-30", "holiday", "x"],
        ["2027-10-04", "feast", ""],
      ]),
      CN_RULES
    );
    expect(read.rules).toBeUndefined();
    expect(read.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "A", 'Holiday table: Date "2027-02-30" is not a calendar date.'],
      [3, "B", 'Holiday table: "feast" is not "holiday" or "make-up workday".'],
      [3, "C", "Holiday table: name the notice the day comes from."],
    ]);
  });
});
