import { Money } from "../../money/money";
import { isBlank, readNumber, single } from "../../table/cell-readers";
import { parseReduction } from "./reduction";
import { RightKind, parseRightKind } from "./right-kind";

/** The right kind; blank means invention. */
export function readKind(value: unknown, field = "kind"): RightKind {
  const one = single(value, field);
  if (isBlank(one)) return "invention";
  if (typeof one !== "string") return parseRightKind(String(one), field);
  return parseRightKind(one, field);
}

/** The fee reduction as a fraction; blank means none. Text such as "85%" is read as 85 percent. */
export function readReduction(value: unknown, field = "reduction"): Money {
  const one = single(value, field);
  if (isBlank(one)) return new Money(0);
  if (typeof one === "string" && /^\s*\d+(\.\d+)?\s*%\s*$/.test(one)) {
    return parseReduction(Number(one.replace("%", "")), field);
  }
  return parseReduction(readNumber(one, field, "a reduction such as 0.85 or 85"), field);
}
