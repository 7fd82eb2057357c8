import { codedError } from "../i18n/issue-text";
import { DayNumber, addYearsClamped, dayToIso } from "../dates/civil";
import { isDomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { Confidence, CurrencyCode, FeeLine, OfficeCode, OfficePack } from "../offices/office-pack";
import { packOf } from "../offices/registry";
import { OfficePortfolioRight } from "../portfolio/read-portfolio";
import { RowIssue } from "../table/grid";
import { ExchangeRates, convertAt } from "./exchange-rates";
import { fiscalYearOf } from "./fiscal-year";
import { openFreeDay, openLastDays } from "./office-open-days";
import { ScheduleBasis } from "./right-schedule";
import { ProjectionSettings } from "./settings";
import { mapSteps, runSteps } from "../table/steps";
import { dueOrderInSteps, idOrderInSteps } from "./project";

/** One fee of a right at an office other than CN, in that office's currency and converted. */
export interface OfficeProjectionRow {
  sourceRow: number;
  id: string;
  owner: string;
  office: OfficeCode;
  kind: string;
  /** The fee year (US: the stage 1, 2 or 3). */
  year: number;
  due: DayNumber;
  fiscalYear: number;
  currency: CurrencyCode;
  /** In the office currency, rounded by the pack; undefined when the figure is not confirmed. */
  amount?: Money;
  /** Why `amount` is blank. */
  missing?: string;
  confidence: Confidence;
  flags: string[];
  /** An overdue fee in its grace period: the surcharge as of the as-of date, included in `amount`. */
  surcharge?: Money;
  /** `amount` in the output currency, rounded to its unit; undefined without amount or without rate. */
  converted?: Money;
  basis: ScheduleBasis;
}

/**
 * The right type a subsidy rule sees for an office's kind: a US utility patent, a JP/KR patent, an EP
 * application or a European patent is an invention; JP and KR utility models are utility models.
 * @example subsidyRightType("US", "utility") //=> "invention"
 */
export function subsidyRightType(
  office: OfficeCode,
  kind: string
): "invention" | "utility" | "design" {
  if (kind === "design") return "design";
  if (kind === "utility" && (office === "JP" || office === "KR" || office === "CN"))
    return "utility";
  return "invention";
}

/** A right whose earliest unpaid fee is past its last day: nothing budgeted. */
export interface OfficeLapsedRight {
  sourceRow: number;
  id: string;
  office: OfficeCode;
}

/** Offices whose pending applications are assumed granted on the as-of date, as CN ones are. */
const ASSUMED_GRANT: ReadonlySet<OfficeCode> = new Set(["JP", "KR", "US"]);

/**
 * Every fee of a right at another office, from its pack, and the basis it rests on: a pending JP, KR or
 * US application is taken as granted on the as-of date (or its filing date, if later), as CN ones are.
 * The projection and the Deadlines sheet both ask here, so they schedule a right the same way.
 * Throws the pack's DomainError (missing claims, an entity the office does not know, …).
 * @example officeScheduleOf(jpRight, asOf, JP_PACK).basis //=> "pending-assumed-grant"
 */
export function officeScheduleOf(
  right: OfficePortfolioRight,
  asOf: DayNumber,
  pack: OfficePack
): { lines: FeeLine[]; basis: ScheduleBasis } {
  const assume =
    right.status === "pending" && right.grant === undefined && ASSUMED_GRANT.has(right.office);
  const grant = assume ? Math.max(asOf, right.filing) : right.grant;
  const lines = pack.schedule({
    office: right.office,
    kind: right.kind,
    filing: right.filing,
    ...(grant !== undefined ? { grant } : {}),
    ...(right.priority !== undefined ? { priority: right.priority } : {}),
    ...(right.claims !== undefined ? { claims: right.claims } : {}),
    ...(right.entity !== "" ? { entity: right.entity } : {}),
  });
  return { lines, basis: assume ? "pending-assumed-grant" : "granted" };
}

/**
 * The fees of the horizon for rights at offices other than CN, from each office's pack: every fee year
 * after the last year paid whose due date falls in [as-of, as-of + horizon). Without a last year paid,
 * fees due before the as-of date are taken as paid. An unpaid fee past its last day without surcharge
 * but within its last day is budgeted on the as-of date with the surcharge of that day (pack.lateFee); a
 * fee past its last day means the right has lapsed: nothing is budgeted and the right is listed apart.
 * Pending JP, KR and US applications are assumed granted on the as-of date (or filing, if later): the
 * basis says so. An amount the data does not confirm is kept blank with its reason; a currency without a
 * rate leaves `converted` blank and is one warning, on the first row charged in it (rateMissingMessage).
 */
export function projectOfficeRights(
  rights: readonly OfficePortfolioRight[],
  settings: ProjectionSettings,
  rates: ExchangeRates
): OfficeProjection {
  return runSteps(projectOfficeRightsInSteps(rights, settings, rates));
}

/** What the other offices' rights cost in the horizon, and what stands in the way. */
export interface OfficeProjection {
  rows: OfficeProjectionRow[];
  issues: RowIssue[];
  lapsed: OfficeLapsedRight[];
}

/** Rights of the other offices projected between two pauses of a run. */
export const OFFICE_RIGHTS_PER_STEP = 1_000;

/**
 * Takes each right of an office projection, in ID order, with the fee lines the projection made for it
 * (the office Deadlines' rows, OfficeDeadlineRows in office-deadlines.ts): `addRightFromLines` for a right
 * whose schedule was made, `addRight` for a lapsed or abandoned one and one without a pack. A right whose
 * schedule fails is not handed over (the projection reports it; the Deadlines leave it out).
 */
export interface OfficeScheduleReader {
  addRight(right: OfficePortfolioRight): void;
  addRightFromLines(right: OfficePortfolioRight, pack: OfficePack, lines: readonly FeeLine[]): void;
}

/**
 * `projectOfficeRights`, pausing after every `OFFICE_RIGHTS_PER_STEP` rights (the value yielded: rights
 * done so far), so a run stays responsive while tens of thousands of foreign rights are projected.
 */
export function* projectOfficeRightsInSteps(
  rights: readonly OfficePortfolioRight[],
  settings: ProjectionSettings,
  rates: ExchangeRates,
  reader?: OfficeScheduleReader
): Generator<number, OfficeProjection, void> {
  // A CN-only portfolio: nothing to do, and the sorts below are not called with empty lists (V8 would
  // then see them with lists of another kind than the CN projection's, and optimise them less well).
  if (rights.length === 0) return { rows: [], issues: [], lapsed: [] };
  const horizonEnd = addYearsClamped(settings.asOf, settings.horizonYears);
  const rows: OfficeProjectionRow[] = [];
  const issues: RowIssue[] = [];
  const lapsed: OfficeLapsedRight[] = [];
  // Rights are visited in ID order; what is listed per right is put back in the rights' order.
  const issueOf: number[] = [];
  const lapsedOf: number[] = [];
  const issue = (row: number, message: string, coded: Partial<RowIssue> = {}) =>
    issues.push({ sheet: "", row, column: "", header: "", kind: "error", message, ...coded });
  // Rights in ID order (stable), as the CN projection does: rows come out by (ID, year), and a stable
  // counting sort by due day gives (due, ID, year) without comparing IDs. A comparison sort of a mixed
  // portfolio's 250,000 rows loaded two IDs from anywhere in memory per comparison (about 0.4 s a run).
  const byId = yield* idOrderInSteps(rights);
  // Per row, the number of its right among those with rows; per such right, a number shared by rights
  // with the same ID (the sort orders the fees of one ID due the same day by year).
  const rightOf: number[] = [];
  const idGroups: number[] = [];
  // Each row's due day and year, gathered as the rows are (TypedArray.from with a map was a slow path).
  const dues: number[] = [];
  const years: number[] = [];
  let idGroup = -1;
  let lastId: string | undefined;
  // Per currency without a rate: its warning (at issues[at]), the first right's index, the rights.
  const rateMissingIn = new Map<CurrencyCode, { at: number; index: number; count: number }>();
  let done = 0;
  for (const index of byId) {
    done += 1;
    if (done % OFFICE_RIGHTS_PER_STEP === 0) yield done;
    const right = rights[index];
    if (right.status === "lapsed" || right.status === "abandoned") {
      reader?.addRight(right);
      continue;
    }
    const pack = packOf(right.office);
    if (!pack) {
      reader?.addRight(right);
      continue;
    }
    let lines: FeeLine[];
    let basis: ScheduleBasis;
    try {
      ({ lines, basis } = officeScheduleOf(right, settings.asOf, pack));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      issue(right.row, `${right.id}: ${error.message}`, {
        code: "feeProblem",
        params: { id: right.id },
        cause: codedError(error),
      });
      issueOf.push(index);
      continue;
    }
    // The Deadlines' row of this right, from the same lines (a schedule made once per run).
    reader?.addRightFromLines(right, pack, lines);
    let rateMissing = false;
    let hasLapsed = false;
    const rightRows: OfficeProjectionRow[] = [];
    for (const line of lines) {
      if (right.lastPaidYear !== undefined && line.year <= right.lastPaidYear) continue;
      let surcharge: Money | undefined;
      let due = line.due;
      // Most fees are still payable without surcharge: only an overdue one needs its other days.
      if (openFreeDay(right.office, line) < settings.asOf) {
        // Without a ledger year, fees already due are taken as paid.
        if (right.lastPaidYear === undefined) continue;
        const open = openLastDays(right.office, line);
        if (open.last === undefined || open.last < settings.asOf) {
          hasLapsed = true;
          break;
        }
        if (line.amount !== undefined) {
          try {
            // Paid on an open day after a closed formal last day: the surcharge of that last day.
            surcharge = pack.lateFee(
              line.amount,
              line.due,
              Math.min(settings.asOf, line.lastDay ?? settings.asOf),
              right.entity || undefined
            );
          } catch (error) {
            if (!isDomainError(error)) throw error;
            issue(right.row, `${right.id}, year ${line.year}: ${error.message}`, {
              code: "officeFeeProblemYear",
              params: { id: right.id, year: line.year },
              cause: codedError(error),
            });
            continue;
          }
        }
        due = settings.asOf;
      }
      if (line.due >= horizonEnd) continue;
      const amount =
        line.amount === undefined
          ? undefined
          : surcharge
            ? line.amount.plus(surcharge)
            : line.amount;
      const converted = amount === undefined ? undefined : convertAt(amount, line.currency, rates);
      if (amount !== undefined && converted === undefined) rateMissing = true;
      rightRows.push({
        sourceRow: right.row,
        id: right.id,
        owner: right.owner,
        office: right.office,
        kind: right.kind,
        year: line.year,
        due,
        fiscalYear: fiscalYearOf(due, settings.fiscalYearStartMonth),
        currency: line.currency,
        amount,
        missing: line.missing,
        confidence: line.confidence,
        flags: line.flags,
        surcharge,
        converted,
        basis,
      });
    }
    if (hasLapsed) {
      lapsed.push({ sourceRow: right.row, id: right.id, office: right.office });
      lapsedOf.push(index);
      while (issueOf.length < issues.length) issueOf.push(index); // its late fees' problems
      continue;
    }
    if (rightRows.length > 0) {
      if (right.id !== lastId) idGroup += 1;
      lastId = right.id;
      const slot = idGroups.push(idGroup) - 1;
      for (const row of rightRows) {
        rows.push(row);
        rightOf.push(slot);
        dues.push(row.due);
        years.push(row.year);
      }
    }
    if (rateMissing) {
      // One warning per currency, on the first right (in the rights' order) that has it: the fix is one
      // rate, not one per row, and a warning per right buried every other issue under thousands of copies.
      const same = rateMissingIn.get(pack.currency);
      if (!same) {
        rateMissingIn.set(pack.currency, { at: issues.length, index, count: 1 });
        issue(right.row, rateMissingMessage(right.id, pack.currency, rates.output), {
          kind: "warning",
          code: "rateMissing",
          params: { id: right.id, currency: pack.currency, output: rates.output },
        });
      } else {
        same.count += 1;
        if (index < same.index) {
          // Visited in ID order: an earlier row of the portfolio takes the warning.
          const first = issues[same.at];
          first.row = right.row;
          first.params = { ...first.params, id: right.id };
          same.index = index;
        }
      }
    }
    for (const row of rightRows)
      if (row.amount === undefined) {
        issue(
          right.row,
          `${right.id}, year ${row.year} (due ${dayToIso(row.due)}): ${
            /^no amount/i.test(row.missing ?? "")
              ? row.missing
              : `no confirmed amount${row.missing ? `: ${row.missing}` : "."}`
          } Later fees of this right may be blank too; the Summary counts them.`,
          {
            kind: "warning",
            code: row.missing ? "noAmountWhy" : "noAmount",
            params: { id: right.id, year: row.year, due: dayToIso(row.due) },
            ...(row.missing ? { cause: { message: row.missing } } : {}),
          }
        );
        break;
      }
    while (issueOf.length < issues.length) issueOf.push(index);
  }
  for (const [currency, { at, index, count }] of rateMissingIn) {
    const warning = issues[at];
    const id = String(warning.params!.id);
    issueOf[at] = index;
    warning.message = rateMissingMessage(id, currency, rates.output, count);
    if (count > 1) {
      warning.code = "rateMissingRights";
      warning.params = { id, currency, output: rates.output, others: othersText(count) };
    }
  }
  // The pauses of the sort say all rights are done.
  const order = yield* mapSteps(
    dueOrderInSteps(
      new Int32Array(dues),
      new Int32Array(rightOf),
      new Uint16Array(years),
      idGroups
    ),
    () => rights.length
  );
  const sorted: OfficeProjectionRow[] = new Array<OfficeProjectionRow>(order.length);
  for (let i = 0; i < order.length; i += 1) sorted[i] = rows[order[i]];
  return {
    rows: sorted,
    issues: inRightsOrder(issues, issueOf),
    lapsed: inRightsOrder(lapsed, lapsedOf),
  };
}

/**
 * The warning for the rights charged in `currency` when the run has no rate for it into `output`:
 * `count` rights, `id` the first of them in the portfolio's order.
 * @example rateMissingMessage("US1", "USD", "JPY", 3) //=> "US1 and 2 other rights charged in USD: no exchange rate for USD into JPY: their fees are shown in USD and left out of the converted totals; add the rate to the exchange-rate table."
 */
export function rateMissingMessage(
  id: string,
  currency: CurrencyCode,
  output: string,
  count = 1
): string {
  return count === 1
    ? `${id}: no exchange rate for ${currency} into ${output}: its fees are shown in ${currency} and left out of the converted totals; add the rate to the exchange-rate table.`
    : `${id} and ${othersText(count)} other rights charged in ${currency}: no exchange rate for ${currency} into ${output}: their fees are shown in ${currency} and left out of the converted totals; add the rate to the exchange-rate table.`;
}

/** The rights besides the first, digits grouped as every table of the product shows counts ("1,030"). */
const othersText = (count: number): string => (count - 1).toLocaleString("en-US");

/** `items` stably ordered by the index of the right each came from (`rightOf[i]` for `items[i]`). */
function inRightsOrder<T>(items: readonly T[], rightOf: readonly number[]): T[] {
  return items
    .map((_, i) => i)
    .sort((a, b) => rightOf[a] - rightOf[b] || a - b)
    .map((i) => items[i]);
}
