import { splitLongSheet } from "../../../src/core/report/split-sheet";
import { OutputSheet } from "../../../src/core/report/output-model";

const sheet = (rows: number): OutputSheet => ({
  role: "deadlines",
  name: "IP Deadlines",
  blocks: [
    {
      top: 0,
      columns: [{ header: "Row", format: "integer" }],
      rows: Array.from({ length: rows }, (_, i) => [i + 1]),
      tableName: "IPDeadlines",
    },
  ],
  charts: [],
  freezeHeaderRows: 1,
});

describe("a one-table sheet past the rows one sheet holds", () => {
  it("continues on numbered sheets with the same header, every row once", () => {
    const parts = splitLongSheet(sheet(25), 10);
    expect(parts.map((p) => [p.name, p.blocks[0].tableName, p.blocks[0].rows.length])).toEqual([
      ["IP Deadlines", "IPDeadlines", 10],
      ["IP Deadlines 2", "IPDeadlines2", 10],
      ["IP Deadlines 3", "IPDeadlines3", 5],
    ]);
    expect(parts.flatMap((p) => p.blocks[0].rows.map((r) => r[0]))).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1)
    );
    expect(parts.every((p) => p.blocks[0].columns[0].header === "Row")).toBe(true);
  });

  it("stays one sheet up to the limit", () => {
    expect(splitLongSheet(sheet(10), 10)).toHaveLength(1);
  });
});
