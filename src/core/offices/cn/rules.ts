import annualFeesData from "../../../data/cn-annual-fees.json";
import holidaysData from "../../../data/cn-holidays.json";
import lateFeesData from "../../../data/cn-late-fees.json";
import procedureData from "../../../data/cn-procedure.json";
import reductionsData from "../../../data/cn-reductions.json";
import termsData from "../../../data/cn-terms.json";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { Dated, datedSeries } from "../../rules/dated-series";
import { readingOf } from "../../rules/source-read-on";
import { FeeSchedule, feeSchedulesFromBands } from "./fee-bands";
import { HolidayCalendar, HolidayYearData, holidayCalendar } from "./holiday-calendar";
import { RIGHT_KINDS, RightKind } from "./right-kind";
import { loadStatutoryLaw } from "./statutory-holidays";

export type { FeeSchedule } from "./fee-bands";

export interface LateFeeBand {
  upToMonths: number;
  rate: Money;
}

export interface TermRule {
  years: number;
  verified: boolean;
  source: string;
}

/** Everything the CN fee engine knows, loaded from `src/data` (or from a user's override). */
export interface CnRules {
  feeSchedules: Dated<FeeSchedule>[];
  terms: Record<RightKind, Dated<TermRule>[]>;
  lateFeeBands: Dated<LateFeeBand[]>[];
  registrationMonths: number;
  presumedReceiptDays: Dated<number>[];
  restorationRequestFee: Money;
  restorationMonths: number;
  /** Force majeure: restoration at most this many years after the missed deadline (Art. 6 ¶1). */
  restorationOuterYears: number;
  /** The statutory reductions as fractions (0.85 and 0.7 since 2016-09-01, 专利收费减缴办法 Art. 4). */
  statutoryReductions: Money[];
  reductionWindowYears: Dated<number>[];
  holidays: HolidayCalendar;
}

/** A public document as the data cites it; `sourceReadOn` is the day someone read it (absent: nobody recorded one). */
export interface SourceData {
  title: string;
  url?: string;
  sourceReadOn?: string;
  secondary?: string;
  note?: string;
}

/**
 * One band of the annual-fee table as a dated value: the fee of annuity years `years[0]`..`years[1]` of one
 * right kind, for fees due from `from` (until `until`, inclusive, when given). A later band of the same
 * kind whose years overlap replaces it from its own date, so a change to one band is one entry.
 */
export interface FeeBandData {
  kind: string;
  years: number[];
  amount: string;
  from: string;
  until?: string;
  confidence: string;
  verified: boolean;
  source: SourceData;
  note?: string;
}

/** The shapes of the data files, as users may also supply them. */
export interface CnRulesData {
  annualFees: { bands: FeeBandData[] };
  terms: {
    terms: Record<
      string,
      { filedFrom: string; years: number; verified: boolean; source: string }[]
    >;
  };
  lateFees: { schedules: { from: string; bands: { upToMonths: number; rate: string }[] }[] };
  procedure: {
    registration: { months: number };
    presumedReceipt: { noticeFrom: string; days: number }[];
    restoration: { requestFee: string; monthsAfterNotice: number; forceMajeureYears: number };
  };
  reductions: {
    statutoryRates: { reduction: string; pays: string; who: string; source: string }[];
    windows: { dueFrom: string; years: number }[];
  };
  /** statutoryLaw: the holidays the law fixes for years without a notice (checked by loadStatutoryLaw). */
  holidays: { years: HolidayYearData[]; statutoryLaw: unknown };
}

function money(text: string, where: string): Money {
  if (typeof text !== "string" || !/^\d+(\.\d{1,2})?$/.test(text)) {
    throw new DomainError(
      "invalid-data",
      where,
      `${where}: "${text}" is not an amount such as "1200" or "0.05".`
    );
  }
  return new Money(text);
}

