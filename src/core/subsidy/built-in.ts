import subsidiesData from "../../data/subsidies.json";
import { loadProgrammes } from "./load-programmes";
import { Programme } from "./programme";

/**
 * The subsidy programmes shipped with the add-in (`src/data/subsidies.json`), validated when this module
 * is first imported, so a broken data file fails every test run rather than a cell months later.
 * Sorted by id: CNIPA-2021 (limit), JP-JETRO, SZ-2021, SZ-2022, SZ-HETAO (draft), SZ-INS-2024.
 * @example BUILT_IN_PROGRAMMES.map((programme) => programme.id).includes("SZ-2021") //=> true
 */
export const BUILT_IN_PROGRAMMES: readonly Programme[] = loadProgrammes(subsidiesData);
