import { DomainError } from "../errors/domain-error";
import { DayNumber, dayFromCivil, isValidCivil } from "./civil";
import { dayFromSerial, serialFromDay } from "./excel-serial";
import { civilOfEraDate } from "./japanese-era";

/**
 * The date texts the product accepts: ISO `2021-07-09`, `2021/7/9` (the form Chinese and Japanese Excel
 * shows), `2021.7.9` (common in Chinese ledgers), `2021年7月9日`, and Japanese era dates (令和3年7月9日,
 * R3.7.9). Full-width digits are read as digits, and a midnight time after the date (`2020-07-09
 * 00:00:00`, what a date-time column exported as text looks like) is dropped. Anything else is an error
 * that names the accepted forms, never a guess: `07/09/2021` means July in the US and September elsewhere.
 */
const DATE_PATTERNS: RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/,
];

export const DATE_FORMS_HELP = "a date, or text as yyyy-mm-dd, yyyy/mm/dd or yyyy年m月d日";

/**
 * The day number of a date text, or an error naming the accepted forms.
 * @example parseDateText("2018年7月9日") //=> 17721 (2018-07-09)
 */
export function parseDateText(text: string, field = "date"): DayNumber {
  const trimmed = text.trim();
  // NFKC turns full-width digits and punctuation (２０２２／３／４) into ASCII; a time of 00:00 is the
  // date itself, any other time is not a day we should round to.
  const plain = trimmed
    .normalize("NFKC")
    .replace(/[T\s]+0{1,2}:00(:00(\.0+)?)?$/, "")
    .trim();
  const era = civilOfEraDate(plain);
  const candidates: [number, number, number][] = era ? [era] : [];
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(plain);
    if (match) candidates.push([Number(match[1]), Number(match[2]), Number(match[3])]);
  }
  for (const [year, month, day] of candidates) {
    if (!isValidCivil(year, month, day)) {
      throw new DomainError(
        "invalid-date",
        field,
        `${field} "${trimmed}" is not a calendar date.`,
        {
          key: "dateNotCalendar",
          params: { value: trimmed },
        }
      );
    }
    // Route through the serial check so text dates obey the same 1900-03-01 … 9999-12-31 range.
    return dayFromSerial(serialFromDay(dayFromCivil(year, month, day)), field);
  }
  throw new DomainError(
    "invalid-date",
    field,
    `${field} "${trimmed}" is not a date: give ${DATE_FORMS_HELP}.`,
    { key: "dateTextNotDate", params: { value: trimmed } }
  );
}
