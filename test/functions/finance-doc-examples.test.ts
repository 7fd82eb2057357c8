import { readFileSync } from "node:fs";
import * as functions from "../../src/functions";

// docs/finance.md carries the worked examples with their public sources; this test runs every
// `=IP.…(…)` call of its tables and compares the result column, so the document cannot drift from the
// functions. Arguments are parsed (quoted text, numbers, TRUE/FALSE, empty = omitted); nothing is evaluated.
const BY_ID: Record<string, (...args: unknown[]) => unknown> = {
  LPR: functions.lpr,
  LOAN_INTEREST: functions.loanInterest,
  LOAN_INTEREST_SUBSIDY: functions.loanInterestSubsidy,
  FEE_SUBSIDY: functions.feeSubsidyCell,
  RISK_SHARE: functions.riskShare,
  PLEDGE_CAPACITY: functions.pledgeCapacityCell,
  VALUE_SCORE: functions.valueScoreCell,
};

function parseArguments(text: string): unknown[] {
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

function shown(call: () => unknown): string {
  try {
    return String(call());
  } catch (error) {
    return (error as { code: string }).code;
  }
}

const doc = readFileSync("docs/finance.md", "utf8");
const rows = [...doc.matchAll(/^\|(?: [a-z]'? \|)? `=IP\.([A-Z_]+)\((.*)\)` \| ([^|]+) \|/gm)].map(
  (match) => [match[1], match[2], match[3].trim()] as const
);

describe("docs/finance.md examples", () => {
  it("has the examples of every finance function", () => {
    expect(new Set(rows.map(([id]) => id))).toEqual(new Set(Object.keys(BY_ID)));
    expect(rows.length).toBeGreaterThanOrEqual(50);
  });

  it.each(rows)("IP.%s(%s) → %s", (id, args, result) => {
    expect(shown(() => BY_ID[id](...parseArguments(args)))).toBe(result);
  });
});
