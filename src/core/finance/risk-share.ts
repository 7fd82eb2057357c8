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
  optionalDecimalAt,
  optionalTextAt,
  reject,
  textAt,
} from "./data-checks";
import { grouped } from "./format";

/** The parties a default-risk scheme may split a principal loss among. */
export type Party = "fund" | "bank" | "insurer" | "valuer";
export const PARTIES: readonly Party[] = ["fund", "bank", "insurer", "valuer"];

export interface RiskTier {
  /** Largest balance of the tier (inclusive); undefined for no limit. */
  upTo?: Money;
  shares: Partial<Record<Party, Money>>;
}

export interface RiskScheme {
  id: string;
  tiers: readonly RiskTier[];
  /** Only this much of a loss is shared; the residual party keeps the rest. */
  eligibleCap?: Money;
  residualParty?: Party;
  confidence: Confidence;
  verified: boolean;
}

export const DEFAULT_SCHEME = "CN-ZHONGSHAN";
const FILE = "src/data/finance/risk-schemes.json";

/** Validates the risk schemes file: shares of each tier sum to 1, tiers rise, ids are unique. */
export function loadRiskSchemes(data: unknown, where = FILE): RiskScheme[] {
  const root = objectAt(data, where);
  onlyKeys(root, ["title", "note", "schemes"], where);
  const schemes = arrayAt(root.schemes, `${where}: schemes`).map((entry, index) => {
    const at = `${where}: schemes[${index}]`;
    const record = objectAt(entry, at);
    onlyKeys(
      record,
      [
        "id",
        "name",
        "tiers",
        "eligibleCap",
        "residualParty",
        "confidence",
        "verified",
        "source",
        "url",
      ],
      at
    );
    // The source and its link are for people (docs/sources.md): checked when there, not kept; the bundles
    // ship the file without them (scripts/doc-free-data.cjs).
    if (record.source !== undefined) textAt(record, "source", at);
    optionalTextAt(record, "url", at);
    let previous: Money | undefined;
    const tiers = arrayAt(record.tiers, `${at}.tiers`).map((tierEntry, tierIndex) => {
      const tierAt = `${at}.tiers[${tierIndex}]`;
      const tier = objectAt(tierEntry, tierAt);
      onlyKeys(tier, ["upTo", "shares"], tierAt);
      const upTo = tier.upTo === null ? undefined : decimalAt(tier, "upTo", tierAt);
      if (previous === undefined && tierIndex > 0)
        reject(`${tierAt}.upTo`, "follows a tier without limit");
      if (previous && upTo && !upTo.greaterThan(previous))
        reject(`${tierAt}.upTo`, "must rise from tier to tier");
      previous = upTo;
      const sharesRecord = objectAt(tier.shares, `${tierAt}.shares`);
      onlyKeys(sharesRecord, PARTIES, `${tierAt}.shares`);
      const shares: Partial<Record<Party, Money>> = {};
      let sum = new Money(0);
      for (const party of Object.keys(sharesRecord) as Party[]) {
        shares[party] = decimalAt(sharesRecord, party, `${tierAt}.shares`, 1);
        sum = sum.plus(shares[party]!);
      }
      if (!sum.equals(1)) reject(`${tierAt}.shares`, `shares sum to ${sum.toString()}, not 1`);
      return { upTo, shares };
    });
    if (tiers.length === 0) reject(`${at}.tiers`, "a scheme needs a tier");
    const residual = optionalTextAt(record, "residualParty", at);
    if (residual !== undefined && !PARTIES.includes(residual as Party))
      reject(`${at}.residualParty`, "unknown party");
    const eligibleCap = optionalDecimalAt(record, "eligibleCap", at);
    if ((eligibleCap === undefined) !== (residual === undefined))
      reject(at, "eligibleCap and residualParty go together");
    // The name is for people (docs/finance.md; a cell names a scheme by id): checked when there, not
    // kept; the bundles ship the file without it (scripts/doc-free-data.cjs).
    if (record.name !== undefined) textAt(record, "name", at);
    return {
      id: textAt(record, "id", at),
      tiers,
      eligibleCap,
      residualParty: residual as Party | undefined,
      ...gradeAt(record, at),
    };
  });
  const ids = new Set<string>();
  for (const scheme of schemes) {
    if (ids.has(scheme.id)) reject(`${where}: schemes`, `duplicate id ${scheme.id}`);
    ids.add(scheme.id);
  }
  return schemes.sort((a, b) => compareText(a.id, b.id));
}

