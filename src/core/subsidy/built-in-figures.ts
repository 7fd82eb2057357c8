import subsidiesData from "../../data/subsidies.json";
import { loadProgrammes } from "./load-programmes";
import { Programme } from "./programme";

/**
 * The rule rows of the subsidy programmes shipped with the add-in (`src/data/subsidies.json`). The bundles
 * hold them without their texts (names, conditions, sources: webpack.config.js), which built-in.ts adds
 * back for the pane; tests read the whole file.
 */
export const BUILT_IN_RULE_ROWS: readonly Record<string, unknown>[] = subsidiesData.rules;

/**
 * The built-in programmes' figures, all IP.SUBSIDY computes with: every rule of BUILT_IN_PROGRAMMES
 * (built-in.ts) with its amounts, dates and matching, but an empty name and source and no conditions, so
 * the custom functions fetch no text they never show. Validated when this module is first imported.
 * @example BUILT_IN_PROGRAMME_FIGURES.find((programme) => programme.id === "SZ-2021")?.name //=> ""
 */
export const BUILT_IN_PROGRAMME_FIGURES: readonly Programme[] = loadProgrammes(
  { rules: BUILT_IN_RULE_ROWS },
  "subsidies.json",
  false
);
