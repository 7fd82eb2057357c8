/* The functions runtime's entry: every file of scripts/function-files.cjs, so each function is bundled and
 * associated (the metadata plugin appends the associate calls to each listed file). */
export * from "./functions";
export * from "./europe";
export * from "./jp-kr-us";
export * from "./finance";
export * from "./offices";
export * from "./cn-next-payment";

// Cell errors in Excel's language: its message tables load on their own once Office is ready.
import { preloadCellErrorLanguage } from "./cell-errors";
preloadCellErrorLanguage();
