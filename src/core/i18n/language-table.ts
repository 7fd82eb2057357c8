import { Language } from "./language";
import { LanguageTables, languageTables } from "./languages";

/**
 * The `part` table of `language`, or English's when that language's has not arrived (a bundle fetches
 * the tables, languages-on-demand.ts; a page fetches its language, or English if that fails, before it
 * shows text). Neither there is a bug of the page, said as such.
 * @example languageTable("strings", "ja").cancel //=> "キャンセル"
 */
export function languageTable<P extends keyof LanguageTables>(
  part: P,
  language: Language
): NonNullable<LanguageTables[P]> {
  const table = languageTables(language)[part] ?? languageTables("en")[part];
  if (!table) throw new Error(`The ${part} texts are not loaded: loadPaneLanguage first.`);
  return table as NonNullable<LanguageTables[P]>;
}
