import { DomainError } from "../../errors/domain-error";

/** The three kinds of Chinese patent right. */
export type RightKind = "invention" | "utility" | "design";
export const RIGHT_KINDS: readonly RightKind[] = ["invention", "utility", "design"];

/**
 * Names users type for each kind, in English, Chinese (simplified and traditional) and Japanese.
 * Matching ignores case, spaces and the words "patent"/专利/專利.
 */
const KIND_NAMES: Record<RightKind, string[]> = {
  invention: ["invention", "inv", "i", "发明", "發明", "特許", "特许"],
  utility: ["utility", "utilitymodel", "um", "u", "实用新型", "實用新型", "実用新案"],
  design: ["design", "d", "外观设计", "外觀設計", "外观", "意匠"],
};

const KIND_BY_NAME = new Map<string, RightKind>();
for (const kind of RIGHT_KINDS) for (const name of KIND_NAMES[kind]) KIND_BY_NAME.set(name, kind);

export const KIND_HELP =
  '"invention", "utility" or "design" (also 发明, 实用新型, 外观设计, 特許, 実用新案, 意匠)';

/**
 * The right kind a user's text names, or undefined.
 * @example rightKindFromText("実用新案") //=> "utility"
 * @example rightKindFromText("Utility model") //=> "utility"
 */
export function rightKindFromText(text: string): RightKind | undefined {
  const key = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/(patent|专利|專利)$/u, "");
  return KIND_BY_NAME.get(key);
}

/**
 * Like `rightKindFromText`, but an unknown name is an error that lists the accepted names.
 * @example parseRightKind("发明专利") //=> "invention"
 */
export function parseRightKind(text: string, field = "kind"): RightKind {
  const kind = rightKindFromText(text);
  if (!kind)
    throw new DomainError(
      "invalid-kind",
      field,
      `${field} "${text}" is unknown: use ${KIND_HELP}.`,
      { key: "kindUnknownCn", params: { value: text } }
    );
  return kind;
}
