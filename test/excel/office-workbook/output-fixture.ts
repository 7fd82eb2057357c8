import { OutputSheet } from "../../../src/core/report/output-model";

/**
 * Two output sheets shaped like the real ones: a Summary with a titled block (title in A1, header in
 * row 2) and a Deadlines sheet whose block is the table IPDeadlines. `total` changes between runs, so a
 * test can tell the previous outputs from the new ones.
 */
export function outputs(total: number): OutputSheet[] {
  return [
    {
      role: "summary",
      name: "IP Summary",
      blocks: [
        {
          top: 1,
          title: "Per fiscal year",
          columns: [
            { header: "Fiscal year", format: "text" },
            { header: "Fees", format: "money" },
          ],
          rows: [
            ["FY2026", total],
            ["Total", total],
          ],
        },
      ],
      charts: [
        { title: "Fees", block: 0, columns: [0, 1], rowCount: 1, anchorRow: 1, anchorColumn: 3 },
      ],
    },
    {
      role: "deadlines",
      name: "IP Deadlines",
      blocks: [
        {
          top: 0,
          columns: [
            { header: "ID", format: "text" },
            { header: "Payable", format: "money" },
          ],
          rows: [
            ["CN201810123456.7", total],
            ["CN201920654321.X", 900],
          ],
          tableName: "IPDeadlines",
        },
      ],
      charts: [],
      freezeHeaderRows: 1,
    },
  ];
}

/** Every sheet's name and, for each, the value in B3 (the Summary's FY2026 fees) or B2 (Deadlines). */
export const names = (fake: { model: { sheets: readonly { name: string }[] } }) =>
  fake.model.sheets.map((s) => s.name);

/** Everything a user could see of the workbook: sheets in order, visibility, cells, tables, marks. */
export function snapshot(fake: {
  model: {
    sheets: readonly {
      name: string;
      visibility: string;
      customProperties: Map<string, { value: string }>;
    }[];
    usedRangeAddress(sheet: string): string | null;
    getValues(sheet: string, address: string): unknown[][];
    tables: readonly { name: string; sheet: { name: string } }[];
  };
}) {
  return {
    sheets: fake.model.sheets.map((s) => {
      const used = fake.model.usedRangeAddress(s.name);
      return {
        name: s.name,
        visibility: s.visibility,
        used,
        values: used ? fake.model.getValues(s.name, used.replace(/^.*!/, "")) : [],
        marks: [...s.customProperties.values()].map((p) => p.value),
      };
    }),
    tables: fake.model.tables.map((t) => `${t.name}@${t.sheet.name}`),
  };
}
