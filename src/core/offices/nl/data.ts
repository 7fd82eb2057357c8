import raw from "../../../data/offices/nl-fees.json";
import { DomainError } from "../../errors/domain-error";
import { Dated } from "../../rules/dated-series";
import { RenewalData } from "../europe/pricing";
import {
  Figure,
  parseDatedFigures,
  parseRenewalTables,
  parseReported,
} from "../europe/renewal-table";

/** Dutch (Octrooicentrum Nederland) renewal years: the 4th to the 20th. */
export const NL_FIRST_YEAR = 4;
export const NL_LAST_YEAR = 20;

export interface NlData extends RenewalData {
  /** The surcharge for payment within six months after the due date, as a fraction of the fee. */
  lateSurcharge: Dated<Figure>[];
}

/** Validates the Dutch (Octrooicentrum Nederland) data file; a malformed entry fails here with the file and key named. */
export function loadNlData(file: unknown, name = "nl-fees.json"): NlData {
  if (typeof file !== "object" || file === null)
    throw new DomainError("invalid-data", name, `${name}: not a JSON object.`);
  const data = file as Record<string, unknown>;
  return {
    file: name,
    what: "Dutch (Octrooicentrum Nederland) renewal-fee table",
    renewal: parseRenewalTables(data.renewal, `${name} renewal`, NL_FIRST_YEAR, NL_LAST_YEAR),
    reported: parseReported(data.reported, `${name} reported`),
    lateSurcharge: parseDatedFigures(data.lateSurcharge, `${name} lateSurcharge`),
  };
}

export const NL_DATA: NlData = loadNlData(raw);
