import raw from "../../../data/offices/ep-fees.json";
import { DomainError } from "../../errors/domain-error";
import { Dated } from "../../rules/dated-series";
import { RenewalData } from "../europe/pricing";
import {
  Figure,
  parseDatedFigures,
  parseRenewalTables,
  parseReported,
} from "../europe/renewal-table";

/** The EPO's renewal years: the 3rd to the 20th (an application cannot outlive the 20-year term). */
export const EP_FIRST_YEAR = 3;
export const EP_LAST_YEAR = 20;

export interface EpData extends RenewalData {
  /** The additional fee for late payment, as a fraction of the renewal fee (Rule 51(2) EPC). */
  lateSurcharge: Dated<Figure>[];
  /** The micro-entity reduction, as a fraction (Rule 7a(3) EPC). */
  microReduction: Dated<Figure>[];
}

/** Validates the EPO data file; a malformed entry fails here with the file and key named. */
export function loadEpData(file: unknown, name = "ep-fees.json"): EpData {
  if (typeof file !== "object" || file === null)
    throw new DomainError("invalid-data", name, `${name}: not a JSON object.`);
  const data = file as Record<string, unknown>;
  return {
    file: name,
    what: "EPO renewal-fee table",
    renewal: parseRenewalTables(data.renewal, `${name} renewal`, EP_FIRST_YEAR, EP_LAST_YEAR),
    reported: parseReported(data.reported, `${name} reported`),
    lateSurcharge: parseDatedFigures(data.lateSurcharge, `${name} lateSurcharge`),
    microReduction: parseDatedFigures(data.microReduction, `${name} microReduction`),
  };
}

export const EP_DATA: EpData = loadEpData(raw);
