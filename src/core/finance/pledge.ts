import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { compareText } from "../table/compare-text";
import {
  Confidence,
  arrayAt,
  decimalAt,
  gradeAt,
  objectAt,
  onlyKeys,
  reject,
  textAt,
} from "./data-checks";

/** Kinds of IP a pledge profile may accept. */
export type PledgeKind = "invention" | "utility" | "design" | "trademark" | "copyright";
export const PLEDGE_KINDS: readonly PledgeKind[] = [
  "invention",
  "utility",
  "design",
  "trademark",
  "copyright",
];

/** A named, dated lender profile of loan-to-value ratios; never applied by default. */
export interface LtvProfile {
  id: string;
  ltv: Partial<Record<PledgeKind, Money>>;
  confidence: Confidence;
  verified: boolean;
}

const FILE = "src/data/finance/ltv-profiles.json";

export function loadLtvProfiles(data: unknown, where = FILE): LtvProfile[] {
  const root = objectAt(data, where);
  onlyKeys(root, ["title", "note", "profiles"], where);
  const profiles = arrayAt(root.profiles, `${where}: profiles`).map((entry, index) => {
    const at = `${where}: profiles[${index}]`;
    const record = objectAt(entry, at);
    onlyKeys(record, ["id", "name", "ltv", "confidence", "verified", "source"], at);
    // The source and the name are for people (docs/sources.md, docs/finance.md; a cell names a profile
    // by id): checked when there, not kept; the bundles ship the file without them
    // (scripts/doc-free-data.cjs).
    if (record.source !== undefined) textAt(record, "source", at);
    if (record.name !== undefined) textAt(record, "name", at);
    const ltvRecord = objectAt(record.ltv, `${at}.ltv`);
    onlyKeys(ltvRecord, PLEDGE_KINDS, `${at}.ltv`);
    const ltv: Partial<Record<PledgeKind, Money>> = {};
    for (const kind of Object.keys(ltvRecord) as PledgeKind[]) {
      ltv[kind] = decimalAt(ltvRecord, kind, `${at}.ltv`, 1);
      if (ltv[kind]!.isZero())
        reject(`${at}.ltv.${kind}`, "an LTV of 0 accepts nothing: leave the kind out");
    }
    return {
      id: textAt(record, "id", at),
      ltv,
      ...gradeAt(record, at),
    };
  });
  return profiles.sort((a, b) => compareText(a.id, b.id));
}

export function pledgeKindFrom(text: string): PledgeKind {
  const wanted = text.trim().toLowerCase();
  const found = PLEDGE_KINDS.find((kind) => kind === wanted);
  if (!found)
    throw new DomainError(
      "invalid-kind",
      "kind",
      `kind "${text}" is unknown: give ${PLEDGE_KINDS.map((k) => `"${k}"`).join(", ")}.`,
      {
        key: "pledgeKindUnknown",
        params: { value: text, known: PLEDGE_KINDS.map((k) => `"${k}"`).join(", ") },
      }
    );
  return found;
}

export function findProfile(id: string, profiles: readonly LtvProfile[]): LtvProfile {
  const wanted = id.trim().toUpperCase();
  const found = profiles.find((profile) => profile.id.toUpperCase() === wanted);
  if (!found)
    throw new DomainError(
      "unknown-profile",
      "profile",
      `profile "${id}" is unknown: give one of ${profiles.map((p) => p.id).join(", ")}, or an LTV.`,
      {
        key: "pledgeProfileUnknown",
        params: { value: id, known: profiles.map((p) => p.id).join(", ") },
      }
    );
  return found;
}

/**
 * What a pledge could borrow: appraised value × LTV, the LTV given or taken from a named profile (one of
 * the two is required: there is no default LTV).
 * @example pledgeCapacity(new Money(2000000), "invention", new Money("0.5")).toString() //=> "1000000"
 */
export function pledgeCapacity(
  appraisedValue: Money,
  kind: PledgeKind,
  ltv: Money | undefined,
  profile: LtvProfile | undefined
): Money {
  if (ltv !== undefined && profile !== undefined)
    throw new DomainError("invalid-number", "ltv", "give an LTV or a profile, not both.");
  if (ltv !== undefined) {
    if (!ltv.greaterThan(0) || ltv.greaterThan(1))
      throw new DomainError(
        "out-of-range",
        "ltv",
        `ltv ${ltv.toString()} is outside (0, 1]: give a ratio such as 0.25.`,
        { key: "ltvRange", params: { value: ltv.toString() } }
      );
    return appraisedValue.times(ltv);
  }
  if (profile === undefined)
    throw new DomainError(
      "invalid-number",
      "ltv",
      'state an LTV or a profile (e.g. "BOCOM-2006"): there is no default LTV.',
      { key: "ltvMissing" }
    );
  const ratio = profile.ltv[kind];
  if (!ratio)
    throw new DomainError(
      "not-in-profile",
      "kind",
      `profile ${profile.id} does not accept ${kind} rights: give an LTV or another profile.`,
      { key: "profileKind", params: { profile: profile.id, kind } }
    );
  return appraisedValue.times(ratio);
}
