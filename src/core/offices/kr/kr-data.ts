import raw from "../../../data/offices/kr-fees.json";
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

export interface KrBand {
  years: [number, number];
  base: Money;
  perClaim: Money;
}

export interface KrTable {
  bands: KrBand[];
  confidence: Confidence;
}

export interface KrData {
  patent: Dated<KrTable>[];
  /** Why the utility model and design fees have no amount. */
  missing: { utility: string; design: string };
  surcharge: {
    ratePerMonth: Money;
    graceMonths: number;
    confidence: Confidence;
  };
  /**
   * Restoration without a justifiable reason: `multiple` × the fee within `months` after the grace, when the
   * data grades the figures; an UNCONFIRMED entry has neither, only what is `missing`.
   */
  restoration:
    | { months: number; multiple: Money; confidence: Confidence }
    | { missing: string; confidence: "UNCONFIRMED" };
}

const FILE = "kr-fees.json";

function loadTable(value: unknown, key: string): KrTable {
  const entry = asObject(value, FILE, key);
  const confidence = asConfidence(entry.confidence, FILE, `${key}.confidence`);
  checkVerified(entry.verified, confidence, FILE, `${key}.verified`);
  const bands = asArray(entry.bands, FILE, `${key}.bands`).map((item, index) => {
    const where = `${key}.bands[${index}]`;
    const band = asObject(item, FILE, where);
    return {
      years: asYears(band.years, FILE, `${where}.years`),
      base: asAmount(band.base, FILE, `${where}.base`),
      perClaim: asAmount(band.perClaim, FILE, `${where}.perClaim`),
    };
  });
  checkContiguous(bands, 1, FILE, `${key}.bands`);
  checkSource(entry.source, FILE, `${key}.source`);
  return { bands, confidence };
}

function missing(value: unknown, key: string): string {
  const entry = asObject(value, FILE, key);
  if (typeof entry.missing !== "string" || entry.missing.trim() === "")
    throw dataError(FILE, `${key}.missing`, "does not say what is missing");
  return entry.missing;
}

function loadRestoration(value: unknown): KrData["restoration"] {
  const entry = asObject(value, FILE, "restoration");
  const confidence = asConfidence(entry.confidence, FILE, "restoration.confidence");
  checkVerified(entry.verified, confidence, FILE, "restoration.verified");
  checkSource(entry.source, FILE, "restoration.source");
  // An unconfirmed figure ships no value (never a guess): the entry says what is missing instead.
  if (confidence === "UNCONFIRMED") {
    if (entry.months !== undefined || entry.multiple !== undefined)
      throw dataError(
        FILE,
        "restoration",
        "is UNCONFIRMED, so it must not give months or a multiple"
      );
    return { missing: missing(entry, "restoration"), confidence };
  }
  if (!Number.isInteger(entry.months) || (entry.months as number) < 1)
    throw dataError(FILE, "restoration.months", "is not a whole number of months");
  return {
    months: entry.months as number,
    multiple: asAmount(entry.multiple, FILE, "restoration.multiple"),
    confidence,
  };
}

/** Validates the KIPO data file; throws a DomainError naming kr-fees.json and the key at fault. */
export function loadKrData(source: unknown): KrData {
  const data = asObject(source, FILE, "(file)");
  const surcharge = asObject(data.surcharge, FILE, "surcharge");
  const confidence = asConfidence(surcharge.confidence, FILE, "surcharge.confidence");
  checkVerified(surcharge.verified, confidence, FILE, "surcharge.verified");
  if (!Number.isInteger(surcharge.graceMonths) || (surcharge.graceMonths as number) < 1)
    throw dataError(FILE, "surcharge.graceMonths", "is not a whole number of months");
  checkSource(surcharge.source, FILE, "surcharge.source");
  return {
    patent: datedSeries(
      asArray(data.patent, FILE, "patent"),
      (entry) => String((entry as { from?: unknown }).from),
      (entry, index) => loadTable(entry, `patent[${index}]`),
      `${FILE} patent`
    ),
    missing: { utility: missing(data.utility, "utility"), design: missing(data.design, "design") },
    surcharge: {
      ratePerMonth: asAmount(surcharge.ratePerMonth, FILE, "surcharge.ratePerMonth"),
      graceMonths: surcharge.graceMonths as number,
      confidence,
    },
    restoration: loadRestoration(data.restoration),
  };
}

/** The built-in KIPO data, validated once at load. */
export const KR_DATA: KrData = loadKrData(raw);
