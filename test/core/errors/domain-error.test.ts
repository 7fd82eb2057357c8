import { DomainError, isDomainError } from "../../../src/core/errors/domain-error";
import { datedSeries } from "../../../src/core/rules/dated-series";

// One error type for every domain: code, field, parameters and a location a caller reads as data, so
// the pane can point at an entry or a cell without parsing the message.
describe("DomainError", () => {
  it("carries its code, field and parameters, and is recognised across module copies by name", () => {
    const error = new DomainError("lapsed", "paidDate", "paid after the last day", {
      params: { lastDay: "2022-01-10" },
    });
    expect(error).toBeInstanceOf(DomainError);
    expect(isDomainError(error)).toBe(true);
    // A copy of the class from another bundle is still recognised by its name.
    expect(isDomainError(Object.assign(new Error("x"), { name: "DomainError" }))).toBe(true);
    expect(isDomainError(new Error("x"))).toBe(false);
    expect(error.params).toEqual({ lastDay: "2022-01-10" });
    expect(error.location).toBeUndefined();
  });

  it("keeps the inner location and adds the outer one: the key from the entry, the index from the list", () => {
    const inner = new DomainError("invalid-data", "amount", "bad amount", {
      location: { key: "amount" },
    });
    expect(inner.at({ file: "fees.json", index: 3 }).location).toEqual({
      file: "fees.json",
      index: 3,
      key: "amount",
    });
  });

  it("is located by datedSeries at the entry whose value failed", () => {
    const entries = [
      { from: "2020-01-01", amount: "1" },
      { from: "2021-01-01", amount: "x" },
    ];
    let caught: unknown;
    try {
      datedSeries(
        entries,
        (entry) => entry.from,
        (entry) => {
          if (!/^\d+$/.test(entry.amount))
            throw new DomainError("invalid-data", "amount", "not an amount");
          return entry.amount;
        },
        "fees.json schedules"
      );
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught) && caught.location).toEqual({
      file: "fees.json schedules",
      index: 1,
    });
  });

  it("is located by datedSeries at an entry out of date order", () => {
    const entries = [{ from: "2021-01-01" }, { from: "2020-01-01" }];
    expect(() =>
      datedSeries(
        entries,
        (e) => e.from,
        () => 0,
        "terms.json"
      )
    ).toThrow(expect.objectContaining({ location: { file: "terms.json", index: 1 } }));
  });
});
