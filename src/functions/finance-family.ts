import * as cells from "./finance-cells";

/*
 * The finance functions' code, always present: what tests and tsc see. The bundles use
 * finance-family-on-demand.ts in its place (webpack.config.js), which fetches it on the first call.
 */

export type FinanceCells = typeof cells;

/**
 * Runs `call` with the finance functions' code.
 * @example financeCells((c) => c.lpr(45658)) //=> 0.031
 */
export function financeCells<T>(call: (code: FinanceCells) => T): T {
  return call(cells);
}
