import { DayNumber, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { CurrencyCode, FeeLine, OfficeRight } from "../office-pack";
import { anniversaryMonthEnd, feeYearContaining, monthsAfter } from "./month-end";
import { RenewalData, priceRenewalForSchedule } from "./pricing";

/** The flag of lines listed without a grant date. */
export const GRANT_DATE_UNKNOWN = "grant-date-unknown";
/** The flag of a national fee whose payment window is extended by EPC Art. 141(2). */
export const ART_141_2 = "art-141-2-window";

/** What differs between the offices that collect renewals after grant. */
export interface AfterGrantRules {
  data: RenewalData;
  currency: CurrencyCode;
  /** The office's first and last renewal years (DE 3, FR 2, NL 4, GB 5, UP 2; all to 20). */
  firstYear: number;
  lastYear: number;
  /** National offices: a fee falling due within two months after the mention of grant may be paid within them. */
  art1412: boolean;
  /** The last day without surcharge, where later than the due date (DE, GB). */
  freeUntilOf?(due: DayNumber): DayNumber;
  /** The last day with surcharge for a nominal due date. */
  lastDayOf(due: DayNumber): DayNumber | undefined;
  /** Adjusts a fee for the right (UP: the licence-of-right reduction); default: unchanged. */
  adjust?(
    amount: Money,
    due: DayNumber,
    right: OfficeRight
  ): { amount: Money; flag?: string; note?: string };
}

/**
 * The renewal schedule of a European patent after grant (a Unitary Patent or a national validation), or
 * of a national patent: the years after the year in which the mention of grant is published (EPC
 * Art. 86(2) and 141(1): the EPO collects up to that year), each due on the last day of the month of the
 * filing-date anniversary. Without a grant date every year from the office's first is listed and flagged.
 * In a schedule the due date stands in for the payment date when choosing the table.
 */
export function afterGrantSchedule(right: OfficeRight, rules: AfterGrantRules): FeeLine[] {
  const { filing, grant } = right;
  if (grant !== undefined && grant < filing)
    throw new DomainError(
      "date-order",
      "grantDate",
      `grantDate ${dayToIso(grant)} is before the filing date ${dayToIso(filing)}: give the date the mention of grant was published.`
    );
  const firstYear =
    grant === undefined
      ? rules.firstYear
      : Math.max(rules.firstYear, feeYearContaining(filing, grant) + 1);
  const lines: FeeLine[] = [];
  for (let year = firstYear; year <= rules.lastYear; year += 1) {
    const nominal = anniversaryMonthEnd(filing, year);
    const flags: string[] = [];
    const notes: string[] = [];
    let freeUntil = rules.freeUntilOf?.(nominal);
    if (grant === undefined) {
      flags.push(GRANT_DATE_UNKNOWN);
      notes.push(
        "no grant date: every year from the first renewal is listed; a European patent pays here only the years after the year the mention of grant is published"
      );
    } else if (rules.art1412 && nominal <= monthsAfter(grant, 2)) {
      const window = monthsAfter(grant, 2);
      if (freeUntil === undefined || freeUntil < window) freeUntil = window;
      flags.push(ART_141_2);
      notes.push(
        `falls due within two months after the mention of grant: payable without surcharge until ${dayToIso(window)} (EPC Art. 141(2))`
      );
    }
    const priced = priceRenewalForSchedule(rules.data, year, nominal);
    let amount = priced.amount;
    if (amount !== undefined && rules.adjust) {
      const adjusted = rules.adjust(amount, nominal, right);
      amount = adjusted.amount;
      if (adjusted.flag) flags.push(adjusted.flag);
      if (adjusted.note) notes.push(adjusted.note);
    }
    lines.push({
      year,
      due: nominal,
      ...(freeUntil === undefined ? {} : { freeUntil }),
      lastDay: rules.lastDayOf(nominal),
      amount,
      currency: rules.currency,
      confidence: priced.confidence,
      flags: [...priced.flags, ...flags],
      ...(priced.missing === undefined ? {} : { missing: priced.missing }),
      notes: [...priced.notes, ...notes],
    });
  }
  return lines;
}
