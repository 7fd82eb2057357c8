import { DayNumber } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { indexInForce, noRuleInForce } from "../../rules/dated-series";
import { checkClaims } from "../claims";
import { Confidence } from "../office-pack";
import { checkKrYear } from "./due-dates";
import { KR_DATA, KrBand, KrData } from "./kr-data";

export interface KrFee {
  amount: Money;
  confidence: Confidence;
  tableFrom: DayNumber;
}

/**
 * A band's amount for a claim count, made once: every right with as many claims shares one Money, so
 * what is computed from it (conversions, cells, totals) is computed once per amount, not per line.
 */
const fullAmounts = new WeakMap<KrBand, Map<number, Money>>();
function fullAmount(band: KrBand, claims: number): Money {
  let byClaims = fullAmounts.get(band);
  if (!byClaims) fullAmounts.set(band, (byClaims = new Map()));
  let amount = byClaims.get(claims);
  if (!amount) byClaims.set(claims, (amount = band.base.plus(band.perClaim.times(claims))));
  return amount;
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
  const fee = krAnnualFeeInForce(year, claims, selector, data);
  if (!fee) throw noRuleInForce(data.patent, selector, krTableName(year));
  return fee;
}

/** What the KIPO table selected for `year` is called in messages (the `what` of "no-rule-in-force"). */
export const krTableName = (year: number) =>
  year <= 3 ? "KIPO fee table for grant decisions" : "KIPO fee table for payments";

/**
 * `krAnnualFee`, or undefined where it would throw "no-rule-in-force" because `selector` is before the
 * data starts (`noRuleInForceMessage` words why): a schedule meets that case on many lines, and an
 * exception per line is slow. Every other error is thrown as `krAnnualFee` throws it, in the same order.
 */
export function krAnnualFeeInForce(
  year: number,
  claims: number | undefined,
  selector: DayNumber,
  data: KrData = KR_DATA
): KrFee | undefined {
  checkKrYear(year);
  const count = checkClaims(claims, "KIPO patent fee");
  const index = indexInForce(data.patent, selector);
  if (index < 0) return undefined;
  const table = data.patent[index].value;
  const band = table.bands.find((b) => b.years[0] <= year && year <= b.years[1]);
  if (!band)
    throw new DomainError(
      "no-rule-in-force",
      "year",
      `The KIPO table has no fee for year ${year}.`
    );
  return {
    amount: fullAmount(band, count),
    confidence: table.confidence,
    tableFrom: data.patent[index].from,
  };
}
