import { DayNumber } from "../dates/civil";
import { roundToUnit } from "../money/currency-units";
import { Money } from "../money/money";
import { columnLetter } from "../table/a1";
import { isBlank, readDate } from "../table/cell-readers";
import { RowIssue, SourceGrid } from "../table/grid";
import { normalizeHeader } from "../table/headers";
import { isDomainError } from "../errors/domain-error";

/** The source shown for the output currency's own rate (1), in English; the sheets say it in the run's language. */
export const OUTPUT_CURRENCY_SOURCE = "output currency";
/** The source shown for CNY's rate when it is the pane's rate setting. */
export const RATE_SETTING_SOURCE = "rate setting";
/**
 * One exchange rate: how many units of the output currency one unit of `currency` buys, as the user
 * states it (no rates are bundled: a rate comes from the user's table or, for CNY, the rate setting).
 */
export interface ExchangeRate {
  currency: string;
  /** Undefined when the table row leaves the rate blank: amounts in this currency are not converted. */
  rate?: Money;
  asOf?: DayNumber;
  source: string;
  /** Sheet row of the table, for messages; undefined for the rate setting. */
  row?: number;
}

/** The rates of one run, by currency code, into `output`. */
export interface ExchangeRates {
  output: string;
  byCurrency: Map<string, ExchangeRate>;
  /** The sheet of the rates table, when the workbook has one. */
  sheet?: string;
  issues: RowIssue[];
}

/** A rate older than this (days before the as-of date) is warned about. */
export const STALE_RATE_DAYS = 90;

const HEADERS: Record<"currency" | "rate" | "asOf" | "source", string[]> = {
  currency: ["currency", "币种", "货币", "通貨"],
  rate: ["rate", "exchangerate", "汇率", "為替レート", "レート"],
  asOf: ["asof", "asofdate", "date", "日期", "基准日", "基準日"],
  source: ["source", "来源", "出典"],
};

/**
 * The rates of a run: the output currency itself is 1; CNY is the rate setting (units of the output
 * currency per yuan); rows of the rates table (Currency, Rate, As of, Source) add or replace rates.
 * A blank rate leaves that currency unconverted; a rate that is not a positive number is an issue.
 * @example ratesOf("CNY", new Money(1)).byCurrency.get("CNY")?.rate?.toString() //=> "1"
 */
export function ratesOf(output: string, ratePerCny: Money, table?: SourceGrid): ExchangeRates {
  const byCurrency = new Map<string, ExchangeRate>();
  const issues: RowIssue[] = [];
  byCurrency.set("CNY", { currency: "CNY", rate: ratePerCny, source: RATE_SETTING_SOURCE });
  byCurrency.set(output, { currency: output, rate: new Money(1), source: OUTPUT_CURRENCY_SOURCE });
  if (!table) return { output, byCurrency, issues };
  const [header = [], ...body] = table.values;
  const index: Partial<Record<keyof typeof HEADERS, number>> = {};
  header.forEach((cell, i) => {
    if (typeof cell !== "string") return;
    const name = normalizeHeader(cell);
    for (const key of Object.keys(HEADERS) as (keyof typeof HEADERS)[])
      if (index[key] === undefined && HEADERS[key].some((h) => normalizeHeader(h) === name))
        index[key] = i;
  });
  const issue = (row: number, column: number | undefined, message: string) =>
    issues.push({
      sheet: table.sheet,
      row,
      column: column === undefined ? "" : columnLetter(table.left + column),
      header: column === undefined ? "" : String(header[column] ?? ""),
      kind: "error",
      message,
    });
  if (index.currency === undefined || index.rate === undefined) {
    issue(table.top, undefined, 'The rates table needs the columns "Currency" and "Rate".');
    return { output, byCurrency, sheet: table.sheet, issues };
  }
  body.forEach((cells, offset) => {
    const row = table.top + 1 + offset;
    if (cells.every((c) => isBlank(c))) return;
    const currency = String(cells[index.currency!] ?? "")
      .trim()
      .toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) {
      issue(row, index.currency, `Currency "${currency}" is not a 3-letter code such as JPY.`);
      return;
    }
    const rateCell = cells[index.rate!];
    let rate: Money | undefined;
    if (!isBlank(rateCell)) {
      const text = String(rateCell).trim();
      if (!/^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) || new Money(text).isZero()) {
        issue(
          row,
          index.rate,
          `Rate "${text}" is not a positive number of ${output} for one ${currency}.`
        );
        return;
      }
      rate = new Money(text);
    }
    if (currency === output) return; // always 1
    let asOf: DayNumber | undefined;
    const asOfCell = index.asOf === undefined ? undefined : cells[index.asOf];
    if (asOfCell !== undefined && !isBlank(asOfCell)) {
      try {
        asOf = readDate(asOfCell, "As of");
      } catch (error) {
        if (!isDomainError(error)) throw error;
        issue(row, index.asOf, error.message);
      }
    }
    const source = index.source === undefined ? "" : String(cells[index.source] ?? "").trim();
    // A blank CNY row keeps the rate setting.
    if (currency === "CNY" && rate === undefined) return;
    byCurrency.set(currency, { currency, rate, asOf, source: source || "rates table", row });
  });
  return { output, byCurrency, sheet: table.sheet, issues };
}

