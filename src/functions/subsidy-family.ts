import * as cells from "./subsidy-cells";

/*
 * SUBSIDY's code, always present: what tests and tsc see. The bundles use subsidy-family-on-demand.ts in
 * its place (webpack.config.js), which fetches it on the first call.
 */

export type SubsidyCells = typeof cells;

/**
 * Runs `call` with SUBSIDY's code.
 * @example subsidyCells((c) => c.subsidy("SZ-2021", "grant", "US", "2021-05-01")) //=> 40000
 */
export function subsidyCells<T>(call: (code: SubsidyCells) => T): T {
  return call(cells);
}
