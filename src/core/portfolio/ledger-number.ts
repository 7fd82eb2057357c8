/**
 * An application number as we compare it, so one right typed two ways is one right: full-width characters
 * to ASCII (NFKC), spaces removed, upper case, the CN country prefix and the ZL prefix of a Chinese patent
 * number (专利号 ZL 2020 1 0123456.7 is application 202010123456.7) dropped, and the dot before the check
 * digit (a digit or X) removed. The number shown to the user stays as typed; only comparisons use this.
 * @example normalizeApplicationNumber("ZL 2020 1 0123456.7") //=> "2020101234567"
 * @example normalizeApplicationNumber("ＣＮ２０２０１０１２３４５６７") //=> "2020101234567"
 */
export function normalizeApplicationNumber(text: string): string {
  return text
    .normalize("NFKC")
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/^(CN|ZL)+(?=\d)/, "")
    .replace(/\.([\dX])$/, "$1");
}
