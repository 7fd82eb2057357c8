/**
 * Orders two texts by UTF-16 code units: the same result on every machine and in every locale, which
 * `localeCompare` does not promise. Every sort in the subsidy engine uses it, so results never depend on
 * where they are computed or on the order of input rows.
 * @example ["b", "B", "a"].sort(compareText) //=> ["B", "a", "b"]
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
