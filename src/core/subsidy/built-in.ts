import subsidiesData from "../../data/subsidies.json";
import { BUILT_IN_RULE_ROWS } from "./built-in-figures";
import { RULE_TEXT_KEYS, loadProgrammes } from "./load-programmes";
import { Programme } from "./programme";

/**
 * The subsidy programmes shipped with the add-in (`src/data/subsidies.json`), with their names, conditions
 * and sources, validated when this module is first imported, so a broken data file fails every test run
 * rather than a cell months later. The bundles bring the texts apart from the figures (this module's copy
 * of the file holds only each rule's id and texts: webpack.config.js), so they are joined here by rule id.
 * Sorted by id: CNIPA-2021 (limit), JP-JETRO, SZ-2021, SZ-2022, SZ-HETAO (draft), SZ-INS-2024.
 * @example BUILT_IN_PROGRAMMES.map((programme) => programme.id).includes("SZ-2021") //=> true
 */
export const BUILT_IN_PROGRAMMES: readonly Programme[] = loadProgrammes({
  rules: joinRuleTexts(BUILT_IN_RULE_ROWS, subsidiesData.rules),
});

/**
 * Each row with the text keys of the row of `texts` that has its id (a row without one stays as it is,
 * and the loader then names its missing source).
 * @example joinRuleTexts([{ id: "A", amount: "1" }], [{ id: "A", source: "S" }]) //=> [{ id: "A", amount: "1", source: "S" }]
 */
export function joinRuleTexts(
  rows: readonly Record<string, unknown>[],
  texts: readonly Record<string, unknown>[]
): Record<string, unknown>[] {
  const byId = new Map(texts.map((row) => [row.id, row]));
  return rows.map((row) => {
    const found = byId.get(row.id);
    if (!found) return row;
    const joined = { ...row };
    for (const key of RULE_TEXT_KEYS) if (found[key] !== undefined) joined[key] = found[key];
    return joined;
  });
}
