import raw from "../../../data/offices/gb-fees.json";
import { DomainError } from "../../errors/domain-error";
import { Dated } from "../../rules/dated-series";
import { RenewalData } from "../europe/pricing";
import {
  Figure,
  parseDatedFigures,
  parseRenewalTables,
  parseReported,
} from "../europe/renewal-table";

/** UKIPO renewal years: the 5th to the 20th. */
export const GB_FIRST_YEAR = 5;
export const GB_LAST_YEAR = 20;

export interface GbData extends RenewalData {
  /** The late fee for each month after the first (Patents (Fees) Rules 2007, Schedule 2 Part 2), in GBP. */
  lateFeePerMonth: Dated<Figure>[];
}

/** Validates the UKIPO data file; a malformed entry fails here with the file and key named. */
export function loadGbData(file: unknown, name = "gb-fees.json"): GbData {
  if (typeof file !== "object" || file === null)
    throw new DomainError("invalid-data", name, `${name}: not a JSON object.`);
  const data = file as Record<string, unknown>;
  return {
    file: name,
    what: "UKIPO renewal-fee table",
    renewal: parseRenewalTables(data.renewal, `${name} renewal`, GB_FIRST_YEAR, GB_LAST_YEAR),
    reported: parseReported(data.reported, `${name} reported`),
    lateFeePerMonth: parseDatedFigures(data.lateFeePerMonth, `${name} lateFeePerMonth`),
  };
}

export const GB_DATA: GbData = loadGbData(raw);
