import { officeCodeOf } from "../offices/office-names";

/**
 * The office code of a jurisdiction cell: blank is CN (the add-in's home office); names in English,
 * Chinese or Japanese and office acronyms become their code. A DomainError names the accepted forms.
 * @example officeOfCell("") //=> "CN"
 * @example officeOfCell("米国") //=> "US"
 * @example officeOfCell("uspto") //=> "US"
 * @example officeOfCell("pct") //=> "PCT"
 */
export function officeOfCell(text: string, field = "Jurisdiction"): string {
  return text.trim() === "" ? "CN" : officeCodeOf(text, field);
}
