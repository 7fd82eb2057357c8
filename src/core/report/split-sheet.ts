import {
  blockRowAt,
  blockRowCount,
  MAX_DATA_ROWS_PER_SHEET,
  OutputBlock,
  OutputSheet,
  sourcedBlock,
} from "./output-model";

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
  const total = blockRowCount(block);
  const parts = Math.ceil(total / maxRows);
  return Array.from({ length: parts }, (_, part) => {
    const first = part * maxRows;
    const count = Math.min(maxRows, total - first);
    const layout = {
      top: block.top,
      title: block.title,
      columns: block.columns,
      tableName:
        block.tableName === undefined || part === 0
          ? block.tableName
          : `${block.tableName}${part + 1}`,
    };
    // A block made when written stays so: each part makes its own rows (counting long texts on them).
    const partBlock: OutputBlock = block.source
      ? sourcedBlock(layout, {
          count,
          rowAt: (index) => blockRowAt(block, first + index),
        })
      : { ...layout, rows: block.rows.slice(first, first + count) };
    return {
      ...sheet,
      name: part === 0 ? sheet.name : `${sheet.name} ${part + 1}`,
      blocks: [partBlock],
      charts: part === 0 ? sheet.charts : [],
    };
  });
}
