import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { dayToIso } from "../../../src/core/dates/civil";
import { SourceGrid } from "../../../src/core/table/grid";

const grid = (values: unknown[][], valueTypes?: string[][]): SourceGrid => ({
  sheet: "Portfolio",
  top: 3,
  left: 1,
  values,
  valueTypes,
});

describe("reading a portfolio table", () => {
  it("recognises English, Chinese and Japanese headers in any order and ignores unknown columns", () => {
    const english = readPortfolio(
      grid([
        ["Application No.", "Filing date", "Type", "Notes"],
        ["CN201810123456.7", "2018-07-09", "Invention", "x"],
      ])
    );
    const chinese = readPortfolio(
      grid([
        ["类型", "申请号", "申请日", "专利权人"],
        ["发明", "CN201810123456.7", "2018/7/9", "深圳公司"],
      ])
    );
    const japanese = readPortfolio(
      grid([
        ["出願番号", "種別", "出願日", "権利者", "状態"],
        ["CN201810123456.7", "特許", "2018年7月9日", "東京本社", "審査中"],
      ])
    );
    for (const result of [english, chinese, japanese]) {
      expect(result.issues).toEqual([]);
      expect(result.rights).toHaveLength(1);
      expect(result.rights[0]).toMatchObject({ id: "CN201810123456.7", kind: "invention", row: 4 });
      expect(dayToIso(result.rights[0].filing)).toBe("2018-07-09");
    }
    expect(english.ignoredHeaders).toEqual(["Notes"]);
    expect(japanese.rights[0]).toMatchObject({ owner: "東京本社", status: "pending" });
  });

  it("keeps application numbers as text and defaults the jurisdiction to CN", () => {
    const result = readPortfolio(
      grid([
        ["ID", "Kind", "Filing date"],
        ["202110123456.7", "utility", 44197],
      ])
    );
    expect(result.rights[0]).toMatchObject({
      id: "202110123456.7",
      jurisdiction: "CN",
      kind: "utility",
    });
  });

  it("derives the status from the grant date when the status is blank", () => {
    const result = readPortfolio(
      grid([
        ["ID", "Kind", "Filing date", "Grant date"],
        ["A", "design", "2021-06-01", "2022-03-01"],
        ["B", "design", "2021-06-01", ""],
      ])
    );
    expect(result.rights.map((r) => r.status)).toEqual(["granted", "pending"]);
  });

  it("reports every problem of a bad row with its row, column letter and reason, and keeps the good rows", () => {
    // Grid starts at column B (left: 1), header on sheet row 3: the first data row is row 4.
    const result = readPortfolio(
      grid([
        ["ID", "Kind", "Filing date", "Grant date", "Reduction", "Status"],
        ["GOOD", "invention", "2019-03-15", "2022-05-20", "85%", "granted"],
        ["", "copyright", "2019-02-30", "", 0.5, "sleeping"],
        ["C", "invention", "2019-03-15", "2019-01-01", "", ""],
      ])
    );
    expect(result.rights.map((r) => r.id)).toEqual(["GOOD"]);
    expect(result.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [5, "B", "ID is empty: give the application or patent number."],
      [
        5,
        "C",
        'Right type "copyright" is unknown: use "invention", "utility" or "design" (also 发明, 实用新型, 外观设计, 特許, 実用新案, 意匠), or trademark (商标, 商標).',
      ],
      [5, "D", 'Filing date "2019-02-30" is not a calendar date.'],
      [
        5,
        "G",
        'Status "sleeping" is unknown: use pending, granted, lapsed or abandoned (also 审查中/授权/失效/放弃, 審査中/登録/消滅/放棄).',
      ],
      [6, "E", "Grant date 2019-01-01 is before the filing date 2019-03-15."],
    ]);
  });

  it("reports cells holding Excel errors such as #N/A instead of reading them as text", () => {
    const values = [
      ["ID", "Kind", "Filing date"],
      ["X", "invention", "#N/A"],
    ];
    const types = [
      ["String", "String", "String"],
      ["String", "String", "Error"],
    ];
    expect(readPortfolio(grid(values, types)).issues[0]).toMatchObject({
      row: 4,
      column: "D",
      message: "Filing date holds the error #N/A: fix the formula or type the value.",
    });
  });

  it("routes a right of another office to its pack instead of the CN rights", () => {
    const result = readPortfolio(
      grid([
        ["ID", "Kind", "Filing date", "Country"],
        ["US1", "invention", "2019-03-15", "us"],
      ])
    );
    expect(result.rights).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(result.officeRights).toEqual([
      expect.objectContaining({ row: 4, id: "US1", office: "US", kind: "utility" }),
    ]);
  });

  it("asks for a grant date when a granted right has a reduction", () => {
    const result = readPortfolio(
      grid([
        ["ID", "Kind", "Filing date", "Status", "费减"],
        ["R", "发明", "2019-03-15", "授权", 0.85],
      ])
    );
    expect(result.issues.map((i) => [i.column, i.message])).toEqual([
      [
        "F",
        "Fee reduction needs the grant date (date of the notice to grant) of this granted right.",
      ],
    ]);
  });

  it("names the missing required columns when the header is not a portfolio header", () => {
    const result = readPortfolio(
      grid([
        ["Name", "Amount"],
        ["x", 1],
      ])
    );
    expect(result.rights).toEqual([]);
    expect(result.issues[0].message).toMatch(
      /^Columns not found in the header row: "ID", "Right type", "Filing date"\. Name the columns/
    );
  });

  it("skips blank rows without a message", () => {
    const result = readPortfolio(
      grid([
        ["ID", "Kind", "Filing date"],
        ["", null, ""],
        ["A", "utility", "2020-01-01"],
      ])
    );
    expect([result.rights.length, result.issues.length]).toEqual([1, 0]);
  });
});
