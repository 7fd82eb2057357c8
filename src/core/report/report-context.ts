import { DayNumber } from "../dates/civil";
import { serialFromDay } from "../dates/excel-serial";
import { Language, StringKey, translate } from "../i18n/strings";
import { Money, yuanToCell } from "../money/money";
import { RightKind } from "../offices/cn/right-kind";
import { BudgetOffset } from "../projection/budget-offsets";
import { DeadlineRow } from "../projection/deadlines";
import { LapsedRight } from "../projection/project";
import { Payments } from "../projection/payments";
import { ProjectionSettings } from "../projection/settings";
import { ProjectionSummary } from "../projection/summary";
import { minorUnits } from "../projection/currency";
import { RowIssue } from "../table/grid";
import { CellValue, ColumnFormat, OutputColumn } from "../table/table-schema";

/**
 * Where the run's subsidy programmes came from, for the assumptions.
 * @example const sources: ProgrammeSources = { applied: ["SZ-2021"], fromTable: ["SZ-2021"], replaced: ["SZ-2021"], tableSheet: "Subsidy programmes" };
 */
export interface ProgrammeSources {
  /** Every programme applied. */
  applied: string[];
  /** Programmes read from the user's table (new or replacing a built-in one). */
  fromTable: string[];
  /** Built-in programmes the table replaces. */
  replaced: string[];
  /** The sheet of the user's table, when there is one. */
  tableSheet?: string;
}

export interface ReportInput {
  rights: number;
  projection: Payments;
  summary: ProjectionSummary;
  deadlines: DeadlineRow[];
  issues: RowIssue[];
  settings: ProjectionSettings;
  language: Language;
  /** Subsidy offsets, placed against the budget; none when omitted. */
  offsets?: BudgetOffset[];
  programmes?: ProgrammeSources;
  /** The sheet of the user's fee table when its schedules replaced the built-in ones. */
  feeTableSheet?: string;
  /** Calendar years of the run's dates without a State Council holiday notice (their shifts are lower bounds). */
  yearsWithoutNotice?: readonly number[];
  /** Rights left out of the budget because their earliest unpaid fee is past its last day. */
  lapsed?: readonly LapsedRight[];
  /** More assumptions (label, value) already in the run's language: how the list was read. */
  readingAssumptions?: CellValue[][];
}

const KIND_KEYS: Record<RightKind, StringKey> = {
  invention: "kindInvention",
  utility: "kindUtility",
  design: "kindDesign",
};

/** What every sheet builder shares: the words of the run's language and the output currency's columns. */
export interface ReportContext {
  t: (key: StringKey, values?: Record<string, string | number>) => string;
  kind: (k: RightKind) => string;
  /** True when amounts are also shown in another currency than CNY. */
  converting: boolean;
  convertedFormat: ColumnFormat;
  /** The converted-amount column, or none when the output currency is CNY. */
  convertedColumn: OutputColumn[];
}

/**
 * The shared context of a report's sheet builders.
 * @example reportContext(input).t("sheetSummary") //=> "IP Summary"
 */
export function reportContext(input: ReportInput): ReportContext {
  const { settings, language } = input;
  const t = (key: StringKey, values?: Record<string, string | number>) =>
    translate(language, key, values);
  const converting = settings.currency.code !== "CNY";
  const convertedFormat: ColumnFormat =
    minorUnits(settings.currency.code) === 0 ? "money0" : "money";
  const convertedColumn: OutputColumn[] = converting
    ? [{ header: t("colConverted", { currency: settings.currency.code }), format: convertedFormat }]
    : [];
  // Sheets of hundreds of thousands of rows name a right's kind on each: each kind is translated once.
  const kinds = new Map<RightKind, string>();
  const kind = (k: RightKind): string => {
    let text = kinds.get(k);
    if (text === undefined) kinds.set(k, (text = t(KIND_KEYS[k])));
    return text;
  };
  return { t, kind, converting, convertedFormat, convertedColumn };
}

/** Amounts remembered per sheet; beyond this, amounts made per row are converted without being kept. */
const AMOUNT_CELLS_KEPT = 10_000;

/**
 * A cell number per amount, made once per Money instance: hundreds of thousands of rows share a few
 * fee and reduction amounts (shared instances), and a Decimal's conversion costs a string.
 * @example amountCells(yuanToCell)(new Money("1.005")) //=> 1.01
 */
export function amountCells(make: (amount: Money) => number): (amount: Money) => number {
  const cells = new Map<Money, number>();
  return (amount) => {
    let value = cells.get(amount);
    if (value === undefined) {
      value = make(amount);
      if (cells.size < AMOUNT_CELLS_KEPT) cells.set(amount, value);
    }
    return value;
  };
}

export const date = (day: DayNumber | undefined): CellValue =>
  day === undefined ? "" : serialFromDay(day);
export const yuan = (amount: Money | undefined): CellValue =>
  amount === undefined ? "" : yuanToCell(amount);
