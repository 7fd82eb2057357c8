/**
 * How Excel turns what is written to `Range.values` or `Range.formulas` into cell contents — the same rules
 * as typing into a cell:
 * - in a cell formatted as Text ("@") every string is kept as text, even "=A1";
 * - a leading apostrophe marks text and is dropped ("'=A1" stores the text "=A1");
 * - "=…", "+…" and "-…" that are not plain numbers, and "@" followed by a letter, are formulas;
 * - plain numbers ("42", "-1.5", "1e3"), percentages ("12.5%") and ISO dates ("2024-03-01") become numbers
 *   (percentages and dates also set a number format when the cell's format is General);
 * - "TRUE"/"FALSE" (any case) become booleans and "#N/A"-style codes become error values;
 * - anything else is text. Booleans stay booleans.
 */
import { civilToSerial } from "./date-serial";

/** A cell error such as #N/A. One shared instance per code. */
export class CellError {
  private static readonly known = new Map<string, CellError>();
  private constructor(readonly code: string) {}

  static of(code: string): CellError {
    let error = CellError.known.get(code);
    if (!error) {
      error = new CellError(code);
      CellError.known.set(code, error);
    }
    return error;
  }
}

/** What a cell can hold as its value. */
export type CellValue = number | string | boolean | CellError;

/** The contents a written input becomes. `value` undefined means an empty cell (or an uncomputed formula). */
export interface ParsedInput {
  readonly value: CellValue | undefined;
  readonly formula: string | undefined;
  /** A number format Excel applies when the cell's format is still General (percent, date). */
  readonly impliedFormat?: string;
}

// Called once per written string: avoid the slow global lookup of Number inside jest's vm sandbox.
const toNumber = Number;

/** The error values a user can type. */
const ERROR_CODES = new Set(["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"]);

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses one written string, number or boolean. `textFormat` is true when the cell's number format is "@".
 *
 * @example
 * parseInput("=SUM(A1:A3)", false, false) //=> { value: undefined, formula: "=SUM(A1:A3)" }
 * parseInput("=SUM(A1:A3)", true, false) //=> { value: "=SUM(A1:A3)", formula: undefined }
 * parseInput("'007", false, false) //=> { value: "007", formula: undefined }
 * parseInput("007", false, false) //=> { value: 7, formula: undefined }
 */
export function parseInput(
  input: string | number | boolean,
  textFormat: boolean,
  use1904: boolean
): ParsedInput {
  if (typeof input !== "string") return { value: input, formula: undefined };
  if (input === "") return { value: undefined, formula: undefined };
  if (textFormat) return { value: input, formula: undefined };
  if (input.startsWith("'")) {
    const text = input.slice(1);
    return { value: text === "" ? undefined : text, formula: undefined };
  }
  if (PLAIN_NUMBER.test(input)) return { value: toNumber(input), formula: undefined };
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE", formula: undefined };
  if (ERROR_CODES.has(upper)) return { value: CellError.of(upper), formula: undefined };
  const first = input[0];
  if (first === "=" && input.length > 1) return { value: undefined, formula: input };
  if ((first === "+" || first === "-") && input.length > 1) {
    return { value: undefined, formula: `=${input}` };
  }
  if (first === "@" && /^@[A-Za-z_]/.test(input)) {
    // Lotus-style "@SUM(A1:A3)" is entered as "=SUM(A1:A3)".
    return { value: undefined, formula: `=${input.slice(1)}` };
  }
  const percent = PERCENT.exec(input);
  if (percent) {
    const decimals = (percent[1].split(".")[1] ?? "").length;
    return {
      value: Number(percent[1]) / 100,
      formula: undefined,
      impliedFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
    };
  }
  const iso = ISO_DATE.exec(input);
  if (iso) {
    const serial = civilToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]), use1904);
    if (serial !== null) return { value: serial, formula: undefined, impliedFormat: "m/d/yyyy" };
  }
  return { value: input, formula: undefined };
}
