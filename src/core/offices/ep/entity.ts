import { DomainError } from "../../errors/domain-error";

/**
 * The EPO's reading of the entity vocabulary (pack-local until the shared vocabulary lands): only "micro"
 * means something, the 30% reduction of Rule 7a(3) EPC for micro-entities, natural persons, non-profit
 * organisations, universities and public research organisations. Blank (or "large") means no reduction;
 * "sme", "small", 中小企業, 小規模企業, 小型实体 and the CN reductions are errors, because the EPO has no
 * such reduction.
 * @example isEpMicro("Micro") //=> true
 */
export function isEpMicro(entity: string | undefined): boolean {
  if (entity === undefined) return false;
  const value = entity.trim().toLowerCase();
  if (value === "" || value === "large") return false;
  if (value === "micro") return true;
  throw new DomainError(
    "invalid-entity",
    "entity",
    `entity "${entity}" means nothing at the EPO: its only reduction is "micro" (30% off for micro-entities, natural persons, non-profits, universities and public research bodies); leave it blank otherwise.`
  );
}
