import { languageTable } from "./language-table";
import type { LedgerStringKey, LedgerStrings } from "./ledger-strings-en";
import { Language } from "./strings";

/**
 * What the ledger reading says (source, column map, rows skipped, duplicates) and the column names it
 * shows, in English, Japanese and Chinese: the one place these messages are worded. Every message is a
 * key with {parameters}; a test checks each key in each language uses the same parameters.
 */
export type { LedgerStringKey, LedgerStrings } from "./ledger-strings-en";

/** Every language's messages, from languages.ts (in a bundle, as each page fetched them). */
export const LEDGER_STRINGS: Record<Language, LedgerStrings> = {
  get en() {
    return languageTable("ledger", "en");
  },
  get ja() {
    return languageTable("ledger", "ja");
  },
  get zh() {
    return languageTable("ledger", "zh");
  },
};

/**
 * A ledger message in the user's language with its {parameters} filled in.
 * @example ledgerText("en", "ledgerBlankRows", { rows: "8, 10" }) //=> "Blank rows skipped: 8, 10."
 */
export function ledgerText(
  language: Language,
  key: LedgerStringKey,
  values: Record<string, string | number> = {}
): string {
  return LEDGER_STRINGS[language][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match
  );
}
