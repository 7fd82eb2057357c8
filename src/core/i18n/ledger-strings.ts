import { languageTables } from "./languages";
import { LEDGER_STRINGS_EN, LedgerStringKey, LedgerStrings } from "./ledger-strings-en";
import { Language } from "./strings";

/**
 * What the ledger reading says (source, column map, rows skipped, duplicates) and the column names it
 * shows, in English, Japanese and Chinese: the one place these messages are worded. Every message is a
 * key with {parameters}; a test checks each key in each language uses the same parameters.
 */
export type { LedgerStringKey, LedgerStrings } from "./ledger-strings-en";

const en = LEDGER_STRINGS_EN;
/** Every language's messages; Japanese and Chinese come from languages.ts (English until loaded, in a bundle). */
export const LEDGER_STRINGS: Record<Language, LedgerStrings> = {
  en,
  get ja() {
    return languageTables("ja").ledger ?? en;
  },
  get zh() {
    return languageTables("zh").ledger ?? en;
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
