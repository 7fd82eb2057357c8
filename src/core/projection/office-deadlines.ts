import { DayNumber, dayToIso } from "../dates/civil";
import { CodedMessage, codedError } from "../i18n/issue-text";
import { IssueStringKey } from "../i18n/issue-strings";
import { isDomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { usEntity } from "../offices/entity";
import { JpKind } from "../offices/jp/jp-data";
import { calendarOf, nextOpenDay } from "../offices/closures/office-closures";
import { jpRestorationCost, jpRestorationLastDay } from "../offices/jp/restoration";
import { krRestoration } from "../offices/kr/restoration";
import { CurrencyCode, FeeLine, OfficeCode, OfficePack } from "../offices/office-pack";
import { packOf } from "../offices/registry";
import { usPetitionFee, usPetitionThreshold } from "../offices/us/petition";
import { OfficePortfolioRight } from "../portfolio/read-portfolio";
import { DeadlineStatus } from "./deadlines";
import { OfficeScheduleReader, officeScheduleOf } from "./office-schedule";
import { OpenLastDays, openFreeDay, openLastDays } from "./office-open-days";
import { compareText } from "./project";
import { runningSums } from "./running-sums";
import { ProjectionSettings } from "./settings";
import { runSteps } from "../table/steps";

/** Where a right at an office other than CN stands on the as-of date (formal dates). */
export interface OfficeDeadlineRow {
  sourceRow: number;
  id: string;
  owner: string;
  office: OfficeCode;
  kind: string;
  status: Extract<
    DeadlineStatus,
    "upcoming" | "grace" | "lapsed" | "paid-to-term-end" | "abandoned"
  >;
  year?: number;
  /** The fee's due date (the date that selects the table and that a surcharge counts from). */
  due?: DayNumber;
  /**
   * The last day to pay without surcharge (later than `due` at DE, GB and within EPC Art. 141(2)), moved
   * to the office's next open day where its closure calendar is in our data.
   */
  lastFreeDay?: DayNumber;
  /** The last day with surcharge, moved the same way; undefined where the office has no grace period. */
  lastDay?: DayNumber;
  /** The formal last day without surcharge, where the office's closed days moved it. */
  formalLastFreeDay?: DayNumber;
  /** The formal last day with surcharge, where the office's closed days moved it. */
  formalLastDay?: DayNumber;
  /** Whether the office's closing days moved the dates (see `openLastDays`). */
  closures?: OpenLastDays["calendar"];
  currency: CurrencyCode;
  fee?: Money;
  /** Why `fee` is blank. */
  feeMissing?: string;
  /** The surcharge if paid on the as-of date (grace only). */
  surcharge?: Money;
  /** What restoring a lapsed right costs, where the office's data gives it. */
  restorationCost?: Money;
  /** The last day to restore, where the data gives it. */
  restorationBy?: DayNumber;
  /** Words for the restoration (its basis, or "cost not in our data"). */
  restorationNote?: string;
  /** The same note as a code with parameters, for the sheet in the run's language. */
  restorationNoteCoded?: CodedMessage;
  /** Every fee still unpaid from the next one to the last fee year (confirmed amounts only). */
  costToTermEnd: Money;
}

const URGENCY: Record<OfficeDeadlineRow["status"], number> = {
  grace: 0,
  upcoming: 1,
  lapsed: 2,
  "paid-to-term-end": 3,
  abandoned: 5,
};

/**
 * The deadlines of rights at the other offices, the way `deadlines` does it for CN: the next unpaid fee
 * (after the last year paid; without one, fees whose last day without surcharge is past are taken as
 * paid), its due date, last day without and with surcharge, and, past the last day, the cost of
 * restoring where the pack's data gives it: JP (fee, 割増 and restoration fee), US (petition to accept a
 * delayed payment, 37 CFR 1.378), KR only where its data grades a rule: the built-in one is UNCONFIRMED); elsewhere
 * "restoration possible: cost not in our data". The last days move off the office's closed days where its
 * calendar is in our data (JP, US, KR, EPO and UP); DE, FR, NL and GB dates are formal.
 */
export function officeDeadlines(
  rights: readonly OfficePortfolioRight[],
  settings: ProjectionSettings
): OfficeDeadlineRow[] {
  return runSteps(officeDeadlinesInSteps(rights, settings));
}

/** Rights between two yields of officeDeadlinesInSteps: an office's schedule costs more than a CN one. */
export const OFFICE_DEADLINE_RIGHTS_PER_STEP = 500;

/**
 * officeDeadlines as a generator: yields the number of rights done every
 * OFFICE_DEADLINE_RIGHTS_PER_STEP rights, so a caller can let the page repaint; returns the same list.
 * @example
 * const listing = officeDeadlinesInSteps(rights, settings);
 * let step = listing.next();
 * while (!step.done) step = listing.next();
 * step.value[0].office //=> "JP"
 */
export function* officeDeadlinesInSteps(
  rights: readonly OfficePortfolioRight[],
  settings: ProjectionSettings
): Generator<number, OfficeDeadlineRow[], void> {
  const made = new OfficeDeadlineRows(settings);
  let done = 0;
  for (const right of rights) {
    done += 1;
    if (done % OFFICE_DEADLINE_RIGHTS_PER_STEP === 0) yield done;
    made.addRight(right);
  }
  return made.ordered();
}

/**
 * The rows of `officeDeadlines`, made right by right: from the fee lines the projection made for a right
 * (`addRightFromLines`, as `projectOfficeRightsInSteps` hands them over, so a run makes each right's
 * schedule once), or from a schedule of its own (`addRight`). The rows come out in the same order
 * whichever way they were made and in whatever order the rights came: `ordered` sorts them by urgency,
 * day, ID, then the order they came in, and rights with the same ID come in their list's order both ways.
 */
export class OfficeDeadlineRows implements OfficeScheduleReader {
  private readonly rows: OfficeDeadlineRow[] = [];
  // A pack gives one Money per fee, so rights add the same amounts in the same few sequences: each sum
  // is remembered per pair (sum so far, amount) instead of made anew, a Decimal per unpaid fee.
  private readonly add = runningSums();
  private readonly zero = new Money(0);

  constructor(private readonly settings: ProjectionSettings) {}

  /**
   * A right's row, from a schedule made here; none for a right whose schedule fails (the projection
   * reports it).
   */
  addRight(right: OfficePortfolioRight): void {
    const pack = packOf(right.office);
    if (!pack) return;
    if (right.status === "abandoned" || right.status === "lapsed") {
      this.rows.push({ ...this.baseOf(right, pack), status: right.status });
      return;
    }
    let lines: FeeLine[];
    try {
      ({ lines } = officeScheduleOf(right, this.settings.asOf, pack));
    } catch (error) {
      // Reported on its row by the projection.
      if (!isDomainError(error)) throw error;
      return;
    }
    this.addRightFromLines(right, pack, lines);
  }

  /** A pending or granted right's row, from every fee line of its schedule (`officeScheduleOf`). */
  addRightFromLines(
    right: OfficePortfolioRight,
    pack: OfficePack,
    lines: readonly FeeLine[]
  ): void {
    const { settings } = this;
    const base = this.baseOf(right, pack);
    const unpaid = lines.filter((line) =>
      right.lastPaidYear !== undefined
        ? line.year > right.lastPaidYear
        : openFreeDay(right.office, line) >= settings.asOf
    );
    const next = unpaid[0];
    if (!next) {
      this.rows.push({ ...base, status: "paid-to-term-end" });
      return;
    }
    const open = openLastDays(right.office, next);
    const lastFreeDay = open.free;
    const formalFree = next.freeUntil ?? next.due;
    const row: OfficeDeadlineRow = {
      ...base,
      status: "upcoming",
      year: next.year,
      due: next.due,
      lastFreeDay,
      lastDay: open.last,
      fee: next.amount,
      feeMissing: next.missing,
      closures: open.calendar,
      ...(formalFree !== open.free ? { formalLastFreeDay: formalFree } : {}),
      ...(next.lastDay !== open.last ? { formalLastDay: next.lastDay } : {}),
    };
    if (lastFreeDay >= settings.asOf) {
      row.costToTermEnd = this.total(unpaid);
    } else if (open.last !== undefined && open.last >= settings.asOf) {
      row.status = "grace";
      row.costToTermEnd = this.total(unpaid);
      if (next.amount !== undefined) {
        try {
          // Paid on an open day after a closed formal last day: the surcharge of that last day.
          row.surcharge = pack.lateFee(
            next.amount,
            next.due,
            Math.min(settings.asOf, next.lastDay ?? settings.asOf),
            right.entity || undefined
          );
        } catch (error) {
          if (!isDomainError(error)) throw error;
        }
      }
    } else {
      row.status = "lapsed";
      Object.assign(row, restorationOf(right, next, open, settings.asOf));
    }
    this.rows.push(row);
  }

  /** The rows made, most urgent first (see `officeDeadlines`). */
  ordered(): OfficeDeadlineRow[] {
    const rows = this.rows;
    const when = (row: OfficeDeadlineRow) =>
      (row.status === "grace" ? row.lastDay : row.due) ?? Number.MAX_SAFE_INTEGER;
    // Keys taken once per row, not twice per comparison; a stable sort as before.
    const urgency = rows.map((row) => URGENCY[row.status]);
    const day = rows.map(when);
    const order = rows.map((_, index) => index);
    order.sort(
      (a, b) =>
        urgency[a] - urgency[b] || day[a] - day[b] || compareText(rows[a].id, rows[b].id) || a - b
    );
    return order.map((index) => rows[index]);
  }

  private baseOf(right: OfficePortfolioRight, pack: OfficePack) {
    return {
      sourceRow: right.row,
      id: right.id,
      owner: right.owner,
      office: right.office,
      kind: right.kind,
      currency: pack.currency,
      costToTermEnd: new Money(0),
    };
  }

  private total(list: readonly FeeLine[]): Money {
    let sum = this.zero;
    for (const line of list) if (line.amount) sum = this.add(sum, line.amount);
    return sum;
  }
}

const NOT_IN_DATA = "restoration possible: cost not in our data";

/**
 * What restoring costs and until when, where the office's data gives it (exported for the tests'
 * reference of the code before).
 */
export function restorationOf(
  right: OfficePortfolioRight,
  line: FeeLine,
  open: OpenLastDays,
  asOf: DayNumber
): Pick<
  OfficeDeadlineRow,
  "restorationCost" | "restorationBy" | "restorationNote" | "restorationNoteCoded"
> {
  const coded = (
    code: IssueStringKey,
    params: Record<string, string> = {},
    cause?: CodedMessage
  ) => ({
    restorationNoteCoded: { code, params, message: "", ...(cause ? { cause } : {}) },
  });
  try {
    if (right.office === "JP" && line.amount !== undefined && open.last !== undefined) {
      const cost = jpRestorationCost(right.kind as JpKind, line.amount);
      const calendar = calendarOf("JP");
      const by = jpRestorationLastDay(open.last);
      return {
        restorationCost: cost.amount,
        restorationBy: calendar ? nextOpenDay(calendar, by).day : by,
        restorationNote: `fee, 割増 and restoration fee (Patent Act Art. 112-2) [${cost.confidence}]; request within 1 year after the late-payment period and within 2 months of being able to act`,
        ...coded("restore_jp", { confidence: cost.confidence }),
      };
    }
    // The built-in KR data has no confirmed restoration figure: such a row says "not in our data" below.
    const kr =
      right.office === "KR" && line.amount !== undefined && krRestoration(line.amount, line.due);
    if (kr && !("missing" in kr)) {
      const calendar = calendarOf("KR");
      const multiple = kr.amount.dividedBy(line.amount as Money).toString();
      return {
        restorationCost: kr.amount,
        // 특허법 Art. 14(4) moves this period's last day too.
        restorationBy: calendar ? nextOpenDay(calendar, kr.lastDay).day : kr.lastDay,
        restorationNote: `${multiple} × the fee (Patent Act Art. 81-3) [${kr.confidence}]`,
        ...coded("restore_kr", { multiple, confidence: kr.confidence }),
      };
    }
    if (right.office === "US" && line.lastDay !== undefined) {
      // The patent expired at the end of the grace period (37 CFR 1.362(g)); a petition filed on the as-of date.
      const threshold = usPetitionThreshold(line.lastDay, asOf);
      const within = asOf <= threshold;
      const cost = usPetitionFee(usEntity(right.entity), within, asOf);
      const total = line.amount ? cost.amount.plus(line.amount) : cost.amount;
      return {
        restorationCost: total,
        restorationNote: `petition to accept a delayed maintenance fee (37 CFR 1.378, ${within ? `within the threshold, which ends ${dayToIso(threshold)}` : "past the threshold"}) plus the fee [${cost.confidence}]`,
        ...coded(within ? "restore_usWithin" : "restore_usPast", {
          confidence: cost.confidence,
          threshold: dayToIso(threshold),
        }),
      };
    }
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return {
      restorationNote: `${NOT_IN_DATA} (${error.message})`,
      ...coded("restore_notInDataWhy", {}, codedError(error)),
    };
  }
  return { restorationNote: NOT_IN_DATA, ...coded("restore_notInData") };
}
