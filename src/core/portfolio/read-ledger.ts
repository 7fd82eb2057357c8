import { ledgerText } from "../i18n/ledger-strings";
import { Language } from "../i18n/strings";
import { columnLetter } from "../table/a1";
import { isBlank, isBlankRow } from "../table/cell-readers";
import { RowIssue, SourceGrid } from "../table/grid";
import { isTotalRow } from "../table/total-row";
import { COLUMN_LABELS, columnOfHeader } from "./columns";
import { ColumnMapEntry, columnMapOf, UserColumnMap } from "./ledger-column-map";
import { DuplicateRow, findDuplicateRowsInSteps } from "./ledger-duplicates";
import { findHeaderRow } from "./ledger-header-row";
import { runSteps } from "../table/steps";

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
  // One copy of the list (slice), then the missing rows of a sparse list filled in.
  const body: unknown[][] = source.values.slice(headerIndex + 1);
  const bodyLength = body.length;
  for (let index = 0; index < bodyLength; index += 1) if (body[index] == null) body[index] = [];
  const rowOf = (index: number) => top + 1 + index;
  const merged = carryMergedDown(source, headerIndex, body, columnMap, rowOf);
  let lastUsed = -1;
  const empty = new Uint8Array(bodyLength);
  const totalIndexes: number[] = [];
  // A step of rows at a time, looked at by a plain function (V8 optimises a loop there, not inside a
  // running generator).
  for (let start = 0; start < bodyLength; start += LEDGER_ROWS_PER_STEP) {
    const end = Math.min(start + LEDGER_ROWS_PER_STEP, bodyLength);
    lastUsed = Math.max(lastUsed, lookAtRows(body, start, end, empty, totalIndexes));
    if (end % LEDGER_ROWS_PER_STEP === 0) yield end;
  }
  const blankRows: number[] = [];
  for (let index = 0; index < lastUsed; index += 1) if (empty[index]) blankRows.push(rowOf(index));
  const totals = new Set(totalIndexes);
  const duplicateRows: DuplicateRow[] = yield* findDuplicateRowsInSteps(
    // Total rows are no rights: looked at as empty (most lists have none, and are not copied).
    totals.size === 0 ? body : body.map((cells, index) => (totals.has(index) ? [] : cells)),
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
      // concat copies the list in one go; a spread walks it as an iterable.
      values: [renamed].concat(body),
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
 * Marks rows `start` to `end` (excluded) of the body blank (1 in `empty`) or not, and adds the total
 * rows among them to `totalIndexes`; returns the last row with something in it, or -1.
 */
function lookAtRows(
  body: unknown[][],
  start: number,
  end: number,
  empty: Uint8Array,
  totalIndexes: number[]
): number {
  let lastUsed = -1;
  for (let index = start; index < end; index += 1) {
    const cells = body[index];
    if (isBlankRow(cells)) empty[index] = 1;
    else lastUsed = index;
    if (isTotalRow(cells)) totalIndexes.push(index);
  }
  return lastUsed;
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
