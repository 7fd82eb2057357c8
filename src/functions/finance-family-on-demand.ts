import type { FinanceCells } from "./finance-family";
import { onDemand } from "./on-demand";

/*
 * The bundles' finance-family.ts (webpack.config.js puts it in its place): the finance functions' code and
 * data are not in the functions runtime's own files (they are in with-pane.js, with SUBSIDY's and what the
 * pane needs on open), fetched on the first finance call, so the functions runtime does not download
 * them when a workbook uses none.
 */

/**
 * Runs `call` with the finance functions' code: at once when it is loaded, else a Promise of the result.
 * @example await financeCells((c) => c.lpr(45658)) //=> 0.031
 */
export const financeCells = onDemand<FinanceCells>(
  () => import(/* webpackChunkName: "finance-cells" */ "./finance-cells")
);
