import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { isBlank, readNumber, single } from "../../table/cell-readers";
import { parseReduction } from "./reduction";
import { CN_RULES } from "./rules";
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
    // A percent sign means percent: "85%" is 0.85, and "0.85%" is 0.0085, which no statutory rate matches.
    const percent = Number(one.replace("%", ""));
    const statutory = CN_RULES.statutoryReductions.some((rate) => rate.times(100).equals(percent));
    if (percent !== 0 && !statutory) {
      throw new DomainError(
        "invalid-reduction",
        field,
        `${field} "${one.trim()}" is a reduction of ${percent / 100}, which no statutory rate matches: give 85% (one owner pays 15%) or 70% (several pay 30%).`,
        { key: "reductionNotStatutory", params: { value: one.trim(), rate: percent / 100 } }
      );
    }
    return parseReduction(percent / 100, field);
  }
  return parseReduction(readNumber(one, field, "a reduction such as 0.85 or 85"), field);
}
