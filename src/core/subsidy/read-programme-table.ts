import { dayToIso } from "../dates/civil";
import { DomainError, isDomainError } from "../errors/domain-error";
import { isBlank, readDate, readFlag } from "../table/cell-readers";
import { Money, moneyFromCell } from "../money/money";
import { columnLetter } from "../table/a1";
import { loadProgrammeRows } from "./load-programmes";
import {
  PROGRAMME_COLUMNS,
  ProgrammeColumn,
  ProgrammeCellKind,
  programmeColumnOf,
} from "./programme-table-columns";
import {
  AMOUNT_TYPES,
  BENEFICIARIES,
  COST_BASES,
  JURISDICTION_GROUPS,
  LIMIT_SCOPES,
  RIGHT_TYPES,
  ROLES,
  STATUSES,
  TRIGGERS,
} from "./vocabulary";
import { RowIssue, SourceGrid } from "../table/grid";

/**
 * One valid row of a user's programmes table: the rule row as `src/data/subsidies.json` writes it (so
 * the engine's loader validates both the same way), with the sheet row it came from.
 * @example readProgrammeTable(grid).rows[0].fields.id //=> "MY-DISTRICT-2026/annuity-half"
 */
export interface ProgrammeTableRow {
  /** Sheet row number (1-based). */
  row: number;
  fields: Record<string, unknown>;
}

/**
 * What a programmes table holds: its valid rows, and one issue per problem (sheet, row, column letter,
 * reason), as the portfolio reader reports them.
 * @example readProgrammeTable(grid).issues[0].message //=> "Amount: \"abc\" is not a number: give an amount such as 2500."
 */
export interface ProgrammeTableRead {
  sheet: string;
  rows: ProgrammeTableRow[];
  issues: RowIssue[];
  /** Where each field's column is: its letter and header as the sheet writes it. */
  columns: Record<string, { letter: string; header: string }>;
}

/** Closed vocabularies: a cell may write a word in any case ("Active", "pct"), the loader wants it exact. */
const VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  role: ROLES,
  scope: LIMIT_SCOPES,
  beneficiary: BENEFICIARIES,
  rightType: RIGHT_TYPES,
  jurisdictionGroup: JURISDICTION_GROUPS,
  trigger: TRIGGERS,
  amountType: AMOUNT_TYPES,
  costBase: COST_BASES,
  status: STATUSES,
};

const ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/;

function canonicalWord(key: string, word: string): string {
  const words = VOCABULARY[key];
  return words?.find((candidate) => candidate.toLowerCase() === word.toLowerCase()) ?? word;
}

function shown(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** A decimal string from a cell: 2500, "2,500", "2500.50"; never a binary float. */
function decimalText(value: unknown, header: string): string {
  const text = typeof value === "number" ? undefined : String(value).trim().replace(/,/g, "");
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
    return moneyFromCell(value).toFixed();
  }
  if (text !== undefined && /^\d+(\.\d+)?$/.test(text)) return new Money(text).toFixed();
  throw new DomainError(
    "invalid-number",
    header,
    `${header} ${shown(value)} is not an amount: give a number of 0 or more such as 2500.`
  );
}

/** A rate as a fraction: 0.5, "0.5" or "50%" are all 50%. */
function rateText(value: unknown, header: string): string {
  if (typeof value === "string" && /^\s*\d+(\.\d+)?\s*%\s*$/.test(value)) {
    return new Money(value.replace("%", "").trim()).dividedBy(100).toFixed();
  }
  try {
    return decimalText(value, header);
  } catch {
    throw new DomainError(
      "invalid-number",
      header,
      `${header} ${shown(value)} is not a rate: give a fraction such as 0.5 or a percentage such as 50%.`
    );
  }
}

