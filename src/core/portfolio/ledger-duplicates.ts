import { isDomainError } from "../errors/domain-error";
import { isBlank, readDate } from "../table/cell-readers";
import { ColumnKey } from "./columns";
import { ColumnMapEntry } from "./ledger-column-map";
import { normalizeApplicationNumber } from "./ledger-number";
import { officeOfCell } from "./office";
import { runSteps } from "../table/steps";
import { FirstRowByKey } from "../table/first-row-by-key";

/** A row that repeats an earlier row's application number at the same office. */
export interface DuplicateRow {
  /** Index of the repeating row in the rows given. */
  index: number;
  /** Index of the first row with the same number and office: the one that is read. */
  firstIndex: number;
  /** The number as typed on the first row. */
  id: string;
  /** Headers of the columns whose values differ between the two rows (blank cells never differ). */
  conflicts: string[];
}

const DATE_FIELDS = new Set<ColumnKey>(["filingDate", "grantDate", "pctPublicationDate"]);

function officeKey(value: unknown): string {
  const text = isBlank(value) ? "" : String(value);
  try {
    return officeOfCell(text);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return text.normalize("NFKC").trim().toUpperCase();
  }
}

/** A cell as compared between two rows: dates by day (a serial and "2020-07-09" agree), text by NFKC. */
function comparable(field: ColumnKey, value: unknown): string {
  if (DATE_FIELDS.has(field)) {
    try {
      return `day:${readDate(value, "date")}`;
    } catch (error) {
      if (!isDomainError(error)) throw error;
    }
  }
  return String(value).normalize("NFKC").trim().toLowerCase();
}

/**
 * The rows that repeat an application number at the same office (numbers compared after
 * normalizeApplicationNumber, a blank office being CN), each with the first row it repeats and the
 * columns whose values disagree. Rows without a number are left to the reader, which reports them.
 * @example findDuplicateRows([["CN202010123456.7"], ["ZL202010123456.7"]], [{ index: 0, header: "申请号", field: "id", byUser: false }])[0].firstIndex //=> 0
 */
export function findDuplicateRows(rows: unknown[][], map: ColumnMapEntry[]): DuplicateRow[] {
  return runSteps(findDuplicateRowsInSteps(rows, map));
}

/**
 * findDuplicateRows as a generator: yields `base` plus the rows looked at every `perStep` rows, so a
 * caller can let the page repaint; returns the same rows.
 * @example
 * const finding = findDuplicateRowsInSteps(rows, map);
 * let step = finding.next();
 * while (!step.done) step = finding.next();
 * step.value[0].firstIndex //=> 0
 */
export function* findDuplicateRowsInSteps(
  rows: unknown[][],
  map: ColumnMapEntry[],
  perStep = 5000,
  base = 0
): Generator<number, DuplicateRow[], void> {
  const idColumn = map.find((entry) => entry.field === "id");
  if (!idColumn) return [];
  const officeColumn = map.find((entry) => entry.field === "jurisdiction");
  const compared = map.filter(
    (entry) => entry.field && entry.field !== "id" && entry.field !== "jurisdiction"
  );
  const idIndex = idColumn.index;
  const officeIndex = officeColumn?.index;
  // Most rows share a few office cells ("CN", "中国"): each is read once.
  const offices = new Map<unknown, string>();
  const officeOf = (cell: unknown): string => {
    let office = offices.get(cell);
    if (office === undefined) {
      office = officeKey(cell);
      offices.set(cell, office);
    }
    return office;
  };
  // A row's key as it was recorded: asked for again only when a later key hashes the same.
  const keyOf = (index: number): [string, string] => {
    const cells = rows[index];
    return [
      officeOf(officeIndex !== undefined ? cells[officeIndex] : ""),
      normalizeApplicationNumber(String(cells[idIndex])),
    ];
  };
  const search: DuplicateSearch = {
    rows,
    idIndex,
    officeIndex,
    compared,
    officeOf,
    firsts: new FirstRowByKey(rows.length, keyOf),
    duplicates: [],
  };
  // The rows are looked at by a plain function, a step at a time: a loop inside a generator is not
  // optimised while it runs (V8 cannot replace a running generator's frame), one in a function is.
  for (let start = 0; start < rows.length; start += perStep) {
    const end = Math.min(start + perStep, rows.length);
    searchRows(search, start, end);
    if (end % perStep === 0) yield base + end;
  }
  return search.duplicates;
}

/** What the search for repeated numbers keeps between its steps. */
interface DuplicateSearch {
  rows: unknown[][];
  idIndex: number;
  officeIndex?: number;
  compared: ColumnMapEntry[];
  /** The office of an office cell (blank: CN), as compared. */
  officeOf: (cell: unknown) => string;
  /** The first row of each office and number ("CN|2020101234567"). */
  firsts: FirstRowByKey;
  duplicates: DuplicateRow[];
}

/** Looks at rows `start` to `end` (excluded) of the search, in order. */
function searchRows(search: DuplicateSearch, start: number, end: number): void {
  const { rows, idIndex, officeIndex, compared, officeOf, firsts, duplicates } = search;
  for (let index = start; index < end; index += 1) {
    const cells = rows[index];
    const id = cells[idIndex];
    if (isBlank(id)) continue;
    const office = officeOf(officeIndex !== undefined ? cells[officeIndex] : "");
    const firstIndex = firsts.firstOr(office, normalizeApplicationNumber(String(id)), index);
    if (firstIndex === undefined) continue;
    const first = rows[firstIndex];
    const conflicts = compared
      .filter((entry) => {
        const [a, b] = [first[entry.index], cells[entry.index]];
        if (isBlank(a) || isBlank(b)) return false;
        const field = entry.field as ColumnKey;
        return comparable(field, a) !== comparable(field, b);
      })
      .map((entry) => entry.header);
    duplicates.push({ index, firstIndex, id: String(first[idIndex]).trim(), conflicts });
  }
}
