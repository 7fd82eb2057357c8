import { isBlank, readNumber, single } from "./cell-readers";

/** An optional whole count such as the number of claims; blank is undefined (the core then asks for it). */
export function readOptionalCount(value: unknown, field: string, what: string): number | undefined {
  const one = single(value, field);
  if (isBlank(one)) return undefined;
  return readNumber(one, field, what);
}
