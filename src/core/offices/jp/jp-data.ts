import raw from "../../../data/offices/jp-fees.json";
import { DayNumber, isoToDay } from "../../dates/civil";
import { Money } from "../../money/money";
import { Dated, datedSeries } from "../../rules/dated-series";
import {
  asAmount,
  asArray,
  asConfidence,
  asObject,
  checkSource,
  asYears,
  checkContiguous,
  checkVerified,
  dataError,
} from "../data-checks";
import { Confidence } from "../office-pack";

/** The three JPO rights this pack prices. */
export type JpKind = "patent" | "utility" | "design";

/** One band of years: a base amount per year plus an amount per claim per year (none for designs). */
export interface JpBand {
  years: [number, number];
  base: Money;
  perClaim: Money | undefined;
  confidence: Confidence;
}

/** A fee table: its bands and grade (its source checked: data-checks.ts `checkSource`). */
export interface JpTable {
  bands: JpBand[];
  confidence: Confidence;
}

export interface Share {
  numerator: Money;
  denominator: Money;
}

export interface JpReductions {
  /** Requests for examination from this day qualify. */
  examRequestFrom: DayNumber;
  years: [number, number];
  /** The share paid: 1/2 for 中小企業, 1/3 for 小規模企業 (kept as a fraction: multiply, then divide). */
  pays: { sme: Share; small: Share };
  roundDownTo: Money;
  confidence: Confidence;
  /** The grade of the rounding rule, which applies when rounding changes the amount. */
  roundingConfidence: Confidence;
}

export interface JpData {
  /** Tables by payment date, per right. */
  tables: Record<JpKind, Dated<JpTable>[]>;
  /** The patent table of requests for examination filed before `examRequestBefore`. */
  oldExam: { examRequestBefore: DayNumber; table: JpTable };
  reductions: JpReductions;
  surcharge: { graceMonths: number; rate: Money; confidence: Confidence };
  /** The restoration fee (回復手数料) per right, or why it is not in our data. */
  restoration: {
    fees: Record<JpKind, { amount: Money; confidence: Confidence } | { missing: string }>;
  };
}

const FILE = "jp-fees.json";

function isoDay(value: unknown, key: string): DayNumber {
  try {
    return isoToDay(String(value));
  } catch (error) {
    throw dataError(FILE, key, (error as Error).message);
  }
}

function loadTable(value: unknown, key: string, perClaim: boolean): JpTable {
  const entry = asObject(value, FILE, key);
  const confidence = asConfidence(entry.confidence, FILE, `${key}.confidence`);
  checkVerified(entry.verified, confidence, FILE, `${key}.verified`);
  const bands = asArray(entry.bands, FILE, `${key}.bands`).map((item, index) => {
    const where = `${key}.bands[${index}]`;
    const band = asObject(item, FILE, where);
    return {
      years: asYears(band.years, FILE, `${where}.years`),
      base: asAmount(band.base, FILE, `${where}.base`),
      perClaim: perClaim ? asAmount(band.perClaim, FILE, `${where}.perClaim`) : undefined,
      confidence:
        band.confidence === undefined
          ? confidence
          : asConfidence(band.confidence, FILE, `${where}.confidence`),
    };
  });
  checkContiguous(bands, 1, FILE, `${key}.bands`);
  checkSource(entry.source, FILE, `${key}.source`);
  return { bands, confidence };
}

function loadSeries(value: unknown, key: string, perClaim: boolean): Dated<JpTable>[] {
  const tables = asArray(asObject(value, FILE, key).tables, FILE, `${key}.tables`);
  return datedSeries(
    tables,
    (entry) => String((entry as { from?: unknown }).from),
    (entry, index) => loadTable(entry, `${key}.tables[${index}]`, perClaim),
    `${FILE} ${key}.tables`
  );
}

