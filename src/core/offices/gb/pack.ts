import { DayNumber } from "../../dates/civil";
import { NationalOffice, nationalPack, nationalRenewalFee } from "../europe/national-pack";
import { PricedFee } from "../europe/pricing";
import { OfficePack } from "../office-pack";
import { GB_DATA, GB_FIRST_YEAR, GB_LAST_YEAR } from "./data";
import { gbLateFee, gbFreeUntil } from "./late-fee";

/** UKIPO: see docs/offices/gb.md. */
export const GB_OFFICE: NationalOffice = {
  code: "GB",
  currency: "GBP",
  name: "UKIPO",
  data: GB_DATA,
  firstYear: GB_FIRST_YEAR,
  lastYear: GB_LAST_YEAR,
  freeUntilOf: gbFreeUntil,
  lateFee: (fee, due, paid, entity) => gbLateFee(fee, due, paid, entity),
};

/** The renewal fee for `year` from the table in force on `day`. */
export function gbRenewalFee(year: number, day: DayNumber): PricedFee {
  return nationalRenewalFee(GB_OFFICE, year, day);
}

export const GB_PACK: OfficePack = nationalPack(GB_OFFICE);
