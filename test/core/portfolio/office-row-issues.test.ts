import { dayToIso } from "../../../src/core/dates/civil";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { SourceGrid } from "../../../src/core/table/grid";

const grid = (values: unknown[][]): SourceGrid => ({ sheet: "P", top: 1, left: 0, values });

describe("reading rows of other offices", () => {
  it("reports bad claims, an entity the office does not know, missing claims and a type without data", () => {
    const read = readPortfolio(
      grid([
        ["ID", "Type", "Filing date", "Grant date", "Jurisdiction", "請求項数", "企業規模"],
        ["JP1", "特許", "2020-09-30", "2021-12-24", "JP", 2.5, ""],
        ["US1", "invention", "2020-09-28", "2021-10-05", "US", "", "sme"],
        ["JP2", "特許", "2020-09-30", "2021-12-24", "JP", "", ""],
        ["DE1", "实用新型", "2020-09-30", "", "DE", "", ""],
        ["KR1", "invention", "2020-09-30", "2022-01-10", "MOIP", 0, ""],
        ["EP1", "invention", "2020-09-30", "", "EP", "", "micro"],
      ])
    );
    expect(read.issues.map((issue) => [issue.row, issue.column, issue.kind])).toEqual([
      [2, "F", "error"], // 2.5 claims
      [3, "G", "error"], // "sme" means nothing for the USPTO (docs/offices/us.md: large, small, micro)
      [4, "F", "error"], // a JP patent's fee depends on its claims: required
      [5, "B", "unsupported"], // a German utility model: no data
      [6, "F", "error"], // 0 claims; MOIP is KR
    ]);
    expect(read.issues[0].message).toBe(
      'Claims "2.5" is not a number of claims: give a whole number from 1.'
    );
    expect(read.issues[3].message).toMatch(/DE has no fee data here for a utility model/);
    // Claims and entity matter to the fees only: those rows still feed subsidies (their grants), as
    // does the unsupported utility model.
    expect(read.records.map((record) => record.id)).toEqual([
      "JP1",
      "US1",
      "JP2",
      "DE1",
      "KR1",
      "EP1",
    ]);
    // The micro entity is the EPO's (Rule 7a(3) EPC): the pending EP is routed to its pack.
    expect(read.officeRights.map((right) => [right.id, right.office, right.entity])).toEqual([
      ["EP1", "EP", "micro"],
    ]);
  });

  it("takes a priority date for a Euro-PCT application", () => {
    const read = readPortfolio(
      grid([
        ["ID", "Type", "Filing date", "Jurisdiction", "优先权日"],
        ["EP2", "invention", "2021-03-10", "EP", "2020-03-12"],
      ])
    );
    expect(read.issues).toEqual([]);
    expect(dayToIso(read.officeRights[0].priority!)).toBe("2020-03-12");
  });
});
