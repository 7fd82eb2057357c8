import { FeeError } from "../errors/fee-error";
import { isBlank, readNumber } from "./cell-readers";

/**
 * Readers for the office functions' arguments, beside those of cell-readers.ts: a one-cell range is its
 * value, a larger range in a scalar argument is an error, blank is undefined.
 */
export function readCell(value: unknown, field: string): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  throw new FeeError(
    "invalid-number",
    field,
    `${field} is a range of several cells: give one cell or value.`
  );
}

/** An optional whole count such as the number of claims; blank is undefined (the core then asks for it). */
export function readOptionalCount(value: unknown, field: string, what: string): number | undefined {
  const one = readCell(value, field);
  if (isBlank(one)) return undefined;
  return readNumber(one, field, what);
}
