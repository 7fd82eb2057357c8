/* global describe, expect, it */
import { applyProgrammes, loadProgrammeRows } from "../../../src/core/subsidy";
import { builtIn, event, plain, totalApplied, userRow } from "./helpers";

// Stacking groups (docs/subsidies.md data model: "rules in one group exclude each other"). The
// seed's foreign trademark rows, 「EUIPO/OAPI/ARIPO：3000 元/件」 and 「外国：1000 元/件、権利化後に付与、
// 年間上限 3 件」, share the group "SZ-2021/foreign-trademark": a EUIPO registration is paid 3,000, not
// 3,000 + 1,000.
describe("stacking groups: the highest-paying applicable rule wins", () => {
  const sz2021 = builtIn("SZ-2021");

  it("pays a EUIPO registration 3,000 and excludes the 1,000 row, saying which rule applies", () => {
    const offsets = applyProgrammes(
      [event("EUTM-1", "Acme", "registration", "EUIPO", "2021-05-01")],
      [sz2021]
    );
    expect(plain(offsets)).toEqual([
      expect.objectContaining({
        ruleId: "SZ-2021/foreign-trademark-euipo-oapi-aripo",
        applied: "3000",
      }),
      expect.objectContaining({
        ruleId: "SZ-2021/foreign-trademark-other",
        gross: "1000",
        applied: "0",
        reason:
          'excluded by stacking group "SZ-2021/foreign-trademark": SZ-2021/foreign-trademark-euipo-oapi-aripo applies',
      }),
    ]);
    expect(totalApplied(offsets)).toBe("3000");
  });

  it("counts only the winner toward caps: three KR marks use the 1,000 row's cap of 3, a fourth gets 0, an OAPI mark still 3,000", () => {
    const marks = [
      event("KR-1", "Acme", "registration", "KR", "2021-02-01"),
      event("KR-2", "Acme", "registration", "KR", "2021-03-01"),
      event("EM-1", "Acme", "registration", "EM", "2021-03-15"), // 3,000 row wins; 1,000 row not counted
      event("KR-3", "Acme", "registration", "KR", "2021-04-01"),
      event("KR-4", "Acme", "registration", "KR", "2021-05-01"),
      event("OA-1", "Acme", "registration", "OAPI", "2021-06-01"),
    ];
    const paid = applyProgrammes(marks, [sz2021]).filter((offset) => offset.applied.greaterThan(0));
    expect(paid.map((offset) => [offset.rightId, offset.applied.toString()])).toEqual([
      ["KR-1", "1000"],
      ["KR-2", "1000"],
      ["EM-1", "3000"],
      ["KR-3", "1000"],
      ["OA-1", "3000"],
    ]);
    // 3 × 1,000 + 2 × 3,000 = 9,000; KR-4 is the fourth "other foreign" case of 2021.
    expect(totalApplied(paid)).toBe("9000");
  });

  it("lets a capped rule lose to one that still pays", () => {
    // A city rule pays 2,000 with 1 case a year; a district rule 1,500. After the city cap, the district wins.
    const [city, district] = loadProgrammeRows(
      [
        userRow({
          id: "CITY/grant",
          programme: "CITY",
          programmeName: "City",
          amountType: "fixed",
          amount: "2000",
          perYearCountCap: 1,
          stackingGroup: "one-per-grant",
        }),
        userRow({
          id: "DISTRICT/grant",
          programme: "DISTRICT",
          programmeName: "District",
          amountType: "fixed",
          amount: "1500",
          stackingGroup: "one-per-grant",
        }),
      ],
      "Subsidies table"
    );
    const offsets = applyProgrammes(
      [
        event("CN-1", "Acme", "grant", "CN", "2021-05-01"),
        event("CN-2", "Acme", "grant", "CN", "2021-06-01"),
      ],
      [district, city]
    );
    expect(
      offsets.map((offset) => [offset.rightId, offset.ruleId, offset.applied.toString()])
    ).toEqual([
      ["CN-1", "CITY/grant", "2000"],
      ["CN-1", "DISTRICT/grant", "0"],
      ["CN-2", "CITY/grant", "0"],
      ["CN-2", "DISTRICT/grant", "1500"],
    ]);
    expect(offsets[2].reason).toBe("annual cap of 1 reached");
    expect(offsets[1].reason).toBe(
      'excluded by stacking group "one-per-grant": CITY/grant applies'
    );
  });

  it("breaks a tie by rule id, so the same rule wins whatever the input order", () => {
    const [a, b] = loadProgrammeRows(
      [
        userRow({
          id: "B/grant",
          programme: "B",
          programmeName: "B",
          amountType: "fixed",
          amount: "1000",
          stackingGroup: "g",
        }),
        userRow({
          id: "A/grant",
          programme: "A",
          programmeName: "A",
          amountType: "fixed",
          amount: "1000",
          stackingGroup: "g",
        }),
      ],
      "Subsidies table"
    );
    for (const programmes of [
      [a, b],
      [b, a],
    ]) {
      const offsets = applyProgrammes(
        [event("CN-1", "Acme", "grant", "CN", "2021-05-01")],
        programmes
      );
      expect(offsets.map((offset) => [offset.ruleId, offset.applied.toString()])).toEqual([
        ["A/grant", "1000"],
        ["B/grant", "0"],
      ]);
    }
  });

  it("lets rules without a group stack: a district bonus adds to the city amount", () => {
    const [city, district] = loadProgrammeRows(
      [
        userRow({
          id: "CITY/grant",
          programme: "CITY",
          programmeName: "City",
          amountType: "fixed",
          amount: "2000",
        }),
        userRow({
          id: "DISTRICT/grant",
          programme: "DISTRICT",
          programmeName: "District",
          amountType: "fixed",
          amount: "1500",
        }),
      ],
      "Subsidies table"
    );
    const offsets = applyProgrammes(
      [event("CN-1", "Acme", "grant", "CN", "2021-05-01")],
      [city, district]
    );
    expect(totalApplied(offsets)).toBe("3500"); // 2,000 + 1,500
  });
});
