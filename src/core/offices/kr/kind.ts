import { DomainError } from "../../errors/domain-error";
import { rightKindFromText } from "../cn/right-kind";

export type KrKind = "patent" | "utility" | "design";
export const KR_KINDS: readonly KrKind[] = ["patent", "utility", "design"];

const KOREAN: Record<string, KrKind> = { 특허: "patent", 실용신안: "utility", 디자인: "design" };

/**
 * The KIPO right a user's text names; blank is a patent. Korean names and the names the CN functions
 * accept are read too.
 * @example krKind("실용신안") //=> "utility"
 */
export function krKind(value: unknown, field = "kind"): KrKind {
  if (value === null || value === undefined) return "patent";
  const text = String(value).normalize("NFKC").trim();
  if (text === "" || text.toLowerCase() === "patent") return "patent";
  if (KOREAN[text]) return KOREAN[text];
  const kind = rightKindFromText(text);
  if (kind === "invention") return "patent";
  if (kind) return kind;
  throw new DomainError(
    "invalid-kind",
    field,
    `${field} "${text}" is unknown: use "patent" (default), "utility" or "design" (also 특허, 실용신안, 디자인).`
  );
}
