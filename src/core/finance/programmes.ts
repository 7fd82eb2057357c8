import { DayNumber } from "../dates/civil";
import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { compareText } from "../table/compare-text";
import {
  Confidence,
  arrayAt,
  dateOrNullAt,
  decimalAt,
  gradeAt,
  objectAt,
  oneOfAt,
  onlyKeys,
  optionalDecimalAt,
  optionalTextAt,
  reject,
  textAt,
} from "./data-checks";
import { LPR_TENORS, LprTenor } from "./lpr";

/**
 * The five rule types of IP pledge-loan interest subsidies, and the fee rules beside them:
 * - share-of-capped-rate: share × P_ip × min(r, k × LPR) × d / B (Beijing k 1.4; Nansha, Jinshan k 1)
 * - share-of-gated-rate: share × P_ip × r × d / B, only if r ≤ k × LPR (Zhongguancun 2021)
 * - share-of-lpr: share × P_ip × LPR × d / B (or min(r, LPR)), never above the actual interest (Qingdao, Fuyang, Fujian)
 * - share-of-interest-and-fees: share × (interest × ipShare + fees counted) (Shenzhen Nanshan, Futian)
 * - share-of-principal: share × P_ip, never above the interest and fees (Guangzhou city, 2%)
 */
export type RuleType =
  | "share-of-capped-rate"
  | "share-of-gated-rate"
  | "share-of-lpr"
  | "share-of-interest-and-fees"
  | "share-of-principal";
export const RULE_TYPES: readonly RuleType[] = [
  "share-of-capped-rate",
  "share-of-gated-rate",
  "share-of-lpr",
  "share-of-interest-and-fees",
  "share-of-principal",
];

/** Which day's LPR a rule uses: loan start, contract date, the month before the contract, or December of the settlement year. */
export type LprRef =
  "start" | "contract" | "prev-month-of-contract" | "december-of-settlement-year";
const LPR_REFS: readonly LprRef[] = [
  "start",
  "contract",
  "prev-month-of-contract",
  "december-of-settlement-year",
];

/** The date a programme's window is judged on: settlement (the loan's end), start, or contract date. */
export type WindowBasis = "settlement" | "start" | "contract";
const WINDOW_BASES: readonly WindowBasis[] = ["settlement", "start", "contract"];

export type FeeType = "valuation" | "guarantee" | "insurance" | "other";
export const FEE_TYPES: readonly FeeType[] = ["valuation", "guarantee", "insurance", "other"];

/** The year a subsidy counts against a firm's annual cap. */
export type CapYearBasis = "settlement-year" | "application-year";
const CAP_YEAR_BASES: readonly CapYearBasis[] = ["settlement-year", "application-year"];

export type ProgrammeStatus = "in-force" | "historic" | "unknown";
const STATUSES: readonly ProgrammeStatus[] = ["in-force", "historic", "unknown"];

export interface InterestRule {
  ruleType: RuleType;
  /** The maximum share (or, for share-of-principal, the maximum rate on the loan amount). */
  share: Money;
  /** A higher maximum share for insured or policy-guaranteed loans (Fujian 50%). */
  insuredShare?: Money;
  lprTenor?: LprTenor;
  lprRef?: LprRef;
  /** k of the LPR cap or gate (1.4 = LPR + 40%). */
  lprMultiplier?: Money;
  /** share-of-lpr: count min(actual rate, LPR) instead of the LPR (Fujian). */
  lprCapsActualRate: boolean;
  /** Interest counted for at most this many months from the start (Jinshan 6, Fujian and Nansha 12). */
  interestMonths?: number;
  /** share-of-interest-and-fees: the fees that join the base. */
  feeTypes?: readonly FeeType[];
  /** share-of-interest-and-fees: fees counted at most this share of principal (Futian 4%). */
  feeCapOfPrincipal?: Money;
}

export interface FeeRule {
  share: Money;
  perFeeCap?: Money;
}

export interface FeeRules {
  types: Partial<Record<FeeType, FeeRule>>;
  /** Cap on all fee subsidies of a firm in a year. */
  perYearCap?: Money;
  /** Fee types of which one loan may claim only one (Nansha: guarantee or insurance). */
  exclusive: readonly (readonly FeeType[])[];
  confidence: Confidence;
  verified: boolean;
}

/**
 * A finance programme's figures and rules. Its issuer and document, which only the Finance sheet shows,
 * are apart (programme-texts.ts), so the custom functions load none of their words.
 */
