// The search for repeated numbers as it was before issue 14 (commit b0580be): the oracle of ledger-duplicates-equality.test.ts.
import { isDomainError } from "../../../../src/core/errors/domain-error";
import { isBlank, readDate } from "../../../../src/core/table/cell-readers";
import { ColumnKey } from "../../../../src/core/portfolio/columns";
import { ColumnMapEntry } from "../../../../src/core/portfolio/ledger-column-map";
import { normalizeApplicationNumber } from "../../../../src/core/portfolio/ledger-number";
import { officeOfCell } from "../../../../src/core/portfolio/office";
import { runSteps } from "../../../../src/core/table/steps";

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
  // Most rows share a few office cells ("CN", "中国"): each is read once.
  const offices = new Map<unknown, string>();
  const firstByKey = new Map<string, number>();
  const duplicates: DuplicateRow[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    if ((index + 1) % perStep === 0) yield base + index + 1;
    const cells = rows[index];
    const id = cells[idColumn.index];
    if (isBlank(id)) continue;
    const officeCell = officeColumn ? cells[officeColumn.index] : "";
    let office = offices.get(officeCell);
    if (office === undefined) {
      office = officeKey(officeCell);
      offices.set(officeCell, office);
    }
    const key = `${office}|${normalizeApplicationNumber(String(id))}`;
    const firstIndex = firstByKey.get(key);
    if (firstIndex === undefined) {
      firstByKey.set(key, index);
      continue;
    }
    const first = rows[firstIndex];
    const conflicts = compared
      .filter((entry) => {
        const [a, b] = [first[entry.index], cells[entry.index]];
        if (isBlank(a) || isBlank(b)) return false;
        const field = entry.field as ColumnKey;
        return comparable(field, a) !== comparable(field, b);
      })
      .map((entry) => entry.header);
    duplicates.push({ index, firstIndex, id: String(first[idColumn.index]).trim(), conflicts });
  }
  return duplicates;
}
