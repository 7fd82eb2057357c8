import { DomainError } from "../../errors/domain-error";

/** US patent kinds: utility patents pay maintenance fees; design and plant patents pay none. */
export type UsKind = "utility" | "design" | "plant";
export const US_KINDS: readonly UsKind[] = ["utility", "design", "plant"];

const NAMES: Record<UsKind, readonly string[]> = {
  utility: ["utility", "patent", "invention", "reissue", "特許", "发明", "發明"],
  design: ["design", "意匠", "外观设计", "外觀設計"],
  plant: ["plant", "植物"],
};

/**
 * The US patent kind a user's text names; blank is a utility patent.
 * @example usKind("Design") //=> "design"
 */
export function usKind(value: unknown, field = "kind"): UsKind {
  if (value === null || value === undefined) return "utility";
  const text = String(value).normalize("NFKC").trim().toLowerCase();
  if (text === "") return "utility";
  for (const kind of US_KINDS) if (NAMES[kind].includes(text)) return kind;
  throw new DomainError(
    "invalid-kind",
    field,
    `${field} "${String(value)}" is unknown: use "utility" (default), "design" or "plant".`
  );
}
