import { DayNumber } from "../../dates/civil";
import { NationalOffice, nationalPack, nationalRenewalFee } from "../europe/national-pack";
import { PricedFee } from "../europe/pricing";
import { OfficePack } from "../office-pack";
import { NL_DATA, NL_FIRST_YEAR, NL_LAST_YEAR } from "./data";
import { nlLateFee } from "./late-fee";

/** Octrooicentrum Nederland: see docs/offices/nl.md. */
export const NL_OFFICE: NationalOffice = {
  code: "NL",
  currency: "EUR",
  name: "Octrooicentrum Nederland",
  data: NL_DATA,
  firstYear: NL_FIRST_YEAR,
  lastYear: NL_LAST_YEAR,

  lateFee: (fee, due, paid, entity) => nlLateFee(fee, due, paid, entity),
};

/** The renewal fee for `year` from the table in force on `day`. */
export function nlRenewalFee(year: number, day: DayNumber): PricedFee {
  return nationalRenewalFee(NL_OFFICE, year, day);
}

export const NL_PACK: OfficePack = nationalPack(NL_OFFICE);
