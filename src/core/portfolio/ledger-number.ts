/**
 * An application number as we compare it, so one right typed two ways is one right: full-width characters
 * to ASCII (NFKC), spaces removed, upper case, the CN country prefix and the ZL prefix of a Chinese patent
 * number (专利号 ZL 2020 1 0123456.7 is application 202010123456.7) dropped, and the dot before the check
 * digit (a digit or X) removed. The number shown to the user stays as typed; only comparisons use this.
 * @example normalizeApplicationNumber("ZL 2020 1 0123456.7") //=> "2020101234567"
 * @example normalizeApplicationNumber("ＣＮ２０２０１０１２３４５６７") //=> "2020101234567"
 */
export function normalizeApplicationNumber(text: string): string {
  // Numbers typed in ASCII without spaces (nearly all): NFKC leaves ASCII as it is, so the same steps are
  // taken by hand, without a normalisation and three regular expressions per row.
  if (isPlainAscii(text)) return withoutPrefixAndDot(text.toUpperCase());
  return text
    .normalize("NFKC")
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/^(CN|ZL)+(?=\d)/, "")
    .replace(/\.([\dX])$/, "$1");
}

/** True for text of printable ASCII characters only (no space, no control character, nothing else). */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code >= 127) return false;
  }
  return true;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * The last two steps of normalizeApplicationNumber on upper-case text without spaces: /^(CN|ZL)+(?=\d)/
 * (every leading CN or ZL, when a digit follows the last one: fewer would leave a C or Z before it) and
 * /\.([\dX])$/ (the dot before a final digit or X).
 */
function withoutPrefixAndDot(text: string): string {
  let start = 0;
  while (text.startsWith("CN", start) || text.startsWith("ZL", start)) start += 2;
  if (start > 0 && !isDigit(text.charCodeAt(start))) start = 0;
  let end = text.length;
  let last = "";
  if (end - start >= 2 && text.charCodeAt(end - 2) === 46) {
    const code = text.charCodeAt(end - 1);
    if (isDigit(code) || code === 88) {
      last = text[end - 1];
      end -= 2;
    }
  }
  return start === 0 && last === "" ? text : text.slice(start, end) + last;
}
