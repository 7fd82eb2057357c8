import { DomainError } from "../../errors/domain-error";
import { rightKindFromText } from "../cn/right-kind";
import { JpKind } from "./jp-data";

export const JP_KINDS: readonly JpKind[] = ["patent", "utility", "design"];

export const JP_KIND_HELP = '"patent" (default), "utility" or "design" (also 特許, 実用新案, 意匠)';

/**
 * The JPO right a user's text names; blank is a patent. The Chinese and Japanese names the CN functions
 * accept are accepted here too ("invention" and 特許 are a patent).
 * @example jpKind("実用新案") //=> "utility"
 */
export function jpKind(value: unknown, field = "kind"): JpKind {
  if (value === null || value === undefined) return "patent";
  const text = String(value).trim();
  if (text === "" || text.toLowerCase() === "patent") return "patent";
  const kind = rightKindFromText(text);
  if (kind === "invention") return "patent";
  if (kind) return kind;
  throw new DomainError(
    "invalid-kind",
    field,
    `${field} "${text}" is unknown: use ${JP_KIND_HELP}.`
  );
}
