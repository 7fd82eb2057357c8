import { blockRowCount, MAX_DATA_ROWS_PER_SHEET, OutputSheet } from "./output-model";

/**
 * A one-table sheet split over continuation sheets when its rows pass what one sheet holds: parts 2, 3…
 * are named "<name> 2", "<name> 3", their tables "<table>2"…, each with the same header. Sheets with
 * several blocks (the Summary) are small and returned as they are.
 * @example splitLongSheet(deadlinesWith(2_500_000Rows)).map((s) => s.name) //=> ["IP Deadlines", "IP Deadlines 2", "IP Deadlines 3"]
 */
export function splitLongSheet(
  sheet: OutputSheet,
  maxRows: number = MAX_DATA_ROWS_PER_SHEET
): OutputSheet[] {
  if (sheet.blocks.length !== 1 || blockRowCount(sheet.blocks[0]) <= maxRows) return [sheet];
  const block = sheet.blocks[0];
  const parts = Math.ceil(block.rows.length / maxRows);
  return Array.from({ length: parts }, (_, part) => ({
    ...sheet,
    name: part === 0 ? sheet.name : `${sheet.name} ${part + 1}`,
    blocks: [
      {
        ...block,
        rows: block.rows.slice(part * maxRows, (part + 1) * maxRows),
        tableName:
          block.tableName === undefined || part === 0
            ? block.tableName
            : `${block.tableName}${part + 1}`,
      },
    ],
    charts: part === 0 ? sheet.charts : [],
  }));
}
