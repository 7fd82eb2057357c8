/* The functions runtime's entry: every file of scripts/function-files.cjs, so each function is bundled and
 * associated (the metadata plugin appends the associate calls to each listed file). */
export * from "./functions";
export * from "./europe";
export * from "./jp-kr-us";
export * from "./finance";
export * from "./offices";
export * from "./cn-next-payment";
