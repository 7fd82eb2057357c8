// The ledger reader as it was before issue 14 (commit b0580be): the oracle of ledger-equality.test.ts.
import { ledgerText } from "../../../../src/core/i18n/ledger-strings";
import { Language } from "../../../../src/core/i18n/strings";
import { columnLetter } from "../../../../src/core/table/a1";
import { isBlank } from "../../../../src/core/table/cell-readers";
import { RowIssue, SourceGrid } from "../../../../src/core/table/grid";
import { isTotalRow } from "../../../../src/core/table/total-row";
import { COLUMN_LABELS, columnOfHeader } from "../../../../src/core/portfolio/columns";
import {
  ColumnMapEntry,
  columnMapOf,
  UserColumnMap,
} from "../../../../src/core/portfolio/ledger-column-map";
import {
  DuplicateRow,
  findDuplicateRowsInSteps,
} from "../../../../src/core/portfolio/ledger-duplicates";
import { findHeaderRow } from "../../../../src/core/portfolio/ledger-header-row";
import { runSteps } from "../../../../src/core/table/steps";

/** What the reading of a ledger found before any right is read: for the pane, and for the run. */
export interface LedgerReading {
  /** The list as the portfolio reader takes it: the header row on top, skipped rows blanked. */
  grid: SourceGrid;
  /** Sheet row of the header row, or undefined when none was found (the first row is then read). */
  headerRow?: number;
  /** Sheet rows above the header with something in them (titles, notes). */
  titleRows: number[];
  /** Rows below the header down to the last row with something in it: the list as the user sees it. */
  listRows: number;
  /** Sheet rows inside the list with nothing in them. */
  blankRows: number[];
  /** Sheet rows recognised as totals (合计, Total …). */
  totalRows: number[];
  /** Sheet rows repeating an earlier row's number at the same office, with that row. */
  duplicates: { row: number; firstRow: number; id: string; conflicts: string[] }[];
  /** Each header → the field it feeds (undefined: ignored). */
  columnMap: ColumnMapEntry[];
  /** The repeated rows, one issue each: a warning when merged, an error when their values disagree. */
  issues: RowIssue[];
  /** Merged cells whose value was read for each row they cover (the workbook said where they are). */
  merged?: MergedCells[];
}

/** A value merged over several rows of one column, read for each of them. */
export interface MergedCells {
  /** The area as Excel names it ("D5:D7"). */
  range: string;
  header: string;
}

const blankRow = (width: number): unknown[] => Array.from({ length: width }, () => "");

/**
 * Reads a ledger as people keep it, before the portfolio reader: finds the header row below title rows,
 * reports blank rows inside the list (the reader skips them), blanks total rows and rows repeating an
 * application number at the same office (normalised: CN/ZL prefixes, spaces, full width, the check-digit
 * dot), and applies the user's column map by renaming the headers it maps (and emptying the ones it, or a
 * column the user chose instead, leaves out). Row numbers stay the sheet's: skipped rows are blanked, not
 * removed. A value merged over several rows (Excel gives it in the first row, blank below) is read for
 * each row with something else in it, in every column but the ID (rows sharing one ID cell would be one
 * right typed twice: they stay "ID is empty"), when the workbook says where merged areas are.
 * @example readLedger({ sheet: "台账", top: 1, left: 0, values: [["2024年专利台账"], ["申请号", "类型", "申请日"], ["CN1", "发明", "2020-01-02"], ["合计", "", ""]] }, "en").totalRows //=> [4]
 */
export function readLedger(
  source: SourceGrid,
  language: Language,
  userMap: UserColumnMap = {}
): LedgerReading {
  return runSteps(readLedgerInSteps(source, language, userMap));
}

/**
 * Rows looked at between two yields of readLedgerInSteps: a few milliseconds, and under 40 ms in the
 * browser preview on a busy 2-core machine (figure 9 saw ~30 µs a row there).
 */
export const LEDGER_ROWS_PER_STEP = 1000;

/**
 * readLedger as a generator: yields the number of rows looked at (twice over the list: its rows, then
 * the search for repeated numbers) every LEDGER_ROWS_PER_STEP rows, so a caller can let the page repaint
 * and take a Cancel; returns the same reading.
 * @example
 * const reading = readLedgerInSteps(grid, "en");
 * let step = reading.next();
 * while (!step.done) step = reading.next();
 * step.value.totalRows //=> [4]
 */
