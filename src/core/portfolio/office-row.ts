import { DomainError } from "../errors/domain-error";
import { epEntity, jpEntity, krEntity, usEntity } from "../offices/entity";
import { OfficeCode } from "../offices/office-pack";
import { PatentType, officeKindOf } from "../offices/registry";
import { isBlank } from "../table/cell-readers";

/**
 * The number of claims in a portfolio cell: blank is undefined; otherwise a whole number from 1 (a number
 * or a text such as "12"). A DomainError says what is wrong.
 * @example readClaims("12") //=> 12
 */
export function readClaims(value: unknown, field = "Claims"): number | undefined {
  if (value === undefined || isBlank(value)) return undefined;
  const number =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (!Number.isInteger(number) || number < 1)
    throw new DomainError(
      "invalid-number",
      field,
      `${field} "${String(value)}" is not a number of claims: give a whole number from 1.`,
      { key: "claimsNotNumber", params: { value: String(value) } }
    );
  return number;
}

/**
 * Whether an office's fee for this kind depends on the number of claims (JP patents and utility models,
 * KR patents: docs/offices/jp.md, docs/offices/kr.md): the claims column is then required.
 * @example claimsRequired("JP", "patent") //=> true
 */
export function claimsRequired(office: OfficeCode, kind: string): boolean {
  return (office === "JP" && kind !== "design") || (office === "KR" && kind === "patent");
}

/**
 * Checks an entity (size) cell against the office's vocabulary (src/core/offices/entity.ts); throws the
 * DomainError that says what the office accepts. Offices without reductions in our data (UP, DE, FR, NL, GB,
 * KR) take blank or "large" only.
 * @example checkEntity("US", "micro") //=> undefined (no error)
 */
export function checkEntity(office: OfficeCode, value: unknown, field = "Entity"): void {
  if (value === undefined || isBlank(value)) return;
  switch (office) {
    case "JP":
      jpEntity(value, field);
      return;
    case "US":
      usEntity(value, field);
      return;
    case "EP":
      epEntity(value, field);
      return;
    case "KR":
      krEntity(value, field);
      return;
    case "CN":
      return;
    default: {
      const text = String(value).trim().toLowerCase();
      if (["large", "none", "大企業", "大型实体", "大企业"].includes(text)) return;
      throw new DomainError(
        "invalid-entity",
        field,
        `${field} "${String(value)}" means nothing for ${office}: no fee reduction of that office is in our data, so leave it blank.`,
        { key: "entityMeaningless", params: { value: String(value), office } }
      );
    }
  }
}

/**
 * The office's own kind for a portfolio right type, or a DomainError saying the office has no data for it.
 * @example officeKindOrError("DE", "utility") // throws: "DE has no fee data for a utility model …"
 */
export function officeKindOrError(office: OfficeCode, type: PatentType): string {
  const kind = officeKindOf(office, type);
  if (kind === undefined) {
    const words: Record<PatentType, string> = {
      invention: "an invention patent",
      utility: "a utility model",
      design: "a design",
    };
    throw new DomainError(
      "invalid-kind",
      "Right type",
      `${office} has no fee data here for ${words[type]}: only ${office === "US" ? "utility and design patents" : "patents"} of ${office} are projected.`,
      {
        key: office === "US" ? "officeNoKindUs" : "officeNoKind",
        params: { office, type: words[type] },
      }
    );
  }
  return kind;
}
