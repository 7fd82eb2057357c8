import { DayNumber } from "../dates/civil";
import { Money } from "../money/money";

/** The assumptions of a projection; all of them are printed on the Summary sheet. */
export interface ProjectionSettings {
  asOf: DayNumber;
  /** Years from the as-of date: fees due in [asOf, asOf + horizonYears) are projected. */
  horizonYears: number;
  /** First month of the fiscal year, 1 = January (calendar year), 4 = April (Japanese fiscal year). */
  fiscalYearStartMonth: number;
  /** Output currency; `ratePerCny` is how many units of it one yuan buys, as the user states it. */
  currency: { code: string; ratePerCny: Money };
  /** Move due dates and grace ends on Chinese rest days to the next working day. */
  shiftToWorkday: boolean;
  /** Add a financing line (IP pledge loans' net cost, from the loans table) to the Summary; off by default. */
  includeFinancing?: boolean;
}

export const DEFAULT_HORIZON_YEARS = 10;
export const MAX_HORIZON_YEARS = 30;
