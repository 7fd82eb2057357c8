import { Language } from "../i18n/strings";
import { OfficeStringKey, officeText } from "../i18n/office-strings";
import { serialFromDay } from "../dates/excel-serial";
import { minorUnits } from "../money/currency-units";
import { Money } from "../money/money";
import {
  ExchangeRates,
  OUTPUT_CURRENCY_SOURCE,
  RATE_SETTING_SOURCE,
} from "../projection/exchange-rates";
import { issueText } from "../i18n/issue-text";
import { IssueStringKey } from "../i18n/issue-strings";
import { fiscalYearLabel } from "../projection/fiscal-year";
import { OfficeLapsedRight, OfficeProjectionRow } from "../projection/office-schedule";
import { Payments } from "../projection/payments";
import { ProjectionSettings } from "../projection/settings";
import { blockRowCount, OutputBlock, OutputSheet, sourcedBlock } from "./output-model";
import { CellValue, ColumnFormat, EXCEL_MAX_CELL_TEXT } from "../table/table-schema";
import { countedSteps, runSteps } from "../table/steps";

/** What the other offices add to the report. */
export interface OfficeFeesInput {
  cnRows: Payments;
  officeRows: readonly OfficeProjectionRow[];
  lapsed: readonly OfficeLapsedRight[];
  rates: ExchangeRates;
  settings: ProjectionSettings;
  /** The language of the sheets' words. */
  language: Language;
}

/** Fees of one currency summed: a line of the Summary. */
interface CurrencyTotals {
  currency: string;
  payments: number;
  /** Sum of the confirmed amounts in the currency itself. */
  amount: Money;
  /** Fees whose amount is not confirmed (blank, counted here). */
  missingAmounts: number;
  /** Sum of the converted, rounded rows; undefined when a fee of this line has no rate. */
  converted?: Money;
}

/** One (fiscal year, currency) line of the Summary. */
export interface CurrencySubtotal extends CurrencyTotals {
  fiscalYear: number;
}

/** One (owner, currency) line of the Summary. */
export interface OwnerSubtotal extends CurrencyTotals {
  owner: string;
}

/** The two groupings of the Summary's subtotals. */
export interface OfficeSubtotals {
  byYear: CurrencySubtotal[];
  byOwner: OwnerSubtotal[];
}

/** Rows counted between two pauses of `officeSubtotalsInSteps` (counting a row is a few map look-ups). */
export const SUBTOTAL_ROWS_PER_STEP = 10_000;
/** Distinct amounts added between two pauses (each a few Decimal operations per grouping). */
export const SUBTOTAL_AMOUNTS_PER_STEP = 1_000;

/**
 * Sums CN's CNY rows and the other offices' rows per currency, per fiscal year and per owner. A converted
 * total is the sum of the converted, rounded rows; a line with a fee that has no rate has none (never a
 * silent 0). Hundreds of thousands of rows share few fiscal years, owners and amounts (a pack returns the
 * same Money for the same fee): rows are first counted per fiscal year, owner, currency, amount and
 * converted amount, then each amount is added once, times its count (exact sums, so the same totals in
 * any order). Pauses every `SUBTOTAL_ROWS_PER_STEP` rows counted and `SUBTOTAL_AMOUNTS_PER_STEP` amounts
 * added; the value yielded is the rows counted so far.
 */
