import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { PricedFee, checkYear, priceRenewal, requireAmount, roundCents } from "../europe/pricing";
import { UP_DATA, UP_FIRST_YEAR, UP_LAST_YEAR, UpData } from "./data";

/** The flag of an amount reduced for a licence of right. */
export const LICENCE_OF_RIGHT = "licence-of-right";

/** A Unitary Patent fee reduced by the licence-of-right rate in force on `day` (15%), kept in cents. */
export function reduceForLicenceOfRight(
  amount: Money,
  day: DayNumber,
  data: UpData = UP_DATA
): Money {
  const rate = requireAmount(
    {
      ...valueInForce(data.licenceOfRight, day, "Unitary Patent licence-of-right reduction"),
      flags: [],
      notes: [],
    },
    "licenceOfRight"
  );
  return roundCents(amount.times(new Money(1).minus(rate)));
}

/**
 * The Unitary Patent renewal fee for `year` (2 to 20) paid on `paymentDate` (the amount in force on the
 * payment date applies), reduced by 15% when a licence-of-right statement is on file.
 */
export function upRenewalFee(
  year: number,
  paymentDate: DayNumber,
  licenceOfRight: boolean,
  data: UpData = UP_DATA
): PricedFee {
  checkYear(year, UP_FIRST_YEAR, UP_LAST_YEAR, "Unitary Patent");
  const fee = priceRenewal(data, year, paymentDate);
  if (!licenceOfRight || fee.amount === undefined) return fee;
  return {
    ...fee,
    amount: reduceForLicenceOfRight(fee.amount, paymentDate, data),
    flags: [...fee.flags, LICENCE_OF_RIGHT],
  };
}
