/**
 * Every text the user sees, in English, Japanese and Chinese. The task pane picks the language from
 * Office's display language; sheet headers follow it too. A test checks that every key exists in every
 * language, so a new message cannot ship half-translated.
 */
import { Language } from "./language";
import { languageTables } from "./languages";
import { STRINGS_EN, StringKey, Strings } from "./strings-en";

export type { Language } from "./language";
export { languageOf } from "./language";
export type { StringKey, Strings } from "./strings-en";

const en = STRINGS_EN;

/** Every language's texts; Japanese and Chinese come from languages.ts (English until loaded, in a bundle). */
export const STRINGS: Record<Language, Strings> = {
  en,
  get ja() {
    return languageTables("ja").strings ?? en;
  },
  get zh() {
    return languageTables("zh").strings ?? en;
  },
};

/**
 * A translated text with its {placeholders} filled in.
 * @example translate("en", "goToCell", { cell: "Portfolio!C5" }) //=> "Go to Portfolio!C5"
 */
export function translate(
  language: Language,
  key: StringKey,
  values: Record<string, string | number> = {}
): string {
  return STRINGS[language][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match
  );
}
