import totalWords from "../../data/ledger-total-words.json";
import { isBlank } from "./cell-readers";

const WORDS: string[] = totalWords.words.map((word) => word.normalize("NFKC").toLowerCase());

/**
 * The characters a total row's text can open with (each word's first). A text opening with another
 * printable ASCII character cannot be one: NFKC keeps that character, or composes it with the marks
 * after it into a letter that is not ASCII; lower case and the removal of spaces leave it first.
 */
const FIRST_CHARACTERS = new Set(WORDS.map((word) => word.charCodeAt(0)));

/**
 * True for a ledger's total row: its first non-blank cell is 合计, 合計, Total, Subtotal … (the words in
 * src/data/ledger-total-words.json), alone or followed by a colon, a count or a counter ("合计：12件",
 * "Total 7"). Excel's own table totals row starts with "Total" (集計, 汇总 in Japanese and Chinese Excel),
 * so it is caught by the same rule. A title such as "Total station" is not: a letter after the word.
 * @example isTotalRow(["合计", "", "", 111400]) //=> true
 * @example isTotalRow(["CN2020101234567", "Total station"]) //=> false
 */
export function isTotalRow(cells: unknown[]): boolean {
  const first = cells.find((cell) => !isBlank(cell));
  if (typeof first !== "string") return false;
  // An ID such as "CN2020…" on every row: answered without normalising it.
  const opening = first.charCodeAt(0);
  if (opening > 32 && opening < 127 && !FIRST_CHARACTERS.has(opening | (isUpper(opening) ? 32 : 0)))
    return false;
  const text = first.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  return WORDS.some((word) => {
    if (!text.startsWith(word)) return false;
    const rest = text.slice(word.length);
    return /^[:：]?[\d,.]*(件|项|項|个|個|rights?|patents?|items?)?[)）]?$/u.test(rest);
  });
}

const isUpper = (code: number) => code >= 65 && code <= 90;
