import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { CurrencyCode, OfficeCode, OfficePack } from "../office-pack";
import { afterGrantSchedule } from "./after-grant";
import { graceEnd } from "./grace";
import { PricedFee, RenewalData, checkYear, priceRenewal } from "./pricing";

/** What one national office (DE, FR, NL, GB) adds to the shared after-grant rules. */
export interface NationalOffice {
  code: OfficeCode;
  currency: CurrencyCode;
  /** The office's name in messages: "the DPMA (Germany)". */
  name: string;
  data: RenewalData;
  firstYear: number;
  lastYear: number;
  /** The last day without surcharge, where later than the due date (DE, GB). */
  freeUntilOf?(due: DayNumber): DayNumber;
  lateFee(fee: Money, due: DayNumber, paid: DayNumber, entity?: string): Money;
}

/**
 * The national renewal fee for `year` from the table in force on `day`: the payment date (FR, NL, GB) or
 * the due date (DE, PatKostG §13), whichever the caller has.
 */
export function nationalRenewalFee(
  office: NationalOffice,
  year: number,
  day: DayNumber
): PricedFee {
  checkYear(year, office.firstYear, office.lastYear, office.name);
  return priceRenewal(office.data, year, day);
}

/**
 * The pack of a national office: renewals of a European patent validated there (or of a national patent)
 * for the years after the year of the mention of grant, counted from the filing date, due at the end of
 * the anniversary month, with the EPC Art. 141(2) two-month window and a six-month grace period.
 */
export function nationalPack(office: NationalOffice): OfficePack {
  return {
    code: office.code,
    currency: office.currency,
    kinds: ["patent"],
    schedule: (right) =>
      afterGrantSchedule(right, {
        data: office.data,
        currency: office.currency,
        firstYear: office.firstYear,
        lastYear: office.lastYear,
        art1412: true,
        ...(office.freeUntilOf ? { freeUntilOf: office.freeUntilOf } : {}),
        lastDayOf: (due) => graceEnd(due),
      }),
    lateFee: (fee, due, paid, entity) => office.lateFee(fee, due, paid, entity),
  };
}
