import raw from "../../../data/offices/fr-fees.json";
import { DomainError } from "../../errors/domain-error";
import { Dated } from "../../rules/dated-series";
import { RenewalData } from "../europe/pricing";
import {
  Figure,
  parseDatedFigures,
  parseRenewalTables,
  parseReported,
} from "../europe/renewal-table";

/** French (INPI) renewal years: the 2nd to the 20th. */
export const FR_FIRST_YEAR = 2;
export const FR_LAST_YEAR = 20;

export interface FrData extends RenewalData {
  /** The supplement for payment in the grace period, as a fraction of the annuity (CPI L612-19). */
  lateSurcharge: Dated<Figure>[];
}

/** Validates the French (INPI) data file; a malformed entry fails here with the file and key named. */
export function loadFrData(file: unknown, name = "fr-fees.json"): FrData {
  if (typeof file !== "object" || file === null)
    throw new DomainError("invalid-data", name, `${name}: not a JSON object.`);
  const data = file as Record<string, unknown>;
  return {
    file: name,
    what: "French (INPI) renewal-fee table",
    renewal: parseRenewalTables(data.renewal, `${name} renewal`, FR_FIRST_YEAR, FR_LAST_YEAR),
    reported: parseReported(data.reported, `${name} reported`),
    lateSurcharge: parseDatedFigures(data.lateSurcharge, `${name} lateSurcharge`),
  };
}

export const FR_DATA: FrData = loadFrData(raw);
