import { packOf } from "../offices/registry";
import { readPortfolio } from "../portfolio/read-portfolio";
import { SourceGrid } from "../table/grid";
import { CellValue, OutputColumn } from "../table/table-schema";

/** The workbook table of exchange rates a run reads (found by this name). */
export const RATE_TABLE_NAME = "IPRates";

/** Currency, rate (units of the output currency for one unit of the currency), as-of date, source. */
export const RATE_TABLE_COLUMNS: OutputColumn[] = [
  { header: "Currency", format: "text" },
  { header: "Rate", format: "general" },
  { header: "As of", format: "date" },
  { header: "Source", format: "text" },
];

/**
 * The starting rows of the rates table: one per currency the portfolio's offices charge in, CNY first.
 * No rates are bundled: every rate starts blank except the output currency (1) and CNY, which starts at
 * the pane's "rate per CNY" setting.
 * @example rateTableRows(grid, "CNY", "1")[0] //=> ["CNY", 1, "", "output currency"]
 */
export function rateTableRows(
  portfolio: SourceGrid | undefined,
  output: string,
  ratePerCny: string
): CellValue[][] {
  const currencies = new Set<string>(["CNY"]);
  if (portfolio)
    for (const right of readPortfolio(portfolio).officeRights) {
      const currency = packOf(right.office)?.currency;
      if (currency) currencies.add(currency);
    }
  return [...currencies].map((currency): CellValue[] => {
    if (currency === output) return [currency, 1, "", "output currency"];
    if (currency === "CNY") {
      const rate = Number(ratePerCny);
      return [currency, Number.isFinite(rate) && rate > 0 ? rate : "", "", "rate setting"];
    }
    return [currency, "", "", ""];
  });
}
