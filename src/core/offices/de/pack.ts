import { DayNumber } from "../../dates/civil";
import { NationalOffice, nationalPack, nationalRenewalFee } from "../europe/national-pack";
import { PricedFee } from "../europe/pricing";
import { OfficePack } from "../office-pack";
import { DE_DATA, DE_FIRST_YEAR, DE_LAST_YEAR } from "./data";
import { deLateFee, deFreeUntil } from "./late-fee";

/** DPMA (Germany): see docs/offices/de.md. */
export const DE_OFFICE: NationalOffice = {
  code: "DE",
  currency: "EUR",
  name: "DPMA (Germany)",
  data: DE_DATA,
  firstYear: DE_FIRST_YEAR,
  lastYear: DE_LAST_YEAR,
  freeUntilOf: deFreeUntil,
  lateFee: (fee, due, paid, entity) => deLateFee(fee, due, paid, entity),
};

/** The renewal fee for `year` from the table in force on `day`. */
export function deRenewalFee(year: number, day: DayNumber): PricedFee {
  return nationalRenewalFee(DE_OFFICE, year, day);
}

export const DE_PACK: OfficePack = nationalPack(DE_OFFICE);
