import { DayNumber } from "../../dates/civil";
import { NationalOffice, nationalPack, nationalRenewalFee } from "../europe/national-pack";
import { PricedFee } from "../europe/pricing";
import { OfficePack } from "../office-pack";
import { FR_DATA, FR_FIRST_YEAR, FR_LAST_YEAR } from "./data";
import { frLateFee } from "./late-fee";

/** INPI (France): see docs/offices/fr.md. */
export const FR_OFFICE: NationalOffice = {
  code: "FR",
  currency: "EUR",
  name: "INPI (France)",
  data: FR_DATA,
  firstYear: FR_FIRST_YEAR,
  lastYear: FR_LAST_YEAR,

  lateFee: (fee, due, paid, entity) => frLateFee(fee, due, paid, entity),
};

/** The renewal fee for `year` from the table in force on `day`. */
export function frRenewalFee(year: number, day: DayNumber): PricedFee {
  return nationalRenewalFee(FR_OFFICE, year, day);
}

export const FR_PACK: OfficePack = nationalPack(FR_OFFICE);
