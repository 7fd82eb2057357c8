import { dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { GRANT_DATE_UNKNOWN } from "../europe/after-grant";
import { graceEnd } from "../europe/grace";
import { feeYearContaining } from "../europe/month-end";
import { priceRenewalForSchedule } from "../europe/pricing";
import { FeeLine, OfficeRight } from "../office-pack";
import { EP_DATA, EP_FIRST_YEAR, EP_LAST_YEAR, EpData } from "./data";
import { epDueDate } from "./due-date";
import { isEpMicro } from "./entity";
import { withMicroReduction } from "./renewal-fee";

/** The flag of a 3rd-year fee deferred to the end of the Euro-PCT 31-month period. */
export const EURO_PCT_DEFERRED = "euro-pct-deferred";

/**
 * The EPO renewal fees of a pending European application: from the 3rd year up to the year in which the
 * mention of grant is published (Art. 86(2) EPC), the year counted from the (international) filing date
 * that contains `right.grant`. Without a grant date, every year to the 20th is listed and each line says
 * so. The due date stands in for the payment date when choosing the table.
 */
export function epSchedule(right: OfficeRight, data: EpData = EP_DATA): FeeLine[] {
  const micro = isEpMicro(right.entity);
  const { filing, grant, priority } = right;
  if (grant !== undefined && grant < filing)
    throw new DomainError(
      "date-order",
      "grantDate",
      `grantDate ${dayToIso(grant)} is before the filing date ${dayToIso(filing)}: give the date the mention of grant was published.`
    );
  const lastYear =
    grant === undefined ? EP_LAST_YEAR : Math.min(EP_LAST_YEAR, feeYearContaining(filing, grant));
  const lines: FeeLine[] = [];
  for (let year = EP_FIRST_YEAR; year <= lastYear; year += 1) {
    const { due, deferred } = epDueDate(filing, year, priority);
    let priced = priceRenewalForSchedule(data, year, due);
    if (micro) priced = withMicroReduction(priced, due, data);
    const flags = [...priced.flags];
    const notes = [...priced.notes];
    if (deferred) {
      flags.push(EURO_PCT_DEFERRED);
      notes.push("due date deferred to the end of the 31-month period (Euro-PCT)");
    }
    if (grant === undefined) {
      flags.push(GRANT_DATE_UNKNOWN);
      notes.push(
        "no date of the mention of grant: listed to the 20th year; the EPO collects only up to the year the mention of grant is published"
      );
    }
    lines.push({
      year,
      due,
      lastDay: graceEnd(due),
      amount: priced.amount,
      currency: "EUR",
      confidence: priced.confidence,
      flags,
      ...(priced.missing === undefined ? {} : { missing: priced.missing }),
      notes,
    });
  }
  return lines;
}
