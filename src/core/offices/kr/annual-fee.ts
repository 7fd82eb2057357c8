import { DayNumber } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { checkClaims } from "../claims";
import { Confidence, SourceRef } from "../office-pack";
import { checkKrYear } from "./due-dates";
import { KR_DATA, KrData } from "./kr-data";

export interface KrFee {
  amount: Money;
  confidence: Confidence;
  source: SourceRef;
  tableFrom: DayNumber;
}

/**
 * The KIPO patent fee of one year, in KRW: base + per-claim amount × claims of the band holding the year,
 * from the table in force on `selector`: the grant decision date for years 1-3 (설정등록료), the payment
 * date from year 4 (연차료). No reduction (감면): the schemes in force for foreign applicants are not in
 * our data.
 * @example krAnnualFee(4, 10, isoToDay("2028-03-05")).amount.toString() //=> "236000"
 */
export function krAnnualFee(
  year: number,
  claims: number | undefined,
  selector: DayNumber,
  data: KrData = KR_DATA
): KrFee {
  checkKrYear(year);
  const count = checkClaims(claims, "KIPO patent fee");
  const what = year <= 3 ? "KIPO fee table for grant decisions" : "KIPO fee table for payments";
  const table = valueInForce(data.patent, selector, what);
  const band = table.bands.find((b) => b.years[0] <= year && year <= b.years[1]);
  if (!band)
    throw new DomainError(
      "no-rule-in-force",
      "year",
      `The KIPO table has no fee for year ${year}.`
    );
  return {
    amount: band.base.plus(band.perClaim.times(count)),
    confidence: table.confidence,
    source: table.source,
    tableFrom: data.patent.find((entry) => entry.value === table)!.from,
  };
}
