import { DayNumber, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { indexInForce, noRuleInForce } from "../../rules/dated-series";
import { checkClaims } from "../claims";
import { JpEntity } from "../entity";
import { lowerGrade } from "../grades";
import { Confidence } from "../office-pack";
import { checkJpYear } from "./due-dates";
import { JP_DATA, JpBand, JpData, JpKind, JpTable } from "./jp-data";

/** What prices one JPO annual fee. */
export interface JpFeeQuery {
  kind: JpKind;
  year: number;
  /** Required for patents and utility models; ignored for designs. */
  claims?: number;
  reduction?: JpEntity;
  /** Selects the table in force (the JPO prices by payment date). */
  payment: DayNumber;
  /** A request for examination before 2004-04-01 selects the older patent table. */
  examRequest?: DayNumber;
}

export interface JpFee {
  /** The fee of one year, in JPY, after any reduction (rounded down to 10 yen). */
  amount: Money;
  confidence: Confidence;
  /** The start of the table used; undefined for the table chosen by the request for examination. */
  tableFrom: DayNumber | undefined;
}

/** What the JPO tables of a kind are called in messages (the `what` of a "no-rule-in-force" error). */
export const jpTableName = (kind: JpKind) => `JPO ${kind} fee table`;

/** The table that prices the query, or undefined when its payment date is before the data starts. */
function tableFor(
  query: JpFeeQuery,
  data: JpData
): { table: JpTable; from: DayNumber | undefined } | undefined {
  if (
    query.kind === "patent" &&
    query.examRequest !== undefined &&
    query.examRequest < data.oldExam.examRequestBefore
  )
    return { table: data.oldExam.table, from: undefined };
  const series = data.tables[query.kind];
  const index = indexInForce(series, query.payment);
  return index < 0 ? undefined : { table: series[index].value, from: series[index].from };
}

/**
 * A band's amount for a claim count, made once: every right with as many claims shares one Money, so
 * what is computed from it (conversions, cells, totals) is computed once per amount, not per line.
 */
const fullAmounts = new WeakMap<JpBand, Map<number, Money>>();
function fullAmount(band: JpBand, claims: number): Money {
  const perClaim = band.perClaim;
  if (!perClaim) return band.base;
  let byClaims = fullAmounts.get(band);
  if (!byClaims) fullAmounts.set(band, (byClaims = new Map()));
  let amount = byClaims.get(claims);
  if (!amount) byClaims.set(claims, (amount = band.base.plus(perClaim.times(claims))));
  return amount;
}

/** Reduced amount: the share paid, rounded down to 10 yen, per annual amount (never on a total). */
function reduce(
  full: Money,
  query: JpFeeQuery,
  data: JpData
): { amount: Money; confidence: Confidence | undefined } {
  const reduction = query.reduction ?? "none";
  if (reduction === "none") return { amount: full, confidence: undefined };
  const rules = data.reductions;
  if (query.kind !== "patent")
    throw new DomainError(
      "invalid-entity",
      "reduction",
      `The JPO reductions in our data cover patent fees only: leave reduction blank for a ${query.kind}.`
    );
  if (query.examRequest !== undefined && query.examRequest < rules.examRequestFrom)
    throw new DomainError(
      "invalid-entity",
      "reduction",
      `The JPO reductions in our data cover requests for examination from ${dayToIso(rules.examRequestFrom)}; this one was filed on ${dayToIso(query.examRequest)}: leave reduction blank.`
    );
  if (query.year < rules.years[0] || query.year > rules.years[1])
    return { amount: full, confidence: undefined };
  // Multiply, then divide: 1/3 as a decimal would make 73,200 × 0.333… fall just under 24,400.
  const share = rules.pays[reduction];
  const exact = full.times(share.numerator).dividedBy(share.denominator);
  const step = rules.roundDownTo;
  const amount = exact.dividedBy(step).floor().times(step);
  const confidence = amount.equals(exact)
    ? rules.confidence
    : lowerGrade(rules.confidence, rules.roundingConfidence);
  return { amount, confidence };
}

/**
 * The JPO annual fee of one year, in JPY: base + per-claim amount × claims of the band that holds the
 * year, from the table in force on the payment date; with a reduction (中小企業 pays 1/2, 小規模企業 pays 1/3,
 * years 1-10 of a patent), each year's amount is rounded down to 10 yen.
 * @example jpAnnualFee({ kind: "patent", year: 4, claims: 10, payment: isoToDay("2028-06-12") }).amount.toString() //=> "18300"
 */
export function jpAnnualFee(query: JpFeeQuery, data: JpData = JP_DATA): JpFee {
  const fee = jpAnnualFeeInForce(query, data);
  if (!fee) throw noRuleInForce(data.tables[query.kind], query.payment, jpTableName(query.kind));
  return fee;
}

/**
 * `jpAnnualFee`, or undefined where it would throw "no-rule-in-force" because the payment date is before
 * the data starts (`noRuleInForceMessage` words why): a schedule meets that case on many lines, and an
 * exception per line is slow. Every other error is thrown as `jpAnnualFee` throws it, in the same order.
 */
export function jpAnnualFeeInForce(query: JpFeeQuery, data: JpData = JP_DATA): JpFee | undefined {
  checkJpYear(query.kind, query.year);
  const claims = query.kind === "design" ? 0 : checkClaims(query.claims, `JPO ${query.kind} fee`);
  const chosen = tableFor(query, data);
  if (!chosen) return undefined;
  const { table, from } = chosen;
  const band = table.bands.find((b) => b.years[0] <= query.year && query.year <= b.years[1]);
  if (!band)
    throw new DomainError(
      "no-rule-in-force",
      "year",
      `The JPO ${query.kind} table has no fee for year ${query.year}.`
    );
  const full = fullAmount(band, claims);
  const reduced = reduce(full, query, data);
  const confidence = reduced.confidence
    ? lowerGrade(band.confidence, reduced.confidence)
    : band.confidence;
  return { amount: reduced.amount, confidence, tableFrom: from };
}
