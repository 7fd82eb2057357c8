import { splitLongSheet } from "../../../src/core/report/split-sheet";
import {
  blockRowAt,
  blockRowCount,
  mappedBlock,
  OutputSheet,
} from "../../../src/core/report/output-model";

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

describe("a sheet whose rows are made when written (a row per item)", () => {
  // 25 rights; the third has a note.
  const items = Array.from({ length: 25 }, (_, i) => ({
    id: `CN${i + 1}`,
    note: i === 2 ? "x".repeat(21) : "",
  }));
  let made = 0;
  const rowOf = (item: { id: string; note: string }) => {
    made += 1;
    return [item.id, item.note];
  };
  const mapped = (): OutputSheet => ({
    role: "deadlines",
    name: "IP Deadlines",
    blocks: [
      mappedBlock(
        {
          top: 0,
          columns: [
            { header: "ID", format: "text" },
            { header: "Note", format: "text" },
          ],
          tableName: "IPDeadlines",
        },
        items,
        rowOf
      ),
    ],
    charts: [],
    freezeHeaderRows: 1,
  });

  it("makes no row until one is asked for, then only that one", () => {
    made = 0;
    const block = mapped().blocks[0];
    expect(blockRowCount(block)).toBe(25);
    expect(made).toBe(0);
    expect(blockRowAt(block, 24)).toEqual(["CN25", ""]);
    expect(made).toBe(1);
  });

  it("continues on numbered sheets whose rows are still made when written", () => {
    made = 0;
    const parts = splitLongSheet(mapped(), 10);
    expect(made).toBe(0);
    expect(parts.map((p) => [p.name, p.blocks[0].tableName, blockRowCount(p.blocks[0])])).toEqual([
      ["IP Deadlines", "IPDeadlines", 10],
      ["IP Deadlines 2", "IPDeadlines2", 10],
      ["IP Deadlines 3", "IPDeadlines3", 5],
    ]);
    expect(blockRowAt(parts[1].blocks[0], 0)).toEqual(["CN11", ""]);
    expect(parts.flatMap((p) => p.blocks[0].rows.map((r) => r[0]))).toEqual(
      items.map((item) => item.id)
    );
  });
});
