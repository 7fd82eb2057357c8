/**
 * The words a subsidy rule row is written in (docs/subsidies.md, "What a programme must be able
 * to express"). Each list is the closed set the loader accepts; anything else in a data file or a user's
 * table is rejected by name rather than matched by accident.
 *
 * Extensions of the domain file's model, each needed to express a row of the seed table or of the later
 * rules, are marked "(extension)".
 */

/**
 * Kinds of right a rule can pay for. `any` matches every kind.
 * (extension) `collective-mark` (certification or collective trademark) and `geographical-indication`
 * carry their own Shenzhen 2021 amounts (200,000 and 500,000), which an ordinary trademark must not
 * receive; `software-copyright` (CPCC software registration) and `copyright` (registration of other
 * works) have different amounts and thresholds (300 with ≥ 20 a year, 200 with ≥ 5 a year).
 * @example RIGHT_TYPES.includes("trademark") //=> true
 */
export const RIGHT_TYPES = [
  "invention",
  "utility",
  "design",
  "trademark",
  "collective-mark",
  "geographical-indication",
  "copyright",
  "software-copyright",
  "any",
] as const;
/** @example const kind: RightType = "invention"; */
export type RightType = (typeof RIGHT_TYPES)[number];

/**
 * Where a right is filed or registered, as a group of offices (see `jurisdiction-group.ts`).
 * (extension) `Madrid` is an international trademark registration through WIPO, which the Shenzhen 2021
 * table pays per designated country.
 * @example JURISDICTION_GROUPS.includes("other-foreign") //=> true
 */
export const JURISDICTION_GROUPS = [
  "CN",
  "JP",
  "US",
  "EP",
  "other-foreign",
  "PCT",
  "Madrid",
  "any",
] as const;
/** @example const group: JurisdictionGroup = "other-foreign"; */
export type JurisdictionGroup = (typeof JURISDICTION_GROUPS)[number];

/**
 * What happens to a right that a rule pays for; an event of the same name triggers the rule.
 * @example TRIGGERS.includes("publication") //=> true
 */
export const TRIGGERS = [
  "filing",
  "publication",
  "grant",
  "registration",
  "annuity-paid",
  "premium-paid",
  "loan-repaid",
] as const;
/** @example const trigger: Trigger = "grant"; */
export type Trigger = (typeof TRIGGERS)[number];

/**
 * The cost a percent rule takes its share of. The event carries the amount (`SubsidyEvent.costBase`).
 * (extension) `filing-costs`: official, agent and translation fees of a foreign filing, which the
 * Japanese foreign-filing grant covers.
 * @example COST_BASES.includes("premium") //=> true
 */
export const COST_BASES = [
  "official-fees",
  "annuity",
  "premium",
  "interest",
  "filing-costs",
] as const;
/** @example const base: CostBase = "premium"; */
export type CostBase = (typeof COST_BASES)[number];

/**
 * A fixed amount per case, or a rate (a fraction: "0.5" is 50%) of a cost base.
 * @example AMOUNT_TYPES //=> ["fixed", "percent"]
 */
export const AMOUNT_TYPES = ["fixed", "percent"] as const;
/** @example const type: AmountType = "percent"; */
export type AmountType = (typeof AMOUNT_TYPES)[number];

/**
 * Legal status of the text a row comes from. Draft rows are reported but not paid by default.
 * @example STATUSES //=> ["active", "historic", "draft"]
 */
export const STATUSES = ["active", "historic", "draft"] as const;
/** @example const status: ProgrammeStatus = "historic"; */
export type ProgrammeStatus = (typeof STATUSES)[number];

/**
 * (extension) `pays`: the row pays an amount. `limit`: the row restricts what other rows pay, such as
 * the CNIPA 2021 rule that grant subsidies of all levels together stay within 50% of the official fees,
 * or a programme-wide amount per applicant per year.
 * @example ROLES //=> ["pays", "limit"]
 */
export const ROLES = ["pays", "limit"] as const;
/** @example const role: RuleRole = "limit"; */
export type RuleRole = (typeof ROLES)[number];

/**
 * (extension) What a limit row restricts: its own programme, or every programme in its currency.
 * @example LIMIT_SCOPES //=> ["programme", "all"]
 */
export const LIMIT_SCOPES = ["programme", "all"] as const;
/** @example const scope: LimitScope = "all"; */
export type LimitScope = (typeof LIMIT_SCOPES)[number];

/**
 * (extension) Who receives the money. Shenzhen 2021 also paid patent agents 1,000 per granted case; the
 * engine computes applicants' offsets only, so agent rows are kept as reference data and never applied.
 * @example BENEFICIARIES //=> ["applicant", "agent"]
 */
export const BENEFICIARIES = ["applicant", "agent"] as const;
/** @example const who: Beneficiary = "applicant"; */
export type Beneficiary = (typeof BENEFICIARIES)[number];

/**
 * True when `value` is one of `words`; narrows the type.
 * @example isOneOf(TRIGGERS, "grant") //=> true
 * @example isOneOf(TRIGGERS, "granted") //=> false
 */
export function isOneOf<T extends string>(words: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (words as readonly string[]).includes(value);
}
