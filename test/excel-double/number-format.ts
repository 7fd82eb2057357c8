/**
 * An approximation of Excel's display text (`Range.text`) for the number formats an add-in typically sets:
 * General, "0", "0.00", "#,##0", "#,##0.00", percentages, currency literals ("¥#,##0.00", "[$¥-804]#,##0"),
 * "@", and date/time formats built from y, m, d, h, s tokens ("yyyy-mm-dd", "m/d/yyyy", "hh:mm").
 * Text is en-US: "." decimal separator and "," thousands separator. Scientific, fraction and conditional
 * formats fall back to General.
 */
import { serialToCivil } from "./date-serial";

// Module-level aliases and caches: `text` and AutoFit format every cell, and global lookups are very slow
// inside jest's vm sandbox.
const { abs, round } = Math;
const isInteger = Number.isInteger;
const toText = String;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const sectionCache = new Map<string, string[]>();
const tokenCache = new Map<string, Token[]>();

/** `splitSections`, remembered per format string. */
function sections(format: string): string[] {
  let found = sectionCache.get(format);
  if (!found) {
    found = splitSections(format);
    sectionCache.set(format, found);
  }
  return found;
}

/** `tokenizeSection`, remembered per section string. */
function tokenize(section: string): Token[] {
  let found = tokenCache.get(section);
  if (!found) {
    found = tokenizeSection(section);
    tokenCache.set(section, found);
  }
  return found;
}

/** Splits a format into its ";" sections, ignoring ";" inside quotes or after a backslash. */
function splitSections(format: string): string[] {
  const result: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      result.push(current);
      current = "";
    } else current += ch;
  }
  result.push(current);
  return result;
}

/** A format section reduced to literal text and format codes: quotes, escapes, [color] and [$¥-804]. */
interface Token {
  readonly literal: boolean;
  readonly text: string;
}

function tokenizeSection(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ literal: true, text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\" && i + 1 < section.length) {
      tokens.push({ literal: true, text: section[++i] });
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      // [$¥-804] shows its currency symbol; [Red] and [>100] change nothing we render.
      if (inner.startsWith("$")) tokens.push({ literal: true, text: inner.slice(1).split("-")[0] });
      i = stop;
    } else if (ch === "_" && i + 1 < section.length) {
      tokens.push({ literal: true, text: " " });
      i++;
    } else if (ch === "*" && i + 1 < section.length) {
      i++;
    } else {
      tokens.push({ literal: false, text: ch });
    }
  }
  return tokens;
}

function codeText(tokens: Token[]): string {
  return tokens
    .filter((t) => !t.literal)
    .map((t) => t.text)
    .join("");
}

/** How a format section shows numbers. */
type SectionKind = "general" | "date" | "scientific" | "numeric";

const kindCache = new Map<string, SectionKind>();