/**
 * An amount in `currency` (already rounded in that currency) converted and rounded to the output
 * currency's unit; undefined when there is no rate (never a silent 0).
 * 10,000 JPY at 0.048 CNY per JPY → 480.00 CNY.
 * @example convertAt(new Money(10000), "JPY", rates)?.toString() //=> "480"
 */
export function convertAt(
  amount: Money,
  currency: string,
  rates: ExchangeRates
): Money | undefined {
  const rate = rates.byCurrency.get(currency)?.rate;
  if (rate === undefined) return undefined;
  return once(rate, rates.output, amount, () => roundToUnit(amount.times(rate), rates.output));
}

/**
 * Conversions made so far, by the rate (and a second key: the output currency, or the CNY rate) and the
 * amount, each a Money object: a portfolio's fees share few amounts (a pack returns one Money for one fee),
 * so each is converted once rather than on every row. Weak: a conversion lives as long as its amount.
 */
const conversions = new WeakMap<Money, Map<string | Money, WeakMap<Money, Money>>>();
function once(rate: Money, key: string | Money, amount: Money, convert: () => Money): Money {
  let byKey = conversions.get(rate);
  if (!byKey) conversions.set(rate, (byKey = new Map()));
  let byAmount = byKey.get(key);
  if (!byAmount) byKey.set(key, (byAmount = new WeakMap()));
  let result = byAmount.get(amount);
  if (!result) byAmount.set(amount, (result = convert()));
  return result;
}

/**
 * An amount in `currency` in CNY, rounded to the fen: through the output currency (rate of the currency ÷
 * rate of CNY); undefined when either rate is missing. Subsidies are computed in CNY from this.
 * 10,000 JPY at 0.048 CNY per JPY (output CNY) → 480.00 CNY.
 * @example toCny(new Money(10000), "JPY", rates)?.toString() //=> "480"
 */
export function toCny(amount: Money, currency: string, rates: ExchangeRates): Money | undefined {
  if (currency === "CNY") return amount;
  const rate = rates.byCurrency.get(currency)?.rate;
  const cny = rates.byCurrency.get("CNY")?.rate;
  if (rate === undefined || cny === undefined) return undefined;
  return once(rate, cny, amount, () => roundToUnit(amount.times(rate).dividedBy(cny), "CNY"));
}

/**
 * Rates dated more than 90 days before the as-of date, as warnings on the rates table's rows.
 * @example staleRates(rates, asOf).length //=> 0 when every rate is recent
 */
export function staleRates(rates: ExchangeRates, asOf: DayNumber, used: Set<string>): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const rate of rates.byCurrency.values()) {
    if (!used.has(rate.currency) || rate.asOf === undefined || rate.row === undefined) continue;
    if (rate.asOf + STALE_RATE_DAYS < asOf)
      issues.push({
        sheet: rates.sheet ?? "",
        row: rate.row,
        column: "",
        header: "",
        kind: "warning",
        message: `The ${rate.currency} rate is dated more than ${STALE_RATE_DAYS} days before the as-of date: update it.`,
        code: "staleRate",
        params: { currency: rate.currency, days: STALE_RATE_DAYS },
      });
  }
  return issues;
}
