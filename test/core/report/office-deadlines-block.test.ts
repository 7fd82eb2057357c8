import { isoToDay } from "../../../src/core/dates/civil";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { Money } from "../../../src/core/money/money";
import { officeDeadlines } from "../../../src/core/projection/office-deadlines";
import { addOfficeDeadlines } from "../../../src/core/report/office-deadlines-block";
import { OutputSheet } from "../../../src/core/report/output-model";

const notesOn = (rows: unknown[][], iso: string, language: "en" | "ja" = "en") => {
  const rights = readPortfolio({
    sheet: "P",
    top: 1,
    left: 0,
    values: [
      [
        "ID",
        "Type",
        "Filing date",
        "Grant date",
        "Jurisdiction",
        "Claims",
        "Last annuity year paid",
      ],
      ...rows,
    ],
  }).officeRights;
  const deadlineRows = officeDeadlines(rights, {
    asOf: isoToDay(iso),
    horizonYears: 5,
    fiscalYearStartMonth: 1,
    currency: { code: "CNY", ratePerCny: new Money(1) },
    shiftToWorkday: false,
  });
  const sheets: OutputSheet[] = [{ role: "deadlines", name: "D", blocks: [], charts: [] }];
  addOfficeDeadlines(sheets, deadlineRows, language);
  // The Notes column by its header: a column added after it (the status code) must not move the test.
  const block = sheets[0].blocks[0];
  const notes = block.columns.findIndex(
    (column) => column.header === (language === "en" ? "Notes" : "注記")
  );
  return block.rows.map((row) => row[notes]);
};

describe("the notes of the other offices' deadlines", () => {
  it("names the formal last day a closed day moved", () => {
    // docs/offices/us.md U1 as of 2026-10-01: grace formally to Sunday 2027-03-14 (USPTO data to 2030).
    expect(
      notesOn([["US-U1", "invention", "2021-06-01", "2023-03-14", "US", "", 0]], "2026-10-01")
    ).toEqual(["formal last day with surcharge 2027-03-14 (the office is closed)"]);
  });

  it("says when a year's closing days are not in our data", () => {
    // docs/offices/kr.md K1: year 4 due Sunday 2028-03-05; KIPO data ends in 2027.
    expect(
      notesOn([["K1", "invention", "2024-01-10", "2025-03-05", "KR", 10, 3]], "2028-01-10", "ja")
    ).toEqual([
      "割増なしの正式な最終日 2028-03-05(閉庁日); 2028 年の KIPO の閉庁日はデータにありません: 土日のみ考慮しており、実際の最終日はより遅い可能性があります",
    ]);
  });

  it("adds no closure note where the office's calendar is not in our data (DE)", () => {
    // docs/offices/de.md: year 9 EUR 350 due 2026-11-30, without surcharge to Sunday 2027-01-31.
    expect(
      notesOn([["DE1", "invention", "2018-11-20", "2020-01-15", "DE", "", 8]], "2026-12-01")
    ).toEqual([""]);
  });
});