/** The field value of one cell, or undefined for a blank cell (the loader's default applies). */
function fieldOf(column: ProgrammeColumn, value: unknown): unknown {
  if (isBlank(value)) return undefined;
  const kind: ProgrammeCellKind = column.cell;
  switch (kind) {
    case "text": {
      const text = String(value).trim();
      return column.key === "currency" ? text.toUpperCase() : canonicalWord(column.key, text);
    }
    case "list":
      return String(value)
        .split(/[,;、，\n]+/u)
        .map((word) => word.trim())
        .filter((word) => word !== "")
        .map((word) => canonicalWord(column.key, word));
    case "amount":
      return decimalText(value, column.header);
    case "rate":
      return rateText(value, column.header);
    case "count": {
      const number = typeof value === "number" ? value : Number(String(value).trim());
      if (!Number.isInteger(number) || number < 1) {
        throw new DomainError(
          "invalid-number",
          column.header,
          `${column.header} ${shown(value)} is not a whole number of 1 or more.`
        );
      }
      return number;
    }
    case "date":
      return dayToIso(readDate(value, column.header));
    case "flag":
      return readFlag(value, column.header);
  }
}

/**
 * Reads the "Subsidy programmes" table a user keeps in the workbook: finds the columns by header,
 * converts each cell (numbers, "2,500", "50%", dates or date texts, TRUE/FALSE, comma-separated lists,
 * vocabulary words in any case), then validates every row with the engine's own loader, row by row, so
 * that each bad row is reported with its row, column letter and reason and the good rows are kept.
 * Across rows it rejects rule ids used twice (every row using the id is reported) and programmes whose
 * rows disagree on name, region or currency (every row of the programme is reported). The order of the
 * rows does not matter: the caller sorts them by date as the loader needs. Blank rows are skipped.
 * @example readProgrammeTable({ sheet: "Subsidy programmes", top: 1, left: 0, values: [headers, row] }).rows.length //=> 1
 */
export function readProgrammeTable(grid: SourceGrid): ProgrammeTableRead {
  const [header = [], ...body] = grid.values;
  const issues: RowIssue[] = [];
  const located = new Map<string, number>();
  header.forEach((cell, index) => {
    const column = programmeColumnOf(cell);
    if (column && !located.has(column.key)) located.set(column.key, index);
  });
  const issue = (row: number, key: string | undefined, message: string): RowIssue => {
    const index = key === undefined ? undefined : located.get(key);
    const column = PROGRAMME_COLUMNS.find((candidate) => candidate.key === key);
    return {
      sheet: grid.sheet,
      row,
      column: index === undefined ? "" : columnLetter(grid.left + index),
      header: index === undefined ? (column?.header ?? "") : String(header[index]),
      message,
      kind: "error",
    };
  };

  const columns: ProgrammeTableRead["columns"] = {};
  for (const [key, index] of located) {
    columns[key] = { letter: columnLetter(grid.left + index), header: String(header[index]) };
  }

  const missing = PROGRAMME_COLUMNS.filter((column) => column.required && !located.has(column.key));
  if (missing.length > 0) {
    const names = missing.map((column) => `"${column.header}"`).join(", ");
    issues.push(
      issue(
        grid.top,
        undefined,
        `Subsidy programmes table: column${missing.length > 1 ? "s" : ""} not found in the header row: ${names}. ` +
          `Create the table from the task pane to get every column.`
      )
    );
    return { sheet: grid.sheet, rows: [], issues, columns };
  }

  const checked: ProgrammeTableRow[] = [];
  body.forEach((cells, offset) => {
    const row = grid.top + 1 + offset;
    if (cells.every((cell) => isBlank(cell))) return;
    const rowIssues: RowIssue[] = [];
    const fields: Record<string, unknown> = {};
    for (const column of PROGRAMME_COLUMNS) {
      const index = located.get(column.key);
      if (index === undefined) continue;
      const value = cells[index];
      const isError =
        grid.valueTypes?.[offset + 1]?.[index] === "Error" ||
        (typeof value === "string" && ERROR_TEXT.test(value.trim()));
      if (isError) {
        rowIssues.push(
          issue(
            row,
            column.key,
            `${column.header} holds the error ${String(value)}: fix the formula or type the value.`
          )
        );
        continue;
      }
      try {
        const field = fieldOf(column, value);
        if (field !== undefined) fields[column.key] = field;
      } catch (error) {
        if (!isDomainError(error)) throw error;
        rowIssues.push(issue(row, column.key, error.message));
      }
    }
    if (rowIssues.length === 0) {
      try {
        loadProgrammeRows([fields], "row");
      } catch (error) {
        if (!isDomainError(error)) throw error;
        rowIssues.push(loaderIssue(error, row, issue));
      }
    }
    if (rowIssues.length > 0) issues.push(...rowIssues);
    else checked.push({ row, fields });
  });

  const bad = new Set<number>();
  const report = (row: number, key: string, message: string) => {
    bad.add(row);
    issues.push(issue(row, key, message));
  };
  rejectSharedIds(checked, report);
  rejectDisagreeingProgrammes(checked, report);
  return {
    sheet: grid.sheet,
    rows: checked.filter((entry) => !bad.has(entry.row)),
    issues: issues.sort((a, b) => a.row - b.row),
    columns,
  };
}

