import { readNumber } from "../../../src/core/table/cell-readers";

// An omitted argument arrives as null and an empty cell as "": the message says the argument is empty
// and never shows "null" or "undefined".
describe("a blank number argument", () => {
  it.each([null, undefined, "", "  "])("says the argument is empty for %p", (blank) => {
    expect(() => readNumber(blank, "year", "a whole annuity year such as 4")).toThrow(
      "year is empty: give a whole annuity year such as 4."
    );
  });
});