/** Checks the reading of every source record (`source` as an object) of a CN data file. */
function checkReadings(value: unknown, where: string): void {
  if (Array.isArray(value)) value.forEach((item, i) => checkReadings(item, `${where}[${i}]`));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const at = `${where}${where.endsWith(".json") ? " " : "."}${key}`;
      if (key === "source" && item && typeof item === "object")
        readingOf(item as Record<string, unknown>, at);
      else checkReadings(item, at);
    }
  }
}

/**
 * Validates rule data and builds the engine's tables. Throws a DomainError naming the file and key at fault.
 * @example loadCnRules(BUILT_IN_CN_RULES_DATA).registrationMonths //=> 2
 */
export function loadCnRules(data: CnRulesData): CnRules {
  // The annual-fee bands check their own sources; the other files' sources are checked here.
  checkReadings(data.lateFees, "cn-late-fees.json");
  checkReadings(data.procedure, "cn-procedure.json");
  checkReadings(data.reductions, "cn-reductions.json");
  checkReadings(data.terms, "cn-terms.json");
  const feeSchedules = feeSchedulesFromBands(
    data.annualFees.bands,
    "cn-annual-fees.json"
  ).schedules;
  const terms = {} as Record<RightKind, Dated<TermRule>[]>;
  for (const kind of RIGHT_KINDS) {
    const where = `cn-terms.json terms.${kind}`;
    terms[kind] = datedSeries(
      data.terms.terms[kind] ?? [],
      (t) => t.filedFrom,
      (t) => {
        if (!Number.isInteger(t.years) || t.years < 1)
          throw new DomainError("invalid-data", where, `${where}: years must be a whole number.`);
        return { years: t.years, verified: t.verified, source: t.source };
      },
      where
    );
  }
  const lateFeeBands = datedSeries(
    data.lateFees.schedules,
    (s) => s.from,
    (s, i) =>
      s.bands.map((band, b) => {
        if (band.upToMonths !== b + 1) {
          throw new DomainError(
            "invalid-data",
            "cn-late-fees.json",
            `cn-late-fees.json schedules[${i}].bands[${b}]: upToMonths must be ${b + 1}.`
          );
        }
        return {
          upToMonths: band.upToMonths,
          rate: money(band.rate, `cn-late-fees.json schedules[${i}].bands[${b}]`),
        };
      }),
    "cn-late-fees.json schedules"
  );
  const presumedReceiptDays = datedSeries(
    data.procedure.presumedReceipt,
    (r) => r.noticeFrom,
    (r) => r.days,
    "cn-procedure.json presumedReceipt"
  );
  const reductionWindowYears = datedSeries(
    data.reductions.windows,
    (w) => w.dueFrom,
    (w) => w.years,
    "cn-reductions.json windows"
  );
  return {
    feeSchedules,
    terms,
    lateFeeBands,
    registrationMonths: data.procedure.registration.months,
    presumedReceiptDays,
    restorationRequestFee: money(
      data.procedure.restoration.requestFee,
      "cn-procedure.json restoration.requestFee"
    ),
    restorationMonths: data.procedure.restoration.monthsAfterNotice,
    restorationOuterYears: data.procedure.restoration.forceMajeureYears,
    statutoryReductions: data.reductions.statutoryRates.map((rate, index) =>
      money(rate.reduction, `cn-reductions.json statutoryRates[${index}].reduction`)
    ),
    reductionWindowYears,
    holidays: holidayCalendar(
      data.holidays.years,
      "cn-holidays.json",
      loadStatutoryLaw(data.holidays.statutoryLaw, "cn-holidays.json")
    ),
  };
}

/** The rule data shipped with the add-in (src/data/*.json), each figure with its source. */
export const BUILT_IN_CN_RULES_DATA: CnRulesData = {
  annualFees: annualFeesData,
  terms: termsData,
  lateFees: lateFeesData,
  procedure: procedureData,
  reductions: reductionsData,
  holidays: holidaysData,
};

/** The built-in rules, loaded once. */
export const CN_RULES: CnRules = loadCnRules(BUILT_IN_CN_RULES_DATA);
