/**
 * A header as we compare it: NFKC (full-width letters to half-width), lower case, without spaces and
 * punctuation, so "Filing Date:" and "filing_date" name the same column.
 */
/**
 * @example normalizeHeader("Filing Date:") //=> "filingdate" */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s._\-:()（）/#№・]+/gu, "");
}
