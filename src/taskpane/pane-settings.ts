import { DayNumber, dayToIso } from "../core/dates/civil";
import { parseDateText } from "../core/dates/parse-date";
import { Language } from "../core/i18n/strings";
import { parseCurrency } from "../core/projection/currency";
import {
  DEFAULT_HORIZON_YEARS,
  MAX_HORIZON_YEARS,
  ProjectionSettings,
} from "../core/projection/settings";
import { DomainError, isDomainError } from "../core/errors/domain-error";
import { COLUMN_LABELS, ColumnKey } from "../core/portfolio/columns";
import { UserColumnMap } from "../core/portfolio/ledger-column-map";

/** The pane's settings as remembered in the workbook (JSON in the workbook settings). */
export interface PaneSettings {
  /** "" means today, on every run (the user ticked "Use today's date"); otherwise a date. */
  asOf: string;
  horizonYears: number;
  fiscalYearStartMonth: number;
  currency: string;
  rate: string;
  shiftToWorkday: boolean;
  /** Add the IP Finance sheet's net financing cost to the Summary (off by default). */
  includeFinancing?: boolean;
  /** The user's column map (header → field or "ignore"), for every list of this workbook. */
  columnMap?: UserColumnMap;
}

/** Defaults: today, 10 years, January (April for Japanese users), CNY, formal dates. */
export function defaultSettings(language: Language): PaneSettings {
  return {
    asOf: "",
    horizonYears: DEFAULT_HORIZON_YEARS,
    fiscalYearStartMonth: language === "ja" ? 4 : 1,
    currency: "CNY",
    rate: "1",
    shiftToWorkday: false,
    includeFinancing: false,
    columnMap: {},
  };
}

/** Most significant digits a rate may have: more is a typo, not a rate anyone quotes. */
export const MAX_RATE_DIGITS = 12;

/**
 * Whether a rate typed or stored is a positive finite decimal with at most 12 significant digits.
 * @example isValidRate("19.5") //=> true
 * @example isValidRate("1".repeat(400)) //=> false
 */
export function isValidRate(text: unknown): text is string {
  if (typeof text !== "string" || text.length > 40 || !/^\d+(\.\d+)?$/.test(text)) return false;
  const digits = text.replace(".", "").replace(/^0+/, "");
  const significant = text.includes(".") ? digits.replace(/0+$/, "") : digits;
  return significant.length > 0 && significant.length <= MAX_RATE_DIGITS && Number(text) > 0;
}

/** Whether a stored as-of date is "" (today, the user's explicit choice) or a valid date. */
function isValidAsOf(text: unknown): text is string {
  if (typeof text !== "string" || text.length > 40) return false;
  if (text === "") return true;
  try {
    parseDateText(text, "As-of date");
    return true;
  } catch {
    return false;
  }
}

/**
 * Settings from stored JSON, each field checked (the workbook is input like any other): anything missing,
 * malformed or out of range falls back to its default.
 */
export function parseStoredSettings(json: string | undefined, language: Language): PaneSettings {
  const defaults = defaultSettings(language);
  if (!json) return defaults;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== "object" || parsed === null) return defaults;
    const stored = parsed as Partial<Record<keyof PaneSettings, unknown>>;
    const inRange = (value: unknown, low: number, high: number): value is number =>
      Number.isInteger(value) && (value as number) >= low && (value as number) <= high;
    return {
      asOf: isValidAsOf(stored.asOf) ? stored.asOf : defaults.asOf,
      horizonYears: inRange(stored.horizonYears, 1, MAX_HORIZON_YEARS)
        ? stored.horizonYears
        : defaults.horizonYears,
      fiscalYearStartMonth: inRange(stored.fiscalYearStartMonth, 1, 12)
        ? stored.fiscalYearStartMonth
        : defaults.fiscalYearStartMonth,
      currency:
        typeof stored.currency === "string" && /^[A-Za-z]{3}$/.test(stored.currency)
          ? stored.currency
          : defaults.currency,
      rate: isValidRate(stored.rate) ? stored.rate : defaults.rate,
      shiftToWorkday:
        typeof stored.shiftToWorkday === "boolean"
          ? stored.shiftToWorkday
          : defaults.shiftToWorkday,
      includeFinancing: stored.includeFinancing === true,
      columnMap: storedColumnMap(stored.columnMap),
    };
  } catch {
    return defaults;
  }
}

/** A stored column map with only known fields kept: a map from another version never breaks the pane. */
function storedColumnMap(value: unknown): UserColumnMap {
  const map: UserColumnMap = {};
  if (typeof value !== "object" || value === null) return map;
  for (const [header, field] of Object.entries(value as Record<string, unknown>)) {
    if (field === "ignore" || (typeof field === "string" && field in COLUMN_LABELS))
      map[header] = field as ColumnKey | "ignore";
  }
  return map;
}

/** The as-of date typed in the pane; its error carries the text typed, for the pane's language. */
function readAsOf(text: string): DayNumber {
  try {
    return parseDateText(text, "As-of date");
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new DomainError("invalid-date", "asOf", error.message, { params: { value: text } });
  }
}

/** The currency and rate typed in the pane; an error carries what was typed, for the pane's language. */
function readCurrency(code: string, rate: string) {
  try {
    return parseCurrency(code, rate);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const value = error.field === "rate" ? rate : code;
    throw new DomainError(error.code, error.field, error.message, {
      params: { value, currency: code.trim().toUpperCase() },
    });
  }
}

/** The projection settings the pane's fields describe; a DomainError names the field to fix. */
export function toProjectionSettings(settings: PaneSettings, today: DayNumber): ProjectionSettings {
  const asOf = settings.asOf.trim() === "" ? today : readAsOf(settings.asOf);
  const horizon = settings.horizonYears;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON_YEARS) {
    throw new DomainError(
      "invalid-number",
      "horizonYears",
      `Horizon ${horizon} must be a whole number of years from 1 to ${MAX_HORIZON_YEARS}.`,
      { params: { value: String(horizon), max: MAX_HORIZON_YEARS } }
    );
  }
  const month = settings.fiscalYearStartMonth;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new DomainError(
      "invalid-number",
      "fiscalYearStartMonth",
      `Fiscal year start ${month} must be a month from 1 to 12.`,
      { params: { value: String(month) } }
    );
  }
  if (!isValidRate(settings.rate.trim())) {
    throw new DomainError(
      "invalid-number",
      "rate",
      `Rate "${settings.rate.slice(0, 40)}" must be a positive number with at most ${MAX_RATE_DIGITS} significant digits (e.g. 19 for JPY).`,
      {
        params: {
          value: settings.rate.slice(0, 40),
          currency: settings.currency.trim().toUpperCase(),
          digits: MAX_RATE_DIGITS,
        },
      }
    );
  }
  return {
    asOf,
    horizonYears: horizon,
    fiscalYearStartMonth: month,
    currency: readCurrency(settings.currency, settings.rate),
    shiftToWorkday: settings.shiftToWorkday,
    includeFinancing: settings.includeFinancing === true,
  };
}

/** @example isoOrToday("", 20415) //=> "2025-11-23" */
export function isoOrToday(asOf: string, today: DayNumber): string {
  return asOf.trim() === "" ? dayToIso(today) : asOf;
}
