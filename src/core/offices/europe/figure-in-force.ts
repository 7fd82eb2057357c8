import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { Dated, valueInForce } from "../../rules/dated-series";
import { requireAmount } from "./pricing";
import { Figure } from "./renewal-table";

/** The amount of a dated figure in force on `day`, or "#N/A" naming what is missing. */
export function amountInForce(
  series: readonly Dated<Figure>[],
  day: DayNumber,
  what: string,
  field: string
): Money {
  return requireAmount({ ...valueInForce(series, day, what), flags: [], notes: [] }, field);
}