export function findScheme(id: string, schemes: readonly RiskScheme[]): RiskScheme {
  const wanted = id.trim().toUpperCase();
  const found = schemes.find((scheme) => scheme.id.toUpperCase() === wanted);
  if (!found)
    throw new DomainError(
      "unknown-scheme",
      "scheme",
      `scheme "${id}" is unknown: give one of ${schemes.map((s) => s.id).join(", ")}.`,
      {
        key: "financeSchemeUnknown",
        params: { value: id, known: schemes.map((s) => s.id).join(", ") },
      }
    );
  return found;
}

export interface LossSplit {
  loss: Money;
  /** The part of the loss the scheme shares (the whole loss unless the scheme caps it). */
  eligible: Money;
  shares: Partial<Record<Party, Money>>;
}

/**
 * Splits the principal loss (outstanding − recovered, at least 0) among the scheme's parties; the tier is
 * chosen by `balance` (default: outstanding). The shares always sum to the loss.
 * @example splitLoss(findScheme("CN-ZHUHAI", BUILT_IN_RISK_SCHEMES), new Money(4000000), new Money(1000000)).shares.fund.toString() //=> "1200000"
 */
export function splitLoss(
  scheme: RiskScheme,
  outstanding: Money,
  recovered: Money,
  balance?: Money
): LossSplit {
  const loss = Money.max(new Money(0), outstanding.minus(recovered));
  const tierBalance = balance ?? outstanding;
  const tier = scheme.tiers.find(
    (candidate) => !candidate.upTo || tierBalance.lessThanOrEqualTo(candidate.upTo)
  );
  if (!tier) {
    const limit = scheme.tiers[scheme.tiers.length - 1].upTo!;
    throw new DomainError(
      "out-of-range",
      "balance",
      `balance ${grouped(tierBalance)} is above ${scheme.id}'s limit ${grouped(limit)}: the scheme does not cover the loan.`,
      {
        key: "balanceAboveLimit",
        params: { value: grouped(tierBalance), scheme: scheme.id, limit: grouped(limit) },
      }
    );
  }
  const eligible = scheme.eligibleCap ? Money.min(loss, scheme.eligibleCap) : loss;
  const shares: Partial<Record<Party, Money>> = {};
  for (const party of PARTIES) {
    const share = tier.shares[party];
    if (share) shares[party] = eligible.times(share);
  }
  if (scheme.residualParty)
    shares[scheme.residualParty] = (shares[scheme.residualParty] ?? new Money(0)).plus(
      loss.minus(eligible)
    );
  return { loss, eligible, shares };
}

export function partyFrom(text: string, scheme: RiskScheme): Party {
  const wanted = text.trim().toLowerCase();
  const known = PARTIES.find((party) => party === wanted);
  const theirs = scheme.tiers[0].shares;
  if (!known || theirs[known] === undefined)
    throw new DomainError(
      "unknown-party",
      "party",
      `party "${text}" is not in ${scheme.id}: give one of ${(Object.keys(theirs) as Party[]).map((p) => `"${p}"`).join(", ")}.`,
      {
        key: "partyUnknown",
        params: {
          value: text,
          scheme: scheme.id,
          known: (Object.keys(theirs) as Party[]).map((p) => `"${p}"`).join(", "),
        },
      }
    );
  return known;
}
