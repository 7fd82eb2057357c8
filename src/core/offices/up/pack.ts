import { afterGrantSchedule } from "../europe/after-grant";
import { graceEnd } from "../europe/grace";
import { OfficePack, OfficeRight } from "../office-pack";
import { UP_DATA, UP_FIRST_YEAR, UP_LAST_YEAR } from "./data";
import { upLateFee } from "./late-fee";
import { LICENCE_OF_RIGHT, reduceForLicenceOfRight } from "./renewal-fee";

/**
 * The Unitary Patent's renewal fees: the years after the year in which the mention of grant is published,
 * counted from the EP filing date, due at the end of the anniversary month (Rule 13 UPR); a fee falling
 * due after a licence-of-right statement was received is 15% lower. The special window for a fee falling
 * due shortly after grant (UP Guidelines 3.1.7.5) is not modelled (its terms are not confirmed).
 */
export function upSchedule(right: OfficeRight) {
  return afterGrantSchedule(right, {
    data: UP_DATA,
    currency: "EUR",
    firstYear: UP_FIRST_YEAR,
    lastYear: UP_LAST_YEAR,
    art1412: false,
    lastDayOf: (due) => graceEnd(due),
    adjust: (amount, due, r) =>
      r.licenceOfRight !== undefined && due > r.licenceOfRight
        ? {
            amount: reduceForLicenceOfRight(amount, due),
            flag: LICENCE_OF_RIGHT,
            note: "reduced by 15%: a licence-of-right statement was received before the due date",
          }
        : { amount },
  });
}

export const UP_PACK: OfficePack = {
  code: "UP",
  currency: "EUR",
  kinds: ["patent"],
  schedule: upSchedule,
  lateFee: (fee, due, paid, entity) => upLateFee(fee, due, paid, entity),
};
