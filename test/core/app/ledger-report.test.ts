import { ledgerReportLines } from "../../../src/core/app/ledger-report";
import { readLedger } from "../../../src/core/portfolio/read-ledger";
import { MESSY_LEDGER } from "../../fixtures/messy-ledger";

const ledger = readLedger({ sheet: "台账", top: 1, left: 0, values: MESSY_LEDGER }, "en");

describe("ledgerReportLines says what was read", () => {
  it("says it in English after a run", () => {
    // Rows 4 to 11 below the header in row 3: 8 rows.
    expect(ledgerReportLines(ledger, "en", "台账!A1:I11", { records: 3, rights: 3 })).toEqual([
      "Reading 台账!A1:I11: header in row 3.",
      "Rights read: 3 (3 projected) from 8 rows.",
      "Rows above the header skipped (titles): 1.",
      "Blank rows skipped: 6, 9.",
      "Total rows skipped: 11.",
      "Duplicates merged (same number and office): row 7 = row 4, row 10 = row 4.",
    ]);
  });

  it("says it in Japanese before a run, without counts", () => {
    expect(ledgerReportLines(ledger, "ja", "台账!A1:I11")).toEqual([
      "台账!A1:I11 を読み込み中：見出しは 3 行目。",
      "見出しより上の行（タイトル）を読み飛ばしました：1。",
      "空行を読み飛ばしました：6, 9。",
      "合計行を読み飛ばしました：11。",
      "重複（同じ番号・同じ庁）をまとめました：7 行目 = 4 行目, 10 行目 = 4 行目。",
    ]);
  });

  it("says when no header row was found", () => {
    const none = readLedger({ sheet: "S", top: 1, left: 0, values: [["Notes"]] }, "zh");
    expect(ledgerReportLines(none, "zh", "S!A1")).toEqual([
      "S!A1 的前 20 行中没有表头行：请按示例命名列（申请号、类型、申请日 …），或在下方指定各列。",
    ]);
  });

  it("says when only the list's first rows were read, and lists no skipped rows for a part", () => {
    // The pane's column map reads the first COLUMN_MAP_ROWS rows; blank, total and repeated rows of the
    // whole list are the run's to list.
    expect(ledgerReportLines(ledger, "en", "台账!A1:I5000", undefined, 1000)).toEqual([
      "Reading 台账!A1:I5000: header in row 3.",
      "Rows above the header skipped (titles): 1.",
      "Only the first 1,000 rows are read before a run; the run reads every row and lists the blank, total and repeated ones it skips.",
    ]);
    expect(ledgerReportLines(ledger, "zh", "台账!A1:I5000", undefined, 1000)[2]).toBe(
      "运行前只读取前 1,000 行；运行时读取所有行，并列出跳过的空行、合计行和重复行。"
    );
  });

  it("groups the digits of its counts, as the product's tables do", () => {
    const lines = ledgerReportLines({ ...ledger, listRows: 100000 }, "ja", "台账!A1:I100003", {
      records: 99950,
      rights: 99950,
    });
    expect(lines[1]).toBe("読み込んだ権利：99,950 件（うち予測 99,950 件）、100,000 行から。");
  });
});