function sectionKind(section: string): SectionKind {
  let kind = kindCache.get(section);
  if (!kind) {
    const code = codeText(tokenize(section));
    const lower = code.toLowerCase();
    if (/^general$/i.test(code.trim()) || code.trim() === "") kind = "general";
    else if (/[dyhs]/.test(lower) || (/m/.test(lower) && !/[0#?]/.test(lower))) kind = "date";
    else if (/[eE][+-]/.test(code)) kind = "scientific";
    else kind = "numeric";
    kindCache.set(section, kind);
  }
  return kind;
}

/** True when a format shows numbers as dates or times. */
export function isDateFormat(format: string): boolean {
  return sectionKind(sections(format)[0]) === "date";
}

/**
 * Excel's General format: integers as they are, others rounded to fit 11 characters, very large or very
 * small magnitudes in scientific notation.
 *
 * @example
 * formatGeneral(1 / 3) //=> "0.333333333"
 * formatGeneral(1234567) //=> "1234567"
 */
export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const magnitude = abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? "-" : "+"}${toText(abs(exp)).padStart(2, "0")}`;
  }
  if (isInteger(value)) return toText(value);
  for (let decimals = 10; decimals >= 0; decimals--) {
    const text = value
      .toFixed(decimals)
      .replace(/(\.\d*?)0+$/, "$1")
      .replace(/\.$/, "");
    if (text.length <= 11) return text;
  }
  return toText(round(value));
}

function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A numeric section compiled once: literal text around one number pattern. */
interface NumericPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly percent: boolean;
  readonly decimals: number;
  readonly optionalDecimals: RegExp | null;
  readonly minimumIntegers: number;
  readonly grouped: boolean;
  readonly point: boolean;
  /** A section with no digit placeholder shows only its literal text. */
  readonly literalOnly: boolean;
}

const numericCache = new Map<string, NumericPattern>();

function compileNumeric(section: string): NumericPattern {
  const cached = numericCache.get(section);
  if (cached) return cached;
  const tokens = tokenize(section);
  // Literal text shows as written; stray digit placeholders and scaling commas outside the number vanish.
  const render = (part: Token[]) =>
    part.map((t) => (t.literal ? t.text : t.text.replace(/[#0?,]/g, ""))).join("");
  const firstDigit = tokens.findIndex((t) => !t.literal && /[0#?]/.test(t.text));
  let lastDigit = firstDigit;
  for (let i = firstDigit; firstDigit >= 0 && i < tokens.length; i++) {
    if (!tokens[i].literal && /[0#?.,]/.test(tokens[i].text)) lastDigit = i;
    else break;
  }
  const pattern =
    firstDigit < 0
      ? ""
      : tokens
          .slice(firstDigit, lastDigit + 1)
          .map((t) => t.text)
          .join("");
  const [integerPattern, decimalPattern = ""] = pattern.split(".");
  const optional = (decimalPattern.match(/#/g) ?? []).length;
  const compiled: NumericPattern = {
    prefix:
      firstDigit < 0 ? tokens.map((t) => t.text).join("") : render(tokens.slice(0, firstDigit)),
    suffix: firstDigit < 0 ? "" : render(tokens.slice(lastDigit + 1)),
    percent: codeText(tokens).includes("%"),
    decimals: (decimalPattern.match(/[0#?]/g) ?? []).length,
    optionalDecimals: optional > 0 ? new RegExp(`0{1,${optional}}$`) : null,
    minimumIntegers: (integerPattern.match(/0/g) ?? []).length,
    grouped: integerPattern.includes(","),
    point: pattern.includes("."),
    literalOnly: firstDigit < 0,
  };
  numericCache.set(section, compiled);
  return compiled;
}

/** Renders a non-negative number with a numeric section such as "#,##0.00", "0%" or "¥#,##0". */
function formatNumeric(value: number, section: string): string {
  const p = compileNumeric(section);
  if (p.literalOnly) return p.prefix;
  const fixed = abs(p.percent ? value * 100 : value).toFixed(p.decimals);
  const point = fixed.indexOf(".");
  let integerDigits = point < 0 ? fixed : fixed.slice(0, point);
  let fraction = point < 0 ? "" : fixed.slice(point + 1);
  if (integerDigits === "0" && p.minimumIntegers === 0) integerDigits = "";
  if (integerDigits.length < p.minimumIntegers) {
    integerDigits = integerDigits.padStart(p.minimumIntegers, "0");
  }
  if (p.grouped && integerDigits.length > 3) integerDigits = groupThousands(integerDigits);
  if (p.optionalDecimals) fraction = fraction.replace(p.optionalDecimals, "");
  const body = p.point ? `${integerDigits}.${fraction}` : integerDigits;
  return p.prefix + body + p.suffix;
}

function pad2(n: number): string {
  return toText(n).padStart(2, "0");
}

/** Renders a serial with a date/time section such as "yyyy-mm-dd", "m/d/yyyy" or "d-mmm-yy h:mm AM/PM". */
function formatDate(value: number, tokens: Token[], use1904: boolean): string | null {
  const date = serialToCivil(value, use1904);
  if (!date) return null;
  const twelveHour = /am\/pm|a\/p/i.test(codeText(tokens));
  let out = "";
  let previousWasHour = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.literal) {
      out += token.text;
      continue;
    }
    const lower = token.text.toLowerCase();
    let run = token.text;
    while (
      i + 1 < tokens.length &&
      !tokens[i + 1].literal &&
      tokens[i + 1].text.toLowerCase() === lower &&
      /[ymdhs]/.test(lower)
    ) {
      run += tokens[++i].text;
    }
    const n = run.length;
    if (lower === "a" && /^am\/pm/i.test(codeText(tokens.slice(i)))) {
      out += date.hours < 12 ? "AM" : "PM";
      i += 4;
      continue;
    }
    switch (lower) {
      case "y":
        out += n <= 2 ? pad2(date.year % 100) : toText(date.year);
        break;
      case "m": {
        const rest = codeText(tokens.slice(i + 1)).toLowerCase();
        const minutes = previousWasHour || /^[^a-z]*s/.test(rest);
        if (minutes && n <= 2) out += n === 1 ? toText(date.minutes) : pad2(date.minutes);
        else if (n === 1) out += toText(date.month);
        else if (n === 2) out += pad2(date.month);
        else if (n === 3) out += MONTHS[date.month - 1].slice(0, 3);
        else if (n === 5) out += MONTHS[date.month - 1][0];
        else out += MONTHS[date.month - 1];
        break;
      }
      case "d":
        if (n === 1) out += toText(date.day);
        else if (n === 2) out += pad2(date.day);
        else if (n === 3) out += WEEKDAYS[date.weekday].slice(0, 3);
        else out += WEEKDAYS[date.weekday];
        break;
      case "h": {
        const hours = twelveHour ? date.hours % 12 || 12 : date.hours;
        out += n === 1 ? toText(hours) : pad2(hours);
        break;
      }
      case "s":
        out += n === 1 ? toText(date.seconds) : pad2(date.seconds);
        break;
      default:
        out += token.text;
    }
    // Separators such as ":" do not end the hour context: "hh:mm" is hours and minutes.
    if (/[ymdhs]/.test(lower)) previousWasHour = lower === "h";
  }
  return out;
}

/**
 * The text Excel would display for a value under a number format (en-US, column wide enough).
 *
 * @example
 * displayText(45352, "yyyy-mm-dd", false) //=> "2024-03-01"
 * displayText(1234567.891, "#,##0", false) //=> "1,234,568"
 * displayText(true, "General", false) //=> "TRUE"
 */
export function displayText(
  value: number | string | boolean | null,
  format: string,
  use1904: boolean
): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "" || format === "@") return formatGeneral(value);
  const parts = sections(format);
  let section = parts[0];
  let number = value;
  if (value < 0 && parts.length >= 2 && parts[1].length > 0) {
    section = parts[1];
    number = -value;
  } else if (value === 0 && parts.length >= 3 && parts[2].length > 0) {
    section = parts[2];
  }
  switch (sectionKind(section)) {
    case "general":
    case "scientific":
      return formatGeneral(value);
    case "date":
      return formatDate(value, tokenize(section), use1904) ?? "#".repeat(11);
  }
  const text = formatNumeric(number, section);
  return number < 0 ? `-${text}` : text;
}
