import { isoToDay } from "../dates/civil";
import { isDomainError } from "../errors/domain-error";
import { compareText } from "../table/compare-text";
import { loadProgrammeRows } from "./load-programmes";
import { Programme } from "./programme";
import type { ProgrammeTableRead, ProgrammeTableRow } from "./read-programme-table";
import { RowIssue } from "../table/grid";

/**
 * The programmes a run applies, and where each came from, for the Summary's assumptions.
 * @example mergeProgrammes(BUILT_IN_PROGRAMMES, table).replaced //=> ["SZ-2021"]
 */
export interface ProgrammeSet {
  /** Every programme to apply, sorted by id. */
  programmes: Programme[];
  /** Built-in programmes used as shipped. */
  builtIn: string[];
  /** Programmes read from the user's table, new ones and replacements alike. */
  fromTable: string[];
  /** Built-in programmes the table replaces (a table row with their programme id). */
  replaced: string[];
  /** Table rows left out because they clash with the programmes kept (rule id, stacking currency). */
  issues: RowIssue[];
}

const upper = (id: string) => id.toUpperCase();

/**
 * Built-in programmes plus the user's table. A table row whose programme id is that of a built-in
 * programme (in any case: "sz-2021" is SZ-2021) REPLACES the whole built-in programme: the table's valid
 * rows of that programme are used instead of the shipped ones, so users can correct unverified data (a
 * cap, a date) or switch a programme off (status "draft"); while none of its rows is valid, the shipped
 * programme applies (the bad rows are reported). Programmes with other ids are added. Table rows are
 * put in date order per programme before loading (so their order in the sheet does not matter). A table
 * row is left out, with an issue on its row, when its rule id is the id of a rule of a built-in programme
 * still in use, or when its stacking group is already used with another currency: the engine cannot
 * compare or tell apart such rules.
 * @example mergeProgrammes(BUILT_IN_PROGRAMMES, undefined).programmes.length //=> 6
 */
export function mergeProgrammes(
  builtIns: readonly Programme[],
  table: ProgrammeTableRead | undefined
): ProgrammeSet {
  const rows = table?.rows ?? [];
  const tableIds = new Set(rows.map(({ fields }) => upper(String(fields.programme))));
  let kept = builtIns.filter((programme) => !tableIds.has(upper(programme.id)));
  let replaced = builtIns.filter((programme) => tableIds.has(upper(programme.id)));
  const issues: RowIssue[] = [];
  const reject = (entry: ProgrammeTableRow, key: string, message: string) => {
    const column = table?.columns[key];
    issues.push({
      sheet: table?.sheet ?? "",
      row: entry.row,
      column: column?.letter ?? "",
      header: column?.header ?? "",
      message,
      kind: "error",
    });
  };

  const keptRuleIds = new Map<string, string>();
  const groupCurrency = new Map<string, { currency: string; by: string }>();
  for (const programme of kept) {
    for (const rule of programme.rules) {
      keptRuleIds.set(rule.id, programme.id);
      if (rule.stackingGroup !== undefined) {
        groupCurrency.set(rule.stackingGroup, { currency: rule.currency, by: rule.id });
      }
    }
  }
  const usable = rows.filter((entry) => {
    const id = String(entry.fields.id);
    const owner = keptRuleIds.get(id);
    if (owner === undefined) return true;
    reject(
      entry,
      "id",
      `Rule ID "${id}" is a rule of the built-in programme ${owner}: give your rule another id, or ` +
        `use programme id ${owner} to replace that programme.`
    );
    return false;
  });
  const accepted = usable.filter((entry) => stackingFits(entry, usable, groupCurrency, reject));

  let fromTable: Programme[] = [];
  if (accepted.length > 0) {
    try {
      fromTable = loadProgrammeRows(
        [...accepted].sort(byProgrammeThenDate).map(({ fields }) => fields),
        table?.sheet ?? "table"
      );
    } catch (error) {
      // Every row passed the loader alone and the table checks; report rather than lose the run.
      if (!isDomainError(error)) throw error;
      for (const entry of accepted) reject(entry, "", error.message);
      fromTable = [];
    }
  }
  if (fromTable.length === 0) {
    kept = [...builtIns];
    replaced = [];
  }
  const programmes = [...kept, ...fromTable].sort((a, b) => compareText(a.id, b.id));
  return {
    programmes,
    builtIn: kept.map((programme) => programme.id),
    fromTable: fromTable.map((programme) => programme.id),
    replaced: replaced.map((programme) => programme.id),
    issues: issues.sort((a, b) => a.row - b.row),
  };
}

/** A stacking group compares amounts, so all its rules must share one currency. */
function stackingFits(
  entry: ProgrammeTableRow,
  rows: readonly ProgrammeTableRow[],
  builtIn: ReadonlyMap<string, { currency: string; by: string }>,
  reject: (entry: ProgrammeTableRow, key: string, message: string) => void
): boolean {
  const group = entry.fields.stackingGroup;
  if (typeof group !== "string") return true;
  const currency = currencyOf(entry);
  const shipped = builtIn.get(group);
  if (shipped !== undefined && shipped.currency !== currency) {
    reject(
      entry,
      "stackingGroup",
      `Stacking group "${group}" is used by ${shipped.by} in ${shipped.currency}; this rule pays ${currency}: ` +
        `amounts in different currencies cannot be compared, so use another group.`
    );
    return false;
  }
  const others = rows.filter(
    (other) => other.fields.stackingGroup === group && currencyOf(other) !== currency
  );
  if (others.length === 0) return true;
  reject(
    entry,
    "stackingGroup",
    `Stacking group "${group}" mixes ${currency} and ${currencyOf(others[0])} (row ${others[0].row}): ` +
      `amounts in different currencies cannot be compared.`
  );
  return false;
}

function currencyOf(entry: ProgrammeTableRow): string {
  return typeof entry.fields.currency === "string" ? entry.fields.currency : "CNY";
}

/** Programme, then effective date (a dated series is listed in date order), then rule id. */
function byProgrammeThenDate(a: ProgrammeTableRow, b: ProgrammeTableRow): number {
  const from = (entry: ProgrammeTableRow) => isoToDay(String(entry.fields.effectiveFrom));
  return (
    compareText(String(a.fields.programme), String(b.fields.programme)) ||
    from(a) - from(b) ||
    compareText(String(a.fields.id), String(b.fields.id))
  );
}
