import type { SubsidyCells } from "./subsidy-family";
import { onDemand } from "./on-demand";

/*
 * The bundles' subsidy-family.ts (webpack.config.js puts it in its place): SUBSIDY's code and the subsidy
 * programmes' figures are not in the functions runtime's own files (they are in with-pane.js, with the
 * finance functions' and what the pane needs on open), fetched on the first SUBSIDY call.
 */

/**
 * Runs `call` with SUBSIDY's code: at once when it is loaded, else a Promise of the result.
 * @example await subsidyCells((c) => c.subsidy("SZ-2021", "grant", "US", "2021-05-01")) //=> 40000
 */
export const subsidyCells = onDemand<SubsidyCells>(
  () => import(/* webpackChunkName: "subsidy-cells" */ "./subsidy-cells")
);