export function* readLedgerInSteps(
  source: SourceGrid,
  language: Language,
  userMap: UserColumnMap = {}
): Generator<number, LedgerReading, void> {
  const found = findHeaderRow(source.values, userMap);
  const headerIndex = found ?? 0;
  const header = source.values[headerIndex] ?? [];
  const columnMap = columnMapOf(header, userMap);
  const top = source.top + headerIndex;
  // A loop, not Math.max(...rows): a million rows as arguments overflow the call stack.
  let width = header.length;
  for (const cells of source.values) width = Math.max(width, cells?.length ?? 0);

  const titleRows = source.values
    .slice(0, headerIndex)
    .flatMap((cells, index) => (cells.some((cell) => !isBlank(cell)) ? [source.top + index] : []));

  // The rows are the source's own arrays: only a row that changes (a merged value carried into it) is
  // copied first, and blanked rows are replaced, so the source is never written to.
  const bodyLength = Math.max(0, source.values.length - headerIndex - 1);
  const body: unknown[][] = new Array(bodyLength);
  for (let index = 0; index < bodyLength; index += 1)
    body[index] = source.values[headerIndex + 1 + index] ?? [];
  const rowOf = (index: number) => top + 1 + index;
  const merged = carryMergedDown(source, headerIndex, body, columnMap, rowOf);
  let lastUsed = -1;
  const empty: boolean[] = new Array(bodyLength);
  const totalIndexes: number[] = [];
  for (let index = 0; index < bodyLength; index += 1) {
    const cells = body[index];
    empty[index] = cells.every((cell) => isBlank(cell));
    if (!empty[index]) lastUsed = index;
    if (isTotalRow(cells)) totalIndexes.push(index);
    if ((index + 1) % LEDGER_ROWS_PER_STEP === 0) yield index + 1;
  }
  const blankRows: number[] = [];
  for (let index = 0; index < lastUsed; index += 1) if (empty[index]) blankRows.push(rowOf(index));
  const totals = new Set(totalIndexes);
  const duplicateRows: DuplicateRow[] = yield* findDuplicateRowsInSteps(
    body.map((cells, index) => (totals.has(index) ? [] : cells)),
    columnMap,
    LEDGER_ROWS_PER_STEP,
    bodyLength
  );

  const issues: RowIssue[] = duplicateRows.map((duplicate) => {
    const params = {
      first: rowOf(duplicate.firstIndex),
      id: duplicate.id,
      columns: duplicate.conflicts.join(", "),
    };
    const idColumn = columnMap.find((entry) => entry.field === "id");
    return {
      sheet: source.sheet,
      row: rowOf(duplicate.index),
      column: idColumn ? columnLetter(source.left + idColumn.index) : "",
      header: idColumn?.header ?? "",
      kind: duplicate.conflicts.length > 0 ? "error" : "warning",
      message: ledgerText(
        language,
        duplicate.conflicts.length > 0 ? "ledgerDuplicateConflict" : "ledgerDuplicate",
        params
      ),
    };
  });

  for (const index of [...totalIndexes, ...duplicateRows.map((d) => d.index)])
    body[index] = blankRow(width);

  // The portfolio reader recognises columns by header: give it the user's choices as the built-in name
  // of the field, and an empty header for a column it would otherwise read but should not.
  const renamed = header.map((cell, index) => {
    const entry = columnMap.find((candidate) => candidate.index === index);
    if (!entry) return cell;
    if (entry.field) return entry.byUser ? COLUMN_LABELS[entry.field] : cell;
    return columnOfHeader(entry.header) || entry.byUser ? "" : cell;
  });

  const valueTypes = source.valueTypes?.slice(headerIndex);
  return {
    grid: {
      sheet: source.sheet,
      top,
      left: source.left,
      values: [renamed, ...body],
      ...(valueTypes ? { valueTypes } : {}),
    },
    headerRow: found === undefined ? undefined : top,
    titleRows,
    listRows: lastUsed + 1,
    blankRows,
    totalRows: totalIndexes.map(rowOf),
    duplicates: duplicateRows.map((duplicate) => ({
      row: rowOf(duplicate.index),
      firstRow: rowOf(duplicate.firstIndex),
      id: duplicate.id,
      conflicts: duplicate.conflicts,
    })),
    columnMap,
    issues,
    ...(merged.length > 0 ? { merged } : {}),
  };
}

/**
 * Reads a value merged over rows of the body for each row it covers (first column of the area only; a
 * row with nothing else in it stays blank), except in the ID column, copying a row before it changes
 * (the body's rows are the source's). Returns the areas carried down.
 */
function carryMergedDown(
  source: SourceGrid,
  headerIndex: number,
  body: unknown[][],
  columnMap: ColumnMapEntry[],
  rowOf: (index: number) => number
): MergedCells[] {
  const idIndex = columnMap.find((entry) => entry.field === "id")?.index;
  const carried: MergedCells[] = [];
  const copied = new Set<number>();
  for (const area of source.merged ?? []) {
    const first = area.row - headerIndex - 1;
    if (area.rowCount < 2 || first < 0 || area.column === idIndex) continue;
    const value = body[first]?.[area.column];
    if (value === undefined || isBlank(value)) continue;
    const last = Math.min(first + area.rowCount, body.length) - 1;
    for (let index = first + 1; index <= last; index += 1) {
      const cells = body[index];
      if (cells.every((cell) => isBlank(cell)) || !isBlank(cells[area.column] ?? "")) continue;
      if (!copied.has(index)) {
        body[index] = [...cells];
        copied.add(index);
      }
      body[index][area.column] = value;
    }
    const letter = columnLetter(source.left + area.column);
    carried.push({
      range: `${letter}${rowOf(first)}:${letter}${rowOf(last)}`,
      header: String(source.values[headerIndex]?.[area.column] ?? ""),
    });
  }
  return carried;
}
