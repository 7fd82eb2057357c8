import raw from "../../../data/offices/de-fees.json";
import { DomainError } from "../../errors/domain-error";
import { Dated } from "../../rules/dated-series";
import { RenewalData } from "../europe/pricing";
import {
  Figure,
  parseDatedFigures,
  parseRenewalTables,
  parseReported,
} from "../europe/renewal-table";

/** German (DPMA) renewal years: the 3rd to the 20th. */
export const DE_FIRST_YEAR = 3;
export const DE_LAST_YEAR = 20;

export interface DeData extends RenewalData {
  /** The flat surcharge for payment after the end of the second month (PatKostG §7(1)), in EUR. */
  lateSurcharge: Dated<Figure>[];
}

/** Validates the German (DPMA) data file; a malformed entry fails here with the file and key named. */
export function loadDeData(file: unknown, name = "de-fees.json"): DeData {
  if (typeof file !== "object" || file === null)
    throw new DomainError("invalid-data", name, `${name}: not a JSON object.`);
  const data = file as Record<string, unknown>;
  return {
    file: name,
    what: "German (DPMA) renewal-fee table",
    renewal: parseRenewalTables(data.renewal, `${name} renewal`, DE_FIRST_YEAR, DE_LAST_YEAR),
    reported: parseReported(data.reported, `${name} reported`),
    lateSurcharge: parseDatedFigures(data.lateSurcharge, `${name} lateSurcharge`),
  };
}

export const DE_DATA: DeData = loadDeData(raw);
