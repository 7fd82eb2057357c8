import { readFileSync } from "node:fs";

/** The arguments of a docs example: quoted text, numbers, TRUE/FALSE, empty = omitted (null). */
export function parseArguments(text: string): unknown[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    if (character === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += character;
  }
  parts.push(current);
  return parts.map((part) => {
    const value = part.trim();
    if (value === "") return null;
    if (value.startsWith('"')) return value.slice(1, -1);
    if (value === "TRUE" || value === "FALSE") return value === "TRUE";
    return Number(value);
  });
}

/**
 * The worked examples of docs/finance.md (each with its public source there): the function's id, its
 * arguments as written and the result the docs state.
 */
export function financeDocRows(): (readonly [id: string, args: string, result: string])[] {
  const doc = readFileSync("docs/finance.md", "utf8");
  return [...doc.matchAll(/^\|(?: [a-z]'? \|)? `=IP\.([A-Z_]+)\((.*)\)` \| ([^|]+) \|/gm)].map(
    (match) => [match[1], match[2], match[3].trim()] as const
  );
}