/** The loader's message without its location prefix, led by the column's header. */
function loaderIssue(
  error: DomainError,
  row: number,
  issue: (row: number, key: string | undefined, message: string) => RowIssue
): RowIssue {
  const key = /\.(\w+)$/.exec(error.field)?.[1];
  const problem = error.message.startsWith(`${error.field}: `)
    ? error.message.slice(error.field.length + 2)
    : error.message;
  const column = PROGRAMME_COLUMNS.find((candidate) => candidate.key === key);
  return issue(row, key, column ? `${column.header}: ${problem}` : problem);
}

type Report = (row: number, key: string, message: string) => void;

function rowList(rows: readonly number[]): string {
  return rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.join(", ")}`;
}

function rejectSharedIds(rows: readonly ProgrammeTableRow[], report: Report): void {
  const byId = new Map<string, number[]>();
  for (const { row, fields } of rows) {
    const id = String(fields.id);
    const list = byId.get(id);
    if (list) list.push(row);
    else byId.set(id, [row]);
  }
  for (const [id, sharing] of byId) {
    if (sharing.length < 2) continue;
    for (const row of sharing) {
      const others = sharing.filter((other) => other !== row);
      report(
        row,
        "id",
        `Rule ID "${id}" is also on ${rowList(others)}: give each rule its own id.`
      );
    }
  }
}

function rejectDisagreeingProgrammes(rows: readonly ProgrammeTableRow[], report: Report): void {
  const byProgramme = new Map<string, ProgrammeTableRow[]>();
  for (const entry of rows) {
    const id = String(entry.fields.programme);
    const list = byProgramme.get(id);
    if (list) list.push(entry);
    else byProgramme.set(id, [entry]);
  }
  for (const [programme, members] of byProgramme) {
    for (const key of ["programmeName", "region", "currency"] as const) {
      const valueOf = (entry: ProgrammeTableRow) =>
        String(entry.fields[key] ?? (key === "currency" ? "CNY" : ""));
      const values = [...new Set(members.map(valueOf))].sort();
      if (values.length < 2) continue;
      const header = PROGRAMME_COLUMNS.find((column) => column.key === key)?.header ?? key;
      const spread = values
        .map((value) => {
          const at = members.filter((entry) => valueOf(entry) === value).map((e) => e.row);
          return `"${value}" on ${rowList(at)}`;
        })
        .join("; ");
      for (const entry of members) {
        report(
          entry.row,
          key,
          `Programme ${programme}: its rows disagree on ${header} (${spread}): give every row of a programme the same ${header}.`
        );
      }
      break;
    }
  }
}
