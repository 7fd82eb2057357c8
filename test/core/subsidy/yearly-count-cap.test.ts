/* global describe, expect, it */
import { applyProgrammes, loadProgrammeRows } from "../../../src/core/subsidy";
import { event, totalApplied, userRow } from "./helpers";

// The data model's "per-year count cap" (docs/subsidies.md) counts per applicant per calendar
// year, as Shenzhen 2021's 「年間上限 5 件」 does. A user programme spanning two years shows the reset.
describe("yearly count caps reset on 1 January", () => {
  const [district] = loadProgrammeRows(
    [userRow({ id: "TEST/grant", amountType: "fixed", amount: "1000", perYearCountCap: 2 })],
    "Subsidies table"
  );

  it("pays two grants a year: 2021 → 2 × 1,000, 2022 → 2 × 1,000 again", () => {
    const grants = [
      "2021-03-01",
      "2021-04-01",
      "2021-12-31",
      "2022-01-01",
      "2022-02-01",
      "2022-03-01",
    ].map((iso, i) => event(`CN-${i + 1}`, "Acme", "grant", "CN", iso));
    const offsets = applyProgrammes(grants, [district]);
    expect(offsets.map((offset) => offset.applied.toString())).toEqual([
      "1000",
      "1000",
      "0",
      "1000",
      "1000",
      "0",
    ]);
    expect(offsets[2].reason).toBe("annual cap of 2 reached");
    expect(totalApplied(offsets)).toBe("4000"); // (2 + 2) × 1,000
  });

  it("applies same-day events in right id order, so the cut falls on the same right every time", () => {
    const sameDay = ["CN-c", "CN-a", "CN-b"].map((id) =>
      event(id, "Acme", "grant", "CN", "2021-05-01")
    );
    const offsets = applyProgrammes(sameDay, [district]);
    expect(offsets.map((offset) => [offset.rightId, offset.applied.toString()])).toEqual([
      ["CN-a", "1000"],
      ["CN-b", "1000"],
      ["CN-c", "0"],
    ]);
  });
});
