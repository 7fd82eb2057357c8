/**
 * Every text the user sees, in English, Japanese and Chinese. The task pane picks the language from
 * Office's display language; sheet headers follow it too. A test checks that every key exists in every
 * language, so a new message cannot ship half-translated.
 */
import { Language } from "./language";
import { languageTable } from "./language-table";
import type { StringKey, Strings } from "./strings-en";

export type { Language } from "./language";
export { languageOf } from "./language";
export type { StringKey, Strings } from "./strings-en";

/** Every language's texts, from languages.ts (in a bundle, as each page fetched them). */
export const STRINGS: Record<Language, Strings> = {
  get en() {
    return languageTable("strings", "en");
  },
  get ja() {
    return languageTable("strings", "ja");
  },
  get zh() {
    return languageTable("strings", "zh");
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
