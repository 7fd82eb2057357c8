import { readLedger } from "../../../src/core/portfolio/read-ledger";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { dayToIso } from "../../../src/core/dates/civil";
import { MESSY_LEDGER } from "../../fixtures/messy-ledger";

const source = { sheet: "台账", top: 1, left: 0, values: MESSY_LEDGER };

describe("readLedger reads a ledger as people keep it", () => {
  it("finds the header in row 3 below the title row", () => {
    const ledger = readLedger(source, "en");
    expect(ledger.headerRow).toBe(3);
    expect(ledger.titleRows).toEqual([1]); // row 2 is blank, not a title
    expect(ledger.grid.top).toBe(3);
  });

  it("reports the blank rows inside the list and the total row", () => {
    const ledger = readLedger(source, "en");
    expect(ledger.blankRows).toEqual([6, 9]);
    expect(ledger.totalRows).toEqual([11]);
  });

  it("merges row 7 into row 4 (same number, same values) and reports row 10's conflicting status", () => {
    const ledger = readLedger(source, "en");
    expect(ledger.duplicates).toEqual([
      { row: 7, firstRow: 4, id: "CN202010123456.7", conflicts: [] },
      { row: 10, firstRow: 4, id: "CN202010123456.7", conflicts: ["法律状态"] },
    ]);
    expect(ledger.issues.map((issue) => [issue.row, issue.column, issue.kind])).toEqual([
      [7, "B", "warning"],
      [10, "B", "error"],
    ]);
    expect(ledger.issues[1].message).toBe(
      "Same application number as row 4 (CN202010123456.7) at the same office, but 法律状态 differ: row 4 is read, this row is left out. Make the two rows agree, or delete one."
    );
  });

  it("words the same issue in Chinese for the Chinese pane", () => {
    expect(readLedger(source, "zh").issues[0].message).toBe(
      "与第 4 行（CN202010123456.7）为同一局的同一申请号：已合并，此行不再重复读取。"
    );
  });

  it("ignores 授权公告日 until the user maps it, then reads it as the grant date", () => {
    const unmapped = readLedger(source, "en");
    expect(
      unmapped.columnMap.find((entry) => entry.header === "授权公告日")?.field
    ).toBeUndefined();
    const mapped = readLedger(source, "en", { 授权公告日: "grantDate" });
    expect(mapped.columnMap.find((entry) => entry.header === "授权公告日")).toEqual({
      index: 5,
      header: "授权公告日",
      field: "grantDate",
      byUser: true,
    });
    const read = readPortfolio(mapped.grid);
    // Row 4: grant 2022-03-04 from 授权公告日 ("2022-03-04 00:00:00").
    expect(read.rights.map((right) => [right.row, right.grant && dayToIso(right.grant)])).toEqual([
      [4, "2022-03-04"],
      [5, "2021-09-10"],
      [8, undefined],
    ]);
  });

  it("leaves the portfolio reader three rights: rows 4, 5 and 8, with the dates as written", () => {
    const read = readPortfolio(readLedger(source, "en", { 授权公告日: "grantDate" }).grid);
    expect(read.issues).toEqual([]);
    expect(read.rights.map((right) => [right.id, dayToIso(right.filing), right.status])).toEqual([
      ["CN202010123456.7", "2020-07-09", "granted"], // 2020.7.9
      ["ZL 2021 2 0234567.8", "2021-03-01", "granted"], // ２０２１／３／１, 有效
      ["CN202110345678.9", "2021-04-05", "pending"], // 令和3年 = 2019 + 3 - 1 = 2021, 审中
    ]);
  });

  it("keeps the first row as the header when no row names two known columns", () => {
    const ledger = readLedger({ sheet: "S", top: 1, left: 0, values: [["Notes"], ["x"]] }, "en");
    expect(ledger.headerRow).toBeUndefined();
    expect(ledger.grid.top).toBe(1);
  });
});
