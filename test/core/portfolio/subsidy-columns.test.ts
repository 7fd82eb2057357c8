import { dayToIso } from "../../../src/core/dates/civil";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { SourceGrid } from "../../../src/core/table/grid";

// users' ledgers: "Column headers in their language"; subsidies are paid to the applicant
// (docs/subsidies.md), so the portfolio gains the applicant, where it is, and the PCT
// publication date (国际公布日 / 国際公開日, the trigger of Shenzhen 2021's PCT subsidy, JETRO Hong Kong 2021 report).
const grid = (values: unknown[][]): SourceGrid => ({ sheet: "Portfolio", top: 1, left: 0, values });

describe("the portfolio's subsidy columns", () => {
  it("recognises applicant, applicant location and PCT publication date in English, Chinese and Japanese", () => {
    const rows = [
      ["CN202010234567.8", "invention", "2020-04-02", "ACME (Shenzhen)", "Shenzhen", "2021-10-14"],
    ];
    const headers = [
      ["ID", "Type", "Filing date", "Applicant", "Applicant location", "PCT publication date"],
      ["申请号", "类型", "申请日", "申请人", "申请人所在地", "国际公布日"],
      ["出願番号", "種別", "出願日", "出願人", "出願人所在地", "国際公開日"],
      ["ID", "Type", "Filing date", "Applicant name", "Location", "International publication date"],
    ];
    for (const header of headers) {
      const read = readPortfolio(grid([header, ...rows]));
      expect(read.issues).toEqual([]);
      expect(read.records).toHaveLength(1);
      const [record] = read.records;
      expect([record.applicant, record.applicantLocation]).toEqual(["ACME (Shenzhen)", "Shenzhen"]);
      expect(dayToIso(record.pctPublication!)).toBe("2021-10-14");
    }
  });

  it("takes the applicant from the owner column when there is none, then '(no applicant)'", () => {
    const read = readPortfolio(
      grid([
        ["ID", "Type", "Filing date", "Owner", "Applicant"],
        ["A", "invention", "2020-01-01", "Shenzhen BU", ""],
        ["B", "invention", "2020-01-01", "", ""],
        ["C", "invention", "2020-01-01", "Shenzhen BU", "ACME (Shenzhen)"],
      ])
    );
    expect(read.records.map((record) => record.applicant)).toEqual([
      "Shenzhen BU",
      "(no applicant)",
      "ACME (Shenzhen)",
    ]);
  });

  it("keeps rights of other offices and trademarks for subsidies, routing patents to their office", () => {
    const read = readPortfolio(
      grid([
        ["ID", "Type", "Filing date", "Grant date", "Jurisdiction", "Claims"],
        ["US11,135,246", "invention", "2020-09-28", "2021-10-05", "US", ""],
        ["JP6987654", "特許", "2020-09-30", "2021-12-24", "日本", 5],
        ["EUTM018234567", "商标", "2020-05-11", "2021-02-16", "EUIPO", ""],
        ["CN1", "发明", "2020-01-01", "", "", ""],
      ])
    );
    expect(read.rights.map((right) => right.id)).toEqual(["CN1"]);
    expect(read.officeRights.map((right) => [right.id, right.office, right.kind])).toEqual([
      ["US11,135,246", "US", "utility"],
      ["JP6987654", "JP", "patent"],
    ]);
    expect(
      read.issues.map((issue) => [issue.row, issue.column, issue.kind, issue.message])
    ).toEqual([
      [
        4,
        "B",
        "unsupported",
        "Right type trademark is not supported yet: only patents (CN, JP, US, EP, UP, DE, FR, NL, GB, KR) are projected.",
      ],
    ]);
    // 日本 is JP and EUIPO is EM (WIPO ST.3), the codes the subsidy rules are written in.
    expect(
      read.records.map((r) => [
        r.id,
        r.rightType,
        r.jurisdiction,
        r.projected,
        r.grant === undefined ? "" : dayToIso(r.grant),
      ])
    ).toEqual([
      ["US11,135,246", "invention", "US", true, "2021-10-05"],
      ["JP6987654", "invention", "JP", true, "2021-12-24"],
      ["EUTM018234567", "trademark", "EM", false, "2021-02-16"],
      ["CN1", "invention", "CN", true, ""],
    ]);
  });

  it("rejects dates no office issues: a granted PCT application, a PCT publication of a trademark", () => {
    const read = readPortfolio(
      grid([
        ["ID", "Type", "Filing date", "Grant date", "Jurisdiction", "PCT publication date"],
        ["PCT/CN2020/081234", "invention", "2020-03-25", "2022-01-01", "PCT", "2021-09-30"],
        ["TM1", "trademark", "2020-05-11", "2021-02-16", "US", "2021-01-01"],
        ["X", "invention", "2020-05-11", "", "Atlantis", ""],
      ])
    );
    expect(read.records).toEqual([]);
    expect(
      read.issues.filter((i) => i.kind === "error").map((i) => [i.row, i.column, i.message])
    ).toEqual([
      [
        2,
        "D",
        "A PCT application is not granted: give each national grant on a row of its own (jurisdiction US, JP, …).",
      ],
      [
        3,
        "F",
        "A trademark has no PCT publication: give its registration date in the grant date column.",
      ],
      [
        4,
        "E",
        'Jurisdiction "Atlantis" is unknown: give a two-letter office code such as CN, US, JP, EP, KR, EM (EUIPO), or "PCT" (international patent application) or "MADRID" (international trademark registration).',
      ],
    ]);
  });
});
