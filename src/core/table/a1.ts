/**
 * The column letters of a 0-based column index, as Excel names columns.
 * @example columnLetter(0) //=> "A"
 * @example columnLetter(27) //=> "AB"
 */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Quotes a sheet name for an address when Excel would: `'My sheet'!A1`, `Sheet1!A1`. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}
