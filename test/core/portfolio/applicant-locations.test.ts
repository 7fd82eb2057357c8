import { applicantLocations } from "../../../src/core/portfolio/applicant-locations";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";

// A programme pays applicants of its region (Shenzhen 2021: Shenzhen applicants, JETRO Hong Kong 2021 report), so each
// applicant needs one place; spellings of a place are one place.
const read = (rows: unknown[][]) =>
  readPortfolio({
    sheet: "Portfolio",
    top: 1,
    left: 0,
    values: [["ID", "Type", "Filing date", "Applicant", "Applicant location"], ...rows],
  }).records;
const column = { letter: "E", header: "Applicant location" };

describe("one location per applicant", () => {
  it("takes the place an applicant's rows name, blank cells saying nothing and spellings agreeing", () => {
    const result = applicantLocations(
      read([
        ["A1", "invention", "2020-01-01", "ACME (Shenzhen)", "深圳市"],
        ["A2", "invention", "2020-01-01", "ACME (Shenzhen)", ""],
        ["A3", "invention", "2020-01-01", "ACME (Shenzhen)", "Shenzhen"],
        ["B1", "invention", "2020-01-01", "Beta K.K.", ""],
      ]),
      "Portfolio",
      column
    );
    expect(result.issues).toEqual([]);
    // "Shenzhen" sorts before "深圳市" in code units: the same pick for any order of the rows.
    expect([...result.locations]).toEqual([["ACME (Shenzhen)", "Shenzhen"]]);
    expect(result.conflicting.size).toBe(0);
  });

  it("warns on every row of an applicant placed in two places, and leaves it out", () => {
    const result = applicantLocations(
      read([
        ["A1", "invention", "2020-01-01", "ACME", "Shenzhen"],
        ["A2", "invention", "2020-01-01", "ACME", "Tokyo"],
        ["A3", "invention", "2020-01-01", "ACME", "深圳"],
      ]),
      "Portfolio",
      column
    );
    expect([...result.conflicting]).toEqual(["ACME"]);
    expect(result.locations.has("ACME")).toBe(false);
    const message =
      'Applicant "ACME" is located in Shenzhen (rows 2, 4) and Tokyo (row 3): one applicant has one ' +
      "location (give each company its own applicant name), so its rows earn no subsidy until they agree.";
    expect(
      result.issues.map((issue) => [issue.row, issue.column, issue.kind, issue.message])
    ).toEqual([
      [2, "E", "warning", message],
      [3, "E", "warning", message],
      [4, "E", "warning", message],
    ]);
  });
});