export function* officeSubtotalsInSteps(
  cnRows: Payments,
  officeRows: readonly OfficeProjectionRow[],
  noOwner: string
): Generator<number, OfficeSubtotals, void> {
  // Owners and (currency, amount, converted) triples are numbered as first seen, and each row counted
  // under one number made of its fiscal year, owner and triple: a Map look-up per row where five nested
  // Maps were about 0.35 s of a mixed portfolio's run. CN rows read their owner per right and their
  // triple per amounts entry, numbered once each.
  const ownerNumbers = new Map<string, number>();
  const ownerNames: string[] = [];
  const ownerOf = (owner: string): number => {
    let number = ownerNumbers.get(owner);
    if (number === undefined) {
      ownerNumbers.set(owner, (number = ownerNames.length));
      ownerNames.push(owner);
    }
    return number;
  };
  const tripleNumbers = new Map<string, Map<Money | undefined, Map<Money | undefined, number>>>();
  const triples: { currency: string; amount?: Money; converted?: Money }[] = [];
  const tripleOf = (currency: string, amount?: Money, converted?: Money): number => {
    let byAmount = tripleNumbers.get(currency);
    if (!byAmount) tripleNumbers.set(currency, (byAmount = new Map()));
    let byConverted = byAmount.get(amount);
    if (!byConverted) byAmount.set(amount, (byConverted = new Map()));
    let number = byConverted.get(converted);
    if (number === undefined) {
      byConverted.set(converted, (number = triples.length));
      triples.push({ currency, amount, converted });
    }
    return number;
  };
  // Rows are counted per (fiscal year, owner), a number (fiscal year − first) × span + owner, then per
  // triple: two look-ups of small whole numbers per row, exact for any number of rows (owners are fewer
  // than the rows, so the first number stays far below 2^53).
  let firstYear = Infinity;
  for (let i = 0; i < cnRows.length; i += 1)
    if (cnRows.fiscalYear[i] < firstYear) firstYear = cnRows.fiscalYear[i];
  for (const row of officeRows) if (row.fiscalYear < firstYear) firstYear = row.fiscalYear;
  const span = Math.max(1, cnRows.length + officeRows.length);
  const counts = new Map<number, Map<number, number>>();
  const count = (fiscalYear: number, owner: number, triple: number) => {
    const group = (fiscalYear - firstYear) * span + owner;
    let byTriple = counts.get(group);
    if (!byTriple) counts.set(group, (byTriple = new Map()));
    byTriple.set(triple, (byTriple.get(triple) ?? 0) + 1);
  };
  const ownerOfRight = cnRows.rights.map((right) => ownerOf(right.owner));
  const tripleOfEntry = new Int32Array(cnRows.amounts.length).fill(-1);
  // Counted a step at a time by plain functions (V8 optimises a loop there, not inside a running
  // generator), pausing after every SUBTOTAL_ROWS_PER_STEP-th row as a loop counting each row would.
  let done = yield* countedSteps(cnRows.length, 0, SUBTOTAL_ROWS_PER_STEP, (from, to) => {
    for (let i = from; i < to; i += 1) {
      const entry = cnRows.amount[i];
      let triple = tripleOfEntry[entry];
      if (triple < 0) {
        const amounts = cnRows.amounts[entry];
        tripleOfEntry[entry] = triple = tripleOf("CNY", amounts.payable, amounts.converted);
      }
      count(cnRows.fiscalYear[i], ownerOfRight[cnRows.right[i]], triple);
    }
  });
  done = yield* countedSteps(officeRows.length, done, SUBTOTAL_ROWS_PER_STEP, (from, to) => {
    for (let i = from; i < to; i += 1) {
      const row = officeRows[i];
      count(row.fiscalYear, ownerOf(row.owner), tripleOf(row.currency, row.amount, row.converted));
    }
  });

  const yearLines = new Map<string, CurrencySubtotal>();
  const ownerLines = new Map<string, OwnerSubtotal>();
  const lineOf = <L extends CurrencyTotals>(
    lines: Map<string, L>,
    key: string,
    make: () => L
  ): L => {
    let line = lines.get(key);
    if (!line) lines.set(key, (line = make()));
    return line;
  };
  const totals = (currency: string): CurrencyTotals => ({
    currency,
    payments: 0,
    amount: new Money(0),
    missingAmounts: 0,
    converted: new Money(0),
  });
  const add = (
    line: CurrencyTotals,
    amount: Money | undefined,
    converted: Money | undefined,
    n: number
  ) => {
    line.payments += n;
    if (amount === undefined) {
      line.missingAmounts += n;
      return;
    }
    line.amount = line.amount.plus(n === 1 ? amount : amount.times(n));
    if (converted === undefined) line.converted = undefined;
    else if (line.converted)
      line.converted = line.converted.plus(n === 1 ? converted : converted.times(n));
  };
  let amounts = 0;
  for (const [group, byTriple] of counts)
    for (const [triple, n] of byTriple) {
      const fiscalYear = firstYear + Math.floor(group / span);
      const owner = ownerNames[group % span] || noOwner;
      const { currency, amount, converted } = triples[triple];
      const year = lineOf(yearLines, `${fiscalYear}|${currency}`, () => ({
        fiscalYear,
        ...totals(currency),
      }));
      const ownerLine = lineOf(ownerLines, `${owner}|${currency}`, () => ({
        owner,
        ...totals(currency),
      }));
      add(year, amount, converted, n);
      add(ownerLine, amount, converted, n);
      amounts += 1;
      if (amounts % SUBTOTAL_AMOUNTS_PER_STEP === 0) yield done;
    }
  return {
    byYear: [...yearLines.values()].sort(
      (a, b) => a.fiscalYear - b.fiscalYear || text(a.currency, b.currency)
    ),
    byOwner: [...ownerLines.values()].sort(
      (a, b) => text(a.owner, b.owner) || text(a.currency, b.currency)
    ),
  };
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Subtotals per fiscal year and currency (CN's CNY rows included), each converted total the sum of the
 * converted, rounded rows; a line with a fee that has no rate has no converted total (never a silent 0).
 * @example currencySubtotals(cn, office).map((l) => l.currency) //=> ["CNY", "EUR", "JPY", …]
 */
export function currencySubtotals(
  cnRows: Payments,
  officeRows: readonly OfficeProjectionRow[]
): CurrencySubtotal[] {
  return runSteps(officeSubtotalsInSteps(cnRows, officeRows, "")).byYear;
}

/**
 * Subtotals per owner and currency over the horizon, CN's CNY rows included, so an owner's foreign fees
 * are counted beside its CN ones; converted as `currencySubtotals` does. Owners in order of name.
 * @example ownerSubtotals(cn, office).map((l) => `${l.owner} ${l.currency}`) //=> ["A CNY", "A JPY", "B USD"]
 */
export function ownerSubtotals(
  cnRows: Payments,
  officeRows: readonly OfficeProjectionRow[],
  noOwner: string
): OwnerSubtotal[] {
  return runSteps(officeSubtotalsInSteps(cnRows, officeRows, noOwner)).byOwner;
}

/** Cell numbers made so far, by decimal places and amount: rows share few amounts, each made once. */
const cellNumbers = new Map<number, WeakMap<Money, number>>();
const money = (amount: Money | undefined, currency: string): CellValue => {
  if (amount === undefined) return "";
  const places = minorUnits(currency);
  let byAmount = cellNumbers.get(places);
  if (!byAmount) cellNumbers.set(places, (byAmount = new WeakMap()));
  let cell = byAmount.get(amount);
  if (cell === undefined) byAmount.set(amount, (cell = amount.toDecimalPlaces(places).toNumber()));
  return cell;
};

/**
 * Adds the other offices to the report: their fees below the projection (office currency and
 * converted), and on the Summary the subtotals per fiscal year and currency, the converted total of each
 * fiscal year, the rates used, and the subtotals per owner and currency with each owner's converted total. Nothing is added for a CN-only portfolio.
 */
export function addOfficeFees(sheets: OutputSheet[], input: OfficeFeesInput): void {
  runSteps(addOfficeFeesInSteps(sheets, input));
}

/**
 * `addOfficeFees` with pauses while the subtotals are summed (see `officeSubtotalsInSteps`): a mixed
 * portfolio's hundreds of thousands of rows would otherwise be one long task. Yields the rows counted so far.
 */
export function* addOfficeFeesInSteps(
  sheets: OutputSheet[],
  input: OfficeFeesInput
): Generator<number, void, void> {
  const { officeRows, rates, settings } = input;
  const w = (key: OfficeStringKey, values?: Record<string, string | number>) =>
    officeText(input.language, key, values);
  if (officeRows.length === 0 && input.lapsed.length === 0) return;
  const output = rates.output;
  const outputFormat: ColumnFormat = minorUnits(output) === 0 ? "money0" : "money";
  // A label per fiscal year and a text per kind of notes, made once: a mixed portfolio's hundreds of
  // thousands of fee rows share a few dozen of each.
  const labels = new Map<number, string>();
  const fy = (year: number) => {
    let label = labels.get(year);
    if (label === undefined)
      labels.set(year, (label = fiscalYearLabel(year, settings.fiscalYearStartMonth)));
    return label;
  };
  const notes = new Map<string, string>();
  // Most rows have an amount, a rate, no surcharge and at most one flag: their notes are found by three
  // look-ups of texts shared by every row (basis, confidence, flag), with no key made per row.
  const plainNotes = new Map<string, Map<string, Map<string, string>>>();
  const notesOfRow = (row: OfficeProjectionRow): string => {
    const plain =
      row.amount !== undefined &&
      row.converted !== undefined &&
      row.surcharge === undefined &&
      row.flags.length <= 1;
    let byFlag: Map<string, string> | undefined;
    let key: string;
    if (plain) {
      let byConfidence = plainNotes.get(row.basis);
      if (!byConfidence) plainNotes.set(row.basis, (byConfidence = new Map()));
      byFlag = byConfidence.get(row.confidence);
      if (!byFlag) byConfidence.set(row.confidence, (byFlag = new Map()));
      key = row.flags.length === 0 ? "" : row.flags[0];
    } else {
      byFlag = notes;
      key = notesKey(row);
    }
    let text = byFlag.get(key);
    if (text === undefined) byFlag.set(key, (text = notesOf(row, output, input.language)));
    return text;
  };
  const bottom = (sheet: OutputSheet) =>
    Math.max(0, ...sheet.blocks.map((block) => block.top + blockRowCount(block)));

  const projection = sheets.filter((sheet) => sheet.role === "projection").pop();
  if (projection) {
    const lapsedNote = w("lapsedNote");
    const fees = officeRows.length;
    // A row's cells, written into an array the writer reuses (RowSource.fill) or a new one (rowAt).
    const fill = (index: number, cells: CellValue[]): void => {
      if (index >= fees) {
        cells[0] = input.lapsed[index - fees].id;
        cells[1] = "";
        cells[2] = input.lapsed[index - fees].office;
        for (let c = 3; c < 11; c += 1) cells[c] = "";
        cells[11] = lapsedNote;
        return;
      }
      const row = officeRows[index];
      cells[0] = row.id;
      cells[1] = row.owner;
      cells[2] = row.office;
      cells[3] = row.kind;
      cells[4] = row.year;
      cells[5] = serialFromDay(row.due);
      cells[6] = fy(row.fiscalYear);
      cells[7] = row.currency;
      cells[8] = money(row.amount, row.currency);
      cells[9] = money(row.converted, output);
      cells[10] = row.confidence;
      cells[11] = notesOfRow(row);
    };
    const rowAt = (index: number): CellValue[] => {
      const cells: CellValue[] = [];
      fill(index, cells);
      return cells;
    };
    // Every text of a row is in a text column, and the blanks of the other columns are no formula: only
    // an ID or owner longer than a cell holds needs the writer to look at the rows (RowSource.checked).
    // Notes, offices, kinds, labels and currencies are the add-in's own short texts.
    const checked = (): boolean => {
      for (const row of officeRows)
        if (Math.max(row.id.length, row.owner.length) > EXCEL_MAX_CELL_TEXT) return false;
      return input.lapsed.every((right) => right.id.length <= EXCEL_MAX_CELL_TEXT);
    };
    // A row per fee, made when written (a mixed portfolio has a hundred thousand of them).
    const layout: Omit<OutputBlock, "rows" | "source"> = {
      top: bottom(projection) + 3,
      title: w("feesTitle"),
      columns: [
        { header: w("id"), format: "text" },
        { header: w("owner"), format: "text" },
        { header: w("office"), format: "text" },
        { header: w("kind"), format: "text" },
        { header: w("year"), format: "integer" },
        { header: w("due"), format: "date" },
        { header: w("fiscalYear"), format: "text" },
        { header: w("currency"), format: "text" },
        { header: w("amount"), format: "money" },
        { header: w("converted", { output }), format: outputFormat },
        { header: w("confidence"), format: "text" },
        { header: w("notes"), format: "text" },
      ],
    };
    const count = fees + input.lapsed.length;
    projection.blocks.push(sourcedBlock(layout, { count, rowAt, fill, checked: checked() }));
  }

  const summary = sheets.find((sheet) => sheet.role === "summary");
  if (!summary) return;
  const { byYear: subtotals, byOwner } = yield* officeSubtotalsInSteps(
    input.cnRows,
    officeRows,
    w("noOwner")
  );
  // Each group's lines (per currency), then its total in the output currency: per fiscal year, per owner.
  const groupRows = <
    L extends Pick<
      (typeof subtotals)[number],
      "currency" | "payments" | "amount" | "missingAmounts" | "converted"
    >,
  >(
    lines: readonly L[],
    keyOf: (line: L) => string | number,
    label: (key: string | number) => string,
    totalLabel: (key: string | number) => string
  ): CellValue[][] => {
    const rows: CellValue[][] = [];
    // The lines of each key, keys in the order they first come (lines are sorted by key).
    const groups = new Map<string | number, L[]>();
    for (const line of lines) {
      const group = groups.get(keyOf(line));
      if (group) group.push(line);
      else groups.set(keyOf(line), [line]);
    }
    for (const [key, group] of groups) {
      for (const line of group) {
        // A line whose every amount is unconfirmed has no amount at all: blank, not 0.
        const none = line.missingAmounts === line.payments;
        rows.push([
          label(key),
          line.currency,
          line.payments,
          none ? "" : money(line.amount, line.currency),
          line.missingAmounts,
          none ? "" : money(line.converted, output),
        ]);
      }
      const complete = group.every((line) => line.converted !== undefined);
      const total = group.reduce((sum, line) => sum.plus(line.converted ?? 0), new Money(0));
      rows.push([
        totalLabel(key),
        complete ? output : w("incomplete", { output }),
        group.reduce((n, line) => n + line.payments, 0),
        "",
        group.reduce((n, line) => n + line.missingAmounts, 0),
        complete ? money(total, output) : "",
      ]);
    }
    return rows;
  };
  const rows = groupRows(
    subtotals,
    (line) => line.fiscalYear,
    (year) => fy(year as number),
    (year) => w("yearTotal", { year: fy(year as number) })
  );
  const currencies = new Set(subtotals.map((line) => line.currency));
  const rateRows: CellValue[][] = [...currencies].sort().map((currency) => {
    const rate = rates.byCurrency.get(currency);
    return [
      currency,
      rate?.rate === undefined ? "" : rate.rate.toNumber(),
      rate?.asOf === undefined ? "" : serialFromDay(rate.asOf),
      rate?.rate === undefined
        ? w("rateMissing")
        : rate.source === OUTPUT_CURRENCY_SOURCE
          ? issueText(input.language, "note_outputCurrency")
          : rate.source === RATE_SETTING_SOURCE
            ? issueText(input.language, "note_rateSetting")
            : rate.source,
    ];
  });
  const ownerRows = groupRows(
    byOwner,
    (line) => line.owner,
    (owner) => owner as string,
    (owner) => w("ownerTotal", { owner })
  );
  const top = bottom(summary) + 3;
  summary.blocks.push(
    {
      top,
      title: w("subtotalsTitle", { output }),
      columns: [
        { header: w("fiscalYear"), format: "text" },
        { header: w("currency"), format: "text" },
        { header: w("payments"), format: "integer" },
        { header: w("amount"), format: "money" },
        { header: w("unconfirmed"), format: "integer" },
        { header: w("converted", { output }), format: outputFormat },
      ],
      rows,
    },
    {
      top: top + rows.length + 3,
      title: w("ratesTitle", { output }),
      columns: [
        { header: w("currency"), format: "text" },
        { header: w("rate"), format: "general" },
        { header: w("asOf"), format: "date" },
        { header: w("source"), format: "text" },
      ],
      rows: rateRows,
    },
    {
      top: top + rows.length + 3 + rateRows.length + 3,
      title: w("ownersTitle", { output }),
      columns: [
        { header: w("owner"), format: "text" },
        { header: w("currency"), format: "text" },
        { header: w("payments"), format: "integer" },
        { header: w("amount"), format: "money" },
        { header: w("unconfirmed"), format: "integer" },
        { header: w("converted", { output }), format: outputFormat },
      ],
      rows: ownerRows,
    }
  );
  addAllOfficesChart(summary, subtotals, input, bottom(summary) + 3);
}

/**
 * The converted fees of every fiscal year, CN beside the other offices, and a chart of them: the
 * Summary's first chart shows CN alone. A year with a fee that has no rate has blank converted amounts.
 */
function addAllOfficesChart(
  summary: OutputSheet,
  subtotals: readonly CurrencySubtotal[],
  input: OfficeFeesInput,
  top: number
): void {
  const output = input.rates.output;
  const w = (key: OfficeStringKey, values?: Record<string, string | number>) =>
    officeText(input.language, key, values);
  const rows: CellValue[][] = [];
  for (const year of [...new Set(subtotals.map((line) => line.fiscalYear))]) {
    const lines = subtotals.filter((line) => line.fiscalYear === year);
    const sum = (list: CurrencySubtotal[]) =>
      list.every((line) => line.converted !== undefined)
        ? money(
            list.reduce((total, line) => total.plus(line.converted ?? 0), new Money(0)),
            output
          )
        : "";
    rows.push([
      fiscalYearLabel(year, input.settings.fiscalYearStartMonth),
      sum(lines.filter((line) => line.currency === "CNY")),
      sum(lines.filter((line) => line.currency !== "CNY")),
      sum(lines),
    ]);
  }
  const format: ColumnFormat = minorUnits(output) === 0 ? "money0" : "money";
  summary.blocks.push({
    top,
    title: w("allOfficesTitle", { output }),
    columns: [
      { header: w("fiscalYear"), format: "text" },
      { header: w("colCn", { output }), format },
      { header: w("colOther", { output }), format },
      { header: w("colAll", { output }), format },
    ],
    rows,
  });
  summary.charts.push({
    title: w("allOfficesChart", { output }),
    block: summary.blocks.length - 1,
    columns: [0, 1, 2],
    rowCount: rows.length,
    anchorRow: top,
    anchorColumn: 5,
  });
}

/**
 * What a fee row's notes are made of (notesOf reads nothing else of the row), as one text: fields in a
 * fixed order, each ended by a character no pack's note or flag contains.
 */
function notesKey(row: OfficeProjectionRow): string {
  const amount =
    row.amount === undefined
      ? `none:${row.missing ?? ""}`
      : row.converted === undefined
        ? `no rate:${row.currency}`
        : "";
  const surcharge = row.surcharge ? `${row.surcharge.toString()} ${row.currency}` : "";
  return `${row.basis}\u0000${amount}\u0000${row.confidence}\u0000${surcharge}\u0000${row.flags.join("\u0000")}`;
}

/** A fee row's notes in the run's language; the pack's flags stay codes, a pack's own note stays as written. */
function notesOf(row: OfficeProjectionRow, output: string, language: Language): string {
  const say = (key: IssueStringKey, params: Record<string, string> = {}) =>
    issueText(language, key, params);
  const notes: string[] = [];
  if (row.basis === "pending-assumed-grant") notes.push(say("note_pendingAssumed"));
  if (row.amount === undefined) notes.push(row.missing ?? say("note_noAmount"));
  else if (row.converted === undefined)
    notes.push(say("note_noRate", { currency: row.currency, output }));
  if (row.confidence === "MED" || row.confidence === "LOW")
    notes.push(say("note_unverified", { confidence: row.confidence }));
  if (row.surcharge)
    notes.push(
      say("note_overdue", { surcharge: row.surcharge.toString(), currency: row.currency })
    );
  notes.push(...row.flags);
  return notes.join("; ");
}
