import raw from "../../../data/offices/up-fees.json";
import { DomainError } from "../../errors/domain-error";
import { Dated } from "../../rules/dated-series";
import { RenewalData } from "../europe/pricing";
import {
  Figure,
  parseDatedFigures,
  parseRenewalTables,
  parseReported,
} from "../europe/renewal-table";

/** Unitary Patent renewal years: the 2nd to the 20th (RFeesUPP Art. 2(2)). */
export const UP_FIRST_YEAR = 2;
export const UP_LAST_YEAR = 20;

export interface UpData extends RenewalData {
  /** The additional fee for late payment, as a fraction of the (possibly reduced) renewal fee. */
  lateSurcharge: Dated<Figure>[];
  /** The licence-of-right reduction, as a fraction (RFeesUPP Art. 3). */
  licenceOfRight: Dated<Figure>[];
}

/** Validates the Unitary Patent data file; a malformed entry fails here with the file and key named. */
export function loadUpData(file: unknown, name = "up-fees.json"): UpData {
  if (typeof file !== "object" || file === null)
    throw new DomainError("invalid-data", name, `${name}: not a JSON object.`);
  const data = file as Record<string, unknown>;
  return {
    file: name,
    what: "Unitary Patent renewal-fee table",
    renewal: parseRenewalTables(data.renewal, `${name} renewal`, UP_FIRST_YEAR, UP_LAST_YEAR),
    reported: parseReported(data.reported, `${name} reported`),
    lateSurcharge: parseDatedFigures(data.lateSurcharge, `${name} lateSurcharge`),
    licenceOfRight: parseDatedFigures(data.licenceOfRight, `${name} licenceOfRight`),
  };
}

export const UP_DATA: UpData = loadUpData(raw);