export interface FinanceProgramme {
  id: string;
  region: string;
  period: { basis: WindowBasis; from: DayNumber | null; to: DayNumber | null };
  interest: InterestRule;
  caps: { perYear?: { amount: Money; basis: CapYearBasis }; lifetime?: Money };
  minIpShare?: Money;
  loansPerYear?: number;
  fees?: FeeRules;
  excludes: readonly string[];
  confidence: Confidence;
  verified: boolean;
  status: ProgrammeStatus;
}

const FILE = "src/data/finance/programmes.json";

/** A programme's texts that only the Finance sheet shows (programme-texts.ts). */
export const PROGRAMME_TEXT_KEYS = ["issuer", "document"] as const;

function loadInterest(value: unknown, where: string): InterestRule {
  const record = objectAt(value, where);
  onlyKeys(
    record,
    [
      "ruleType",
      "share",
      "insuredShare",
      "lprTenor",
      "lprRef",
      "lprMultiplier",
      "lprCapsActualRate",
      "interestMonths",
      "feeTypes",
      "feeCapOfPrincipal",
    ],
    where
  );
  const ruleType = oneOfAt(record, "ruleType", RULE_TYPES, where);
  const usesLpr = ["share-of-capped-rate", "share-of-gated-rate", "share-of-lpr"].includes(
    ruleType
  );
  const rule: InterestRule = {
    ruleType,
    share: decimalAt(record, "share", where, 1),
    insuredShare: optionalDecimalAt(record, "insuredShare", where, 1),
    lprCapsActualRate: record.lprCapsActualRate === true,
    feeCapOfPrincipal: optionalDecimalAt(record, "feeCapOfPrincipal", where, 1),
  };
  if (usesLpr) {
    rule.lprTenor = oneOfAt(record, "lprTenor", LPR_TENORS, where);
    rule.lprRef = oneOfAt(record, "lprRef", LPR_REFS, where);
    if (ruleType !== "share-of-lpr")
      rule.lprMultiplier = decimalAt(record, "lprMultiplier", where, 10);
  } else if (record.lprRef !== undefined || record.lprTenor !== undefined) {
    reject(`${where}.lprRef`, `a ${ruleType} rule uses no LPR`);
  }
  if (record.interestMonths !== undefined) {
    const months = record.interestMonths;
    if (typeof months !== "number" || !Number.isInteger(months) || months < 1 || months > 120)
      reject(`${where}.interestMonths`, "expected a whole number of months, 1 to 120");
    rule.interestMonths = months as number;
  }
  if (ruleType === "share-of-interest-and-fees") {
    rule.feeTypes = arrayAt(record.feeTypes, `${where}.feeTypes`).map((type, index) => {
      if (!FEE_TYPES.includes(type as FeeType))
        reject(`${where}.feeTypes[${index}]`, `expected one of ${FEE_TYPES.join(", ")}`);
      return type as FeeType;
    });
  }
  return rule;
}

function loadFees(value: unknown, where: string): FeeRules {
  const record = objectAt(value, where);
  onlyKeys(record, ["types", "perYearCap", "exclusive", "confidence", "verified", "source"], where);
  const typesRecord = objectAt(record.types, `${where}.types`);
  onlyKeys(typesRecord, FEE_TYPES, `${where}.types`);
  const types: Partial<Record<FeeType, FeeRule>> = {};
  for (const type of Object.keys(typesRecord) as FeeType[]) {
    const at = `${where}.types.${type}`;
    const rule = objectAt(typesRecord[type], at);
    onlyKeys(rule, ["share", "perFeeCap"], at);
    types[type] = {
      share: decimalAt(rule, "share", at, 1),
      perFeeCap: optionalDecimalAt(rule, "perFeeCap", at),
    };
  }
  const exclusive = (
    record.exclusive === undefined ? [] : arrayAt(record.exclusive, `${where}.exclusive`)
  ).map((group, index) =>
    arrayAt(group, `${where}.exclusive[${index}]`).map((type) => {
      if (!FEE_TYPES.includes(type as FeeType))
        reject(`${where}.exclusive[${index}]`, `unknown fee type ${String(type)}`);
      return type as FeeType;
    })
  );
  // The fee rules' source in words is for people (docs/finance.md): checked when there, not kept; the
  // bundles ship the file without it (scripts/doc-free-data.cjs).
  if (record.source !== undefined) textAt(record, "source", where);
  return {
    types,
    perYearCap: optionalDecimalAt(record, "perYearCap", where),
    exclusive,
    ...gradeAt(record, where),
  };
}

