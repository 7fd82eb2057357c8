import { DayNumber } from "../dates/civil";
import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import {
  AmountType,
  Beneficiary,
  CostBase,
  JurisdictionGroup,
  LimitScope,
  ProgrammeStatus,
  RightType,
  RuleRole,
  Trigger,
} from "./vocabulary";

/**
 * One validated rule row of a subsidy programme (docs/subsidies.md, data model), as the loader
 * builds it from `src/data/subsidies.json` or a user's table. Amounts are exact Money in the row's
 * currency; dates are day numbers; an absent cap means "no such cap".
 * @example findProgramme("SZ-2021", BUILT_IN_PROGRAMMES).rules[0].id //=> "SZ-2021/cn-invention-grant"
 */
export interface SubsidyRule {
  /** Unique rule id, by convention `PROGRAMME/what`, e.g. "SZ-2021/cn-invention-grant". */
  id: string;
  /** Id of the programme the row belongs to, e.g. "SZ-2021". */
  programme: string;
  programmeName: string;
  region: string;
  /** ISO 4217 code of every amount in the row; "CNY" unless the data says otherwise. */
  currency: string;
  role: RuleRole;
  /** Limit rows only: whom the limit restricts. */
  scope?: LimitScope;
  beneficiary: Beneficiary;
  /** Kinds of right the row matches (one or more; "any" matches all). */
  rightTypes: readonly RightType[];
  /** Jurisdiction groups the row matches (one or more; "any" matches all). */
  jurisdictionGroups: readonly JurisdictionGroup[];
  /** When present, only these canonical office codes match (e.g. EUIPO, OAPI, ARIPO: EM, OA, AP). */
  offices?: readonly string[];
  trigger: Trigger;
  /** Pays rows: fixed amount or percent of a cost base. Limit rows: "percent" when they cap by rate. */
  amountType?: AmountType;
  /** Fixed rows: the amount per case (per unit, e.g. per designated country for Madrid). */
  amount?: Money;
  /** Percent rows: the rate as a fraction ("0.5" is 50%). */
  rate?: Money;
  costBase?: CostBase;
  perCaseCap?: Money;
  perYearCountCap?: number;
  perYearAmountCap?: Money;
  /** Paid only when the applicant has at least this many matching events in the calendar year. */
  perYearMinCount?: number;
  /** At most this many payments per right, whatever the year (e.g. annuity refunds for six years). */
  perRightCountCap?: number;
  /**
   * Pays only for events within this many years from the right's grant date, [grant, grant + n years)
   * (Hetao: annuities paid within six years from grant). An event without a grant date is not paid.
   */
  windowYearsFromGrant?: number;
  /** The payment is claimed this many years after the event's year: the offset is dated 31 December then. */
  claimLagYears?: number;
  /** Paid once per applicant per programme, with the applicant's first matching event. */
  firstTimeBonus?: Money;
  /** Rules sharing a stacking group exclude each other: the one paying most for the event wins. */
  stackingGroup?: string;
  effectiveFrom: DayNumber;
  /** Last day in force (inclusive); absent while the rule is open-ended. */
  effectiveTo?: DayNumber;
  status: ProgrammeStatus;
  /** Conditions the engine does not check (e.g. "annual cap set by taxes paid"), for display. */
  conditions?: string;
  source: string;
  verified: boolean;
}

/**
 * A programme: its rule rows, with the span of their effective periods.
 * @example dayToIso(findProgramme("SZ-2022", BUILT_IN_PROGRAMMES).effectiveFrom) //=> "2022-12-01"
 */
export interface Programme {
  id: string;
  name: string;
  region: string;
  currency: string;
  /** Earliest effectiveFrom of its rows. */
  effectiveFrom: DayNumber;
  /** Latest effectiveTo of its rows; absent when a row is open-ended. */
  effectiveTo?: DayNumber;
  /** True only when every row is verified. */
  verified: boolean;
  /** Rows sorted by id. */
  rules: readonly SubsidyRule[];
}

/**
 * The programme with id `id` (case-insensitive, so a cell may say "sz-2021"), or a DomainError that lists
 * the ids there are.
 * @example findProgramme("sz-2021", BUILT_IN_PROGRAMMES).id //=> "SZ-2021"
 */
export function findProgramme(
  id: string,
  programmes: readonly Programme[],
  field = "programme"
): Programme {
  const wanted = String(id).normalize("NFKC").trim().toUpperCase();
  const found = programmes.find((programme) => programme.id.toUpperCase() === wanted);
  if (found) return found;
  const known = programmes.map((programme) => programme.id).join(", ");
  throw new DomainError(
    "unknown-programme",
    field,
    `${field} "${id}" is not a known subsidy programme: use one of ${known}.`
  );
}