function fraction(value: unknown, key: string): Share {
  const entry = asObject(value, FILE, key);
  const denominator = asAmount(entry.denominator, FILE, `${key}.denominator`);
  if (denominator.isZero()) throw dataError(FILE, `${key}.denominator`, "is 0");
  return { numerator: asAmount(entry.numerator, FILE, `${key}.numerator`), denominator };
}

function restorationFee(
  value: unknown,
  key: string
): { amount: Money; confidence: Confidence } | { missing: string } {
  const entry = asObject(value, FILE, key);
  if (entry.amount === undefined) {
    if (typeof entry.missing !== "string" || entry.missing.trim() === "")
      throw dataError(FILE, key, "has neither an amount nor the reason it is missing");
    return { missing: entry.missing };
  }
  const confidence = asConfidence(entry.confidence, FILE, `${key}.confidence`);
  checkVerified(entry.verified, confidence, FILE, `${key}.verified`);
  return { amount: asAmount(entry.amount, FILE, `${key}.amount`), confidence };
}

/**
 * Validates the JPO data file and turns it into tables by effective date. Throws a DomainError naming
 * jp-fees.json and the key at fault.
 */
export function loadJpData(source: unknown): JpData {
  const data = asObject(source, FILE, "(file)");
  const patent = asObject(data.patent, FILE, "patent");
  const old = asObject(patent.examRequestBefore2004, FILE, "patent.examRequestBefore2004");
  const reductions = asObject(data.reductions, FILE, "reductions");
  const surcharge = asObject(data.surcharge, FILE, "surcharge");
  const reductionConfidence = asConfidence(reductions.confidence, FILE, "reductions.confidence");
  checkVerified(reductions.verified, reductionConfidence, FILE, "reductions.verified");
  const surchargeConfidence = asConfidence(surcharge.confidence, FILE, "surcharge.confidence");
  checkVerified(surcharge.verified, surchargeConfidence, FILE, "surcharge.verified");
  if (!Number.isInteger(surcharge.graceMonths) || (surcharge.graceMonths as number) < 1)
    throw dataError(FILE, "surcharge.graceMonths", "is not a whole number of months");
  checkSource(reductions.source, FILE, "reductions.source");
  checkSource(surcharge.source, FILE, "surcharge.source");
  return {
    tables: {
      patent: loadSeries(data.patent, "patent", true),
      utility: loadSeries(data.utility, "utility", true),
      design: loadSeries(data.design, "design", false),
    },
    oldExam: {
      examRequestBefore: isoDay(
        old.examRequestBefore,
        "patent.examRequestBefore2004.examRequestBefore"
      ),
      table: loadTable(old, "patent.examRequestBefore2004", true),
    },
    reductions: {
      examRequestFrom: isoDay(reductions.examRequestFrom, "reductions.examRequestFrom"),
      years: asYears(reductions.years, FILE, "reductions.years"),
      pays: {
        sme: fraction(reductions.sme, "reductions.sme"),
        small: fraction(reductions.small, "reductions.small"),
      },
      roundDownTo: asAmount(reductions.roundDownTo, FILE, "reductions.roundDownTo"),
      confidence: reductionConfidence,
      roundingConfidence: asConfidence(
        reductions.roundingConfidence,
        FILE,
        "reductions.roundingConfidence"
      ),
    },
    surcharge: {
      graceMonths: surcharge.graceMonths as number,
      rate: asAmount(surcharge.rate, FILE, "surcharge.rate"),
      confidence: surchargeConfidence,
    },
    restoration: loadRestoration(data.restoration),
  };
}

function loadRestoration(value: unknown): JpData["restoration"] {
  const entry = asObject(value, FILE, "restoration");
  checkSource(entry.source, FILE, "restoration.source");
  return {
    fees: {
      patent: restorationFee(entry.patent, "restoration.patent"),
      utility: restorationFee(entry.utility, "restoration.utility"),
      design: restorationFee(entry.design, "restoration.design"),
    },
  };
}

/** The built-in JPO data, validated once at load. */
export const JP_DATA: JpData = loadJpData(raw);