function loadProgramme(value: unknown, where: string): FinanceProgramme {
  const record = objectAt(value, where);
  onlyKeys(
    record,
    [
      "id",
      "name",
      "issuer",
      "document",
      "region",
      "period",
      "interest",
      "caps",
      "minIpShare",
      "loansPerYear",
      "fees",
      "excludes",
      "eligibility",
      "confidence",
      "verified",
      "status",
      "sources",
    ],
    where
  );
  const period = objectAt(record.period, `${where}.period`);
  onlyKeys(period, ["basis", "from", "to"], `${where}.period`);
  const from = dateOrNullAt(period, "from", `${where}.period`);
  const to = dateOrNullAt(period, "to", `${where}.period`);
  if (from !== null && to !== null && to < from)
    reject(`${where}.period.to`, "is before period.from");
  const caps = objectAt(record.caps, `${where}.caps`);
  onlyKeys(caps, ["perYear", "lifetime"], `${where}.caps`);
  let perYear: FinanceProgramme["caps"]["perYear"];
  if (caps.perYear !== undefined) {
    const at = `${where}.caps.perYear`;
    const cap = objectAt(caps.perYear, at);
    onlyKeys(cap, ["amount", "basis"], at);
    perYear = {
      amount: decimalAt(cap, "amount", at),
      basis: oneOfAt(cap, "basis", CAP_YEAR_BASES, at),
    };
  }
  const loansPerYear = record.loansPerYear;
  if (
    loansPerYear !== undefined &&
    (typeof loansPerYear !== "number" || !Number.isInteger(loansPerYear) || loansPerYear < 1)
  )
    reject(`${where}.loansPerYear`, "expected a whole number, 1 or more");
  // What only people read (the eligibility in words, the sources): checked when there, kept out of the
  // programme, which no code reads them from; the bundles ship the file without them (doc-free-data.cjs).
  if (record.sources !== undefined) {
    const sources = arrayAt(record.sources, `${where}.sources`);
    sources.forEach((source, index) => {
      const at = `${where}.sources[${index}]`;
      const entry = objectAt(source, at);
      onlyKeys(entry, ["text", "url"], at);
      const url = optionalTextAt(entry, "url", at);
      if (url !== undefined && !/^https:\/\//.test(url))
        reject(`${at}.url`, "expected an https address");
      textAt(entry, "text", at);
    });
    if (sources.length === 0) reject(`${where}.sources`, "a programme needs at least one source");
  }
  if (record.eligibility !== undefined) textAt(record, "eligibility", where);
  // The programme's name likewise: the Finance sheet names it by id, issuer and document; those two are
  // checked when there (the bundles ship them apart: programme-texts.ts checks each is there).
  if (record.name !== undefined) textAt(record, "name", where);
  for (const key of PROGRAMME_TEXT_KEYS) if (record[key] !== undefined) textAt(record, key, where);
  return {
    id: textAt(record, "id", where),
    region: textAt(record, "region", where),
    period: { basis: oneOfAt(period, "basis", WINDOW_BASES, `${where}.period`), from, to },
    interest: loadInterest(record.interest, `${where}.interest`),
    caps: { perYear, lifetime: optionalDecimalAt(caps, "lifetime", `${where}.caps`) },
    minIpShare: optionalDecimalAt(record, "minIpShare", where, 1),
    loansPerYear: loansPerYear as number | undefined,
    fees: record.fees === undefined ? undefined : loadFees(record.fees, `${where}.fees`),
    excludes: (record.excludes === undefined
      ? []
      : arrayAt(record.excludes, `${where}.excludes`)
    ).map(String),
    ...gradeAt(record, where),
    status: oneOfAt(record, "status", STATUSES, where),
  };
}

/** Validates the finance programmes file; duplicate ids are rejected. Sorted by id. */
export function loadFinanceProgrammes(data: unknown, where = FILE): FinanceProgramme[] {
  const root = objectAt(data, where);
  onlyKeys(root, ["title", "note", "programmes"], where);
  const programmes = arrayAt(root.programmes, `${where}: programmes`).map((entry, index) =>
    loadProgramme(entry, `${where}: programmes[${index}]`)
  );
  const seen = new Set<string>();
  for (const programme of programmes) {
    if (seen.has(programme.id)) reject(`${where}: programmes`, `duplicate id ${programme.id}`);
    seen.add(programme.id);
  }
  return programmes.sort((a, b) => compareText(a.id, b.id));
}

/** The programme with this id (case-insensitive), or an error listing the known ids. */
export function findFinanceProgramme(
  id: string,
  programmes: readonly FinanceProgramme[]
): FinanceProgramme {
  const wanted = id.trim().toUpperCase();
  const found = programmes.find((programme) => programme.id.toUpperCase() === wanted);
  if (!found)
    throw new DomainError(
      "unknown-programme",
      "programme",
      `programme "${id}" is unknown: give one of ${programmes.map((p) => p.id).join(", ")}.`,
      {
        key: "financeProgrammeUnknown",
        params: { value: id, known: programmes.map((p) => p.id).join(", ") },
      }
    );
  return found;
}
