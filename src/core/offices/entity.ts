import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { parseReduction } from "./cn/reduction";

/**
 * One entity (applicant size) vocabulary for every office, mapped per office. A user writes one value in a
 * portfolio's entity column or a function argument; each office reads it its own way, and a value that
 * means nothing for an office is an error that says what that office accepts:
 *
 * | value | JP | US | EP | CN |
 * | --- | --- | --- | --- | --- |
 * | `sme`, 中小企業 | pays 1/2 (years 1-10) | error | error | error |
 * | `small`, 小規模企業 | pays 1/3 (years 1-10) | small entity | error | error |
 * | `micro` | error | micro entity | micro entity (pending EP) | error |
 * | 小型实体 | error | small entity | error | error |
 * | 0.85, 0.7, 85, 70 | error | error | error | the CN reduction |
 *
 * Blank and `large` (also "none", 大企業, 大型实体) mean "no reduction" everywhere.
 */
export type EntityOffice = "JP" | "US" | "EP" | "CN";

/** JP: none, 中小企業 (pays 1/2) or 小規模企業 / 中小スタートアップ (pays 1/3). */
export type JpEntity = "none" | "sme" | "small";
/** US: undiscounted, small entity (37 CFR 1.27) or micro entity (37 CFR 1.29). */
export type UsEntity = "large" | "small" | "micro";
/** EP: none or micro entity (Rule 7a(3) EPC). */
export type EpEntity = "none" | "micro";

type Word = "large" | "sme" | "small" | "micro" | "cn-small";

const WORDS: Record<Word, readonly string[]> = {
  large: ["large", "none", "大企業", "大型实体", "大企业"],
  sme: ["sme", "中小企業"],
  small: ["small", "小規模企業", "中小スタートアップ"],
  micro: ["micro"],
  "cn-small": ["小型实体", "小型實體"],
};

const WORD_BY_TEXT = new Map<string, Word>();
for (const word of Object.keys(WORDS) as Word[])
  for (const text of WORDS[word]) WORD_BY_TEXT.set(text, word);

/** What each office makes of each word; a missing entry is an error for that office. */
const MEANING = {
  JP: { large: "none", sme: "sme", small: "small" } as Partial<Record<Word, JpEntity>>,
  US: { large: "large", small: "small", micro: "micro", "cn-small": "small" } as Partial<
    Record<Word, UsEntity>
  >,
  EP: { large: "none", micro: "micro" } as Partial<Record<Word, EpEntity>>,
};

const ACCEPTED: Record<EntityOffice, string> = {
  JP: '"sme" or 中小企業 (pays 1/2), "small" or 小規模企業 (pays 1/3), or leave it blank',
  US: '"large" (default), "small" (also 小規模企業, 小型实体) or "micro"',
  EP: '"micro" (micro entity, pending applications) or leave it blank',
  CN: "a reduction 0.85 or 85, 0.7 or 70, or leave it blank",
};

function unwrap(value: unknown): unknown {
  if (
    Array.isArray(value) &&
    value.length === 1 &&
    Array.isArray(value[0]) &&
    value[0].length === 1
  )
    return value[0][0];
  return value;
}

function isBlankValue(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

function rejected(office: EntityOffice, shown: string, field: string): DomainError {
  return new DomainError(
    "invalid-entity",
    field,
    `${field} ${shown} means nothing for ${office}: give ${ACCEPTED[office]}.`
  );
}

function wordOf(value: unknown): Word | undefined {
  if (typeof value !== "string") return undefined;
  return WORD_BY_TEXT.get(value.normalize("NFKC").trim().toLowerCase());
}

function shownValue(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

function mapWord<T>(office: "JP" | "US" | "EP", raw: unknown, field: string, blank: T): T {
  const value = unwrap(raw);
  if (isBlankValue(value)) return blank;
  const word = wordOf(value);
  const meaning = word === undefined ? undefined : (MEANING[office][word] as T | undefined);
  if (meaning === undefined) throw rejected(office, shownValue(value), field);
  return meaning;
}

/**
 * The JP reduction class of an entity value.
 * @example jpEntity("中小企業") //=> "sme"
 */
export function jpEntity(raw: unknown, field = "reduction"): JpEntity {
  return mapWord<JpEntity>("JP", raw, field, "none");
}

/**
 * The US entity size of an entity value; blank is an undiscounted ("large") entity.
 * @example usEntity("小型实体") //=> "small"
 */
export function usEntity(raw: unknown, field = "entity"): UsEntity {
  return mapWord<UsEntity>("US", raw, field, "large");
}

/**
 * The EP entity class of an entity value.
 * @example epEntity("micro") //=> "micro"
 */
export function epEntity(raw: unknown, field = "entity"): EpEntity {
  return mapWord<EpEntity>("EP", raw, field, "none");
}

/**
 * The CN fee reduction (a fraction: 0.85 means paying 15%) of an entity value; blank and "large" are 0.
 * Numbers typed as text ("85", "85%") are read as numbers.
 * @example cnEntity(85).toString() //=> "0.85"
 */
export function cnEntity(raw: unknown, field = "entity"): Money {
  const value = unwrap(raw);
  if (isBlankValue(value) || wordOf(value) === "large") return new Money(0);
  let number = Number.NaN;
  if (typeof value === "number") number = value;
  else if (typeof value === "string" && /^\s*\d+(\.\d+)?\s*%?\s*$/.test(value))
    number = Number(value.replace("%", ""));
  if (!Number.isFinite(number)) throw rejected("CN", shownValue(value), field);
  try {
    return parseReduction(number, field);
  } catch {
    throw rejected("CN", shownValue(value), field);
  }
}

/**
 * KR: no reduction is in our data (the 감면 schemes' availability to foreign applicants is not known), so
 * only blank or "large" is accepted; anything else is an error rather than a silently full fee.
 */
export function krEntity(raw: unknown, field = "entity"): "none" {
  const value = unwrap(raw);
  if (isBlankValue(value) || wordOf(value) === "large") return "none";
  throw new DomainError(
    "invalid-entity",
    field,
    `${field} ${shownValue(value)} means nothing for KR: the KIPO fee reductions (감면) are not in our data, so leave it blank.`
  );
}

/** The entity value mapped for one office: the office's own class, or the CN reduction fraction. */
export function entityFor(office: "JP", raw: unknown, field?: string): JpEntity;
export function entityFor(office: "US", raw: unknown, field?: string): UsEntity;
export function entityFor(office: "EP", raw: unknown, field?: string): EpEntity;
export function entityFor(office: "CN", raw: unknown, field?: string): Money;
export function entityFor(
  office: EntityOffice,
  raw: unknown,
  field = "entity"
): JpEntity | UsEntity | EpEntity | Money {
  switch (office) {
    case "JP":
      return jpEntity(raw, field);
    case "US":
      return usEntity(raw, field);
    case "EP":
      return epEntity(raw, field);
    default:
      return cnEntity(raw, field);
  }
}
