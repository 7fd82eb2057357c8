import { isoToDay } from "../../../src/core/dates/civil";
import { BUILT_IN_LPR } from "../../../src/core/finance/built-in";
import { LprTenor, lprOn } from "../../../src/core/finance/lpr";

// Every change of the reformed LPR since 2019-08-20 (docs/finance.md §1, from the NIFC announcements as
// reported by the sources named there): the new value on the publication date, the old one the day before.
const CHANGES: Record<LprTenor, [string, string, string][]> = {
  "1Y": [
    ["2019-09-20", "0.0425", "0.042"],
    ["2019-11-20", "0.042", "0.0415"],
    ["2020-02-20", "0.0415", "0.0405"],
    ["2020-04-20", "0.0405", "0.0385"],
    ["2021-12-20", "0.0385", "0.038"],
    ["2022-01-20", "0.038", "0.037"],
    ["2022-08-22", "0.037", "0.0365"],
    ["2023-06-20", "0.0365", "0.0355"],
    ["2023-08-21", "0.0355", "0.0345"],
    ["2024-07-22", "0.0345", "0.0335"],
    ["2024-10-21", "0.0335", "0.031"],
    ["2025-05-20", "0.031", "0.03"],
  ],
  "5Y": [
    ["2019-11-20", "0.0485", "0.048"],
    ["2020-02-20", "0.048", "0.0475"],
    ["2020-04-20", "0.0475", "0.0465"],
    ["2022-01-20", "0.0465", "0.046"],
    ["2022-05-20", "0.046", "0.0445"],
    ["2022-08-22", "0.0445", "0.043"],
    ["2023-06-20", "0.043", "0.042"],
    ["2024-02-20", "0.042", "0.0395"],
    ["2024-07-22", "0.0395", "0.0385"],
    ["2024-10-21", "0.0385", "0.036"],
    ["2025-05-20", "0.036", "0.035"],
  ],
};

describe.each(Object.keys(CHANGES) as LprTenor[])("the %s LPR around each change", (tenor) => {
  it.each(CHANGES[tenor])("on %s: %s the day before, %s from that day", (iso, before, after) => {
    const day = isoToDay(iso);
    expect(lprOn(BUILT_IN_LPR, day - 1, tenor, "in_force").rate.toString()).toBe(before);
    const reading = lprOn(BUILT_IN_LPR, day, tenor, "in_force");
    expect(reading.rate.toString()).toBe(after);
    expect(reading.fixingDay).toBe(day);
    expect(reading.assumed).toBe(false);
  });
});
