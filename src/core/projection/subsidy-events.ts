import { DayNumber, dayToIso } from "../dates/civil";
import { Money } from "../money/money";
import type { Payments } from "./payments";
import { SubsidyEvent } from "../subsidy/events";
import { PortfolioRecord } from "../portfolio/read-portfolio";
import { RowIssue } from "../table/grid";
import { RIGHT_KINDS } from "../offices/cn/right-kind";
import { countedSteps, mapSteps, runSteps } from "../table/steps";
import { RepeatFinder } from "../subsidy/repeat-finder";

/** An annual fee at an office other than CN, as a subsidy event needs it (its cost in CNY). */
export interface OfficePayment {
  sourceRow: number;
  id: string;
  office: string;
  rightType: "invention" | "utility" | "design";
  due: DayNumber;
  costBaseCny: Money;
}

/**
 * The subsidy events of a portfolio, and the rows whose events had to be left out.
 * @example portfolioEvents(read.records, projection.rows, "Portfolio").events[0].event //=> "grant"
 */
export interface PortfolioEvents {
  events: SubsidyEvent[];
  issues: RowIssue[];
}

/**
 * The events that can earn a subsidy, from every usable portfolio row (projected or not) and from the
 * projection:
 * - a grant date gives a grant in the row's office, for a US or JP right as for a CN one (Shenzhen 2021
 *   paid 40,000 for a US grant); for a trademark row the same column is its registration;
 * - a PCT publication date gives a publication at "PCT" (Shenzhen 2021: 10,000 after international
 *   publication);
 * - each annual fee of the projection gives an annuity payment on its due date, with the payable CNY
 *   amount as the cost a percent rule takes its share of.
 * Events are paid to the row's applicant. A one-time event (grant, registration, publication) stated by
 * two rows with the same ID and office would be paid twice: both rows get a warning and neither event is
 * used, whatever the rows' order. Rows of `skipApplicants` (see applicant locations) give no events.
 * `keepPayment` (see subsidyRelevance) leaves out annual fee events no subsidy rule is about, so a large
 * projection's payments are not all held as events. It must decide on the event's applicant, kind, office
 * and right type only (as rules match): it is asked once per applicant, office and right type, and no
 * event is made for a payment it leaves out.
 * @example portfolioEvents([usGrantRow], [], "Portfolio").events[0] //=> { rightId: "US 11,111,111", event: "grant", jurisdiction: "US", … }
 */
export function portfolioEvents(
  records: readonly PortfolioRecord[],
  projection: Payments,
  sheet: string,
  skipApplicants: ReadonlySet<string> = new Set(),
  officePayments: readonly OfficePayment[] = [],
  keepPayment: (event: SubsidyEvent) => boolean = () => true
): PortfolioEvents {
  return runSteps(
    portfolioEventsInSteps(records, projection, sheet, skipApplicants, officePayments, keepPayment)
  );
}

/** Portfolio rows (or ten times as many payments) looked at between two pauses of a run. */
export const RECORDS_PER_STEP = 1_000;

/**
 * `portfolioEvents`, pausing every `RECORDS_PER_STEP` rows and every ten times as many payments (the
 * value yielded: items looked at so far), so a run stays responsive while a large portfolio's events
 * are made.
 */
export function* portfolioEventsInSteps(
  records: readonly PortfolioRecord[],
  projection: Payments,
  sheet: string,
  skipApplicants: ReadonlySet<string> = new Set(),
  officePayments: readonly OfficePayment[] = [],
  keepPayment: (event: SubsidyEvent) => boolean = () => true
): Generator<number, PortfolioEvents, void> {
  let looked = 0;
  const used = records.filter((record) => !skipApplicants.has(record.applicant));
  // The loops run in plain functions a step at a time: V8 does not optimise a loop inside a generator.
  const stating = new StatedEvents(used.length);
  for (let from = 0; from < used.length; from += RECORDS_PER_STEP) {
    const to = Math.min(used.length, from + RECORDS_PER_STEP);
    stating.stateRecords(used, from, to);
    looked = to;
    if (looked % RECORDS_PER_STEP === 0) yield looked;
  }
  const { stated, statedRows, duplicated, applicants } = stating;
  const issues: RowIssue[] = [];
  // Without duplicates (the usual case) every stated event is used as it is.
  let events = stated;
  if (duplicated.size > 0) {
    events = [];
    for (let index = 0; index < stated.length; index += 1) {
      duplicated.get(stated[index])?.push(statedRows[index]);
      if ((index + 1) % RECORDS_PER_STEP === 0) yield looked;
    }
    for (let index = 0; index < stated.length; index += 1) {
      if ((index + 1) % RECORDS_PER_STEP === 0) yield looked;
      const event = stated[index];
      const rows = duplicated.get(event);
      if (rows === undefined) {
        events.push(event);
        continue;
      }
      const own = statedRows[index];
      const others = rows.filter((other) => other !== own).join(", ");
      issues.push({
        sheet,
        row: own,
        column: "",
        header: "",
        kind: "warning",
        message:
          `${event.rightId} also has a ${event.event} in ${event.jurisdiction} (${dayToIso(event.date)}) on row ${others}: ` +
          `a right is ${event.event === "publication" ? "published" : event.event === "grant" ? "granted" : "registered"} once per office, so neither row earns a subsidy for it until the duplicate is removed.`,
        code: `duplicate_${event.event}`,
        params: {
          id: event.rightId,
          jurisdiction: event.jurisdiction,
          date: dayToIso(event.date),
          rows: others,
        },
      });
    }
  }

  // Few applicants, offices and right types: each asked once; no event is made for a payment left out.
  // By applicant, then office, then right type: no key text is made per payment.
  const kept = new Map<string, Map<string, Map<string, boolean>>>();
  const keeps = (applicant: string, jurisdiction: string, rightType: SubsidyEvent["rightType"]) => {
    let byOffice = kept.get(applicant);
    if (byOffice === undefined) kept.set(applicant, (byOffice = new Map()));
    let byType = byOffice.get(jurisdiction);
    if (byType === undefined) byOffice.set(jurisdiction, (byType = new Map()));
    let keep = byType.get(rightType);
    if (keep === undefined) {
      const probe: SubsidyEvent = {
        rightId: "",
        applicant,
        event: "annuity-paid",
        jurisdiction,
        rightType,
        date: 0,
      };
      byType.set(rightType, (keep = keepPayment(probe)));
    }
    return keep;
  };
  // Most portfolios have no rule about CN annual fees: then the projection need not be looked at.
  const anyCnPayment = [...applicants].some((applicant) =>
    RIGHT_KINDS.some((kind) => keeps(applicant, "CN", kind))
  );
  // Rows are sheet row numbers: arrays indexed by row beat maps on hundreds of thousands of payments.
  // Made only when some payment is looked at.
  const applicantOfRow: (string | undefined)[] = [];
  const grantOfRow: (DayNumber | undefined)[] = [];
  if (anyCnPayment || officePayments.length > 0) {
    // A pause here too: with the checks above and the first payments, 100,000 rows made 110-130 ms.
    for (let from = 0; from < used.length; from += RECORDS_PER_STEP) {
      const to = Math.min(used.length, from + RECORDS_PER_STEP);
      indexRows(used, from, to, applicantOfRow, grantOfRow);
      if (to % RECORDS_PER_STEP === 0) yield looked;
    }
  }
  // Whether a right's payments give events depends on the right alone: decided once per right.
  const paying = new Int8Array(anyCnPayment ? projection.rights.length : 0);
  markPaying(projection, applicantOfRow, keeps, paying);
  // A pause before every ten thousandth payment, as the payments are looked at one by one.
  if (anyCnPayment) {
    const before = looked;
    yield* mapSteps(
      countedSteps(projection.length, 0, 10 * RECORDS_PER_STEP, (from, to) =>
        pushPayments(projection, from, to, paying, applicantOfRow, grantOfRow, events)
      ),
      (payments) => before + payments
    );
  }
  // Annual fees at the other offices (Hetao refunds half of them): their CNY value is the cost base.
  for (const payment of officePayments) {
    const applicant = applicantOfRow[payment.sourceRow];
    if (applicant === undefined || !keeps(applicant, payment.office, payment.rightType)) continue;
    events.push({
      rightId: payment.id,
      applicant,
      event: "annuity-paid",
      jurisdiction: payment.office,
      rightType: payment.rightType,
      date: payment.due,
      costBase: payment.costBaseCny,
      grantDate: grantOfRow[payment.sourceRow],
    });
  }
  return { events, issues: issues.sort((a, b) => a.row - b.row) };
}

/** The one-time events the rows state, in order, with their rows and the ids stated twice. */
class StatedEvents {
  readonly stated: SubsidyEvent[] = [];
  readonly statedRows: number[] = [];
  readonly duplicated = new OneTimeEvents<number[]>();
  readonly applicants = new Set<string>();
  // The rows of a duplicate are gathered after, in one more pass: most portfolios have none.
  private readonly repeats: RepeatFinder;

  /** For the events of `records` rows (two at most per row). */
  constructor(records: number) {
    this.repeats = new RepeatFinder(this.stated, 2 * records);
  }

  /** States the events of `records[from]` to `records[to - 1]`. */
  stateRecords(records: readonly PortfolioRecord[], from: number, to: number): void {
    for (let index = from; index < to; index += 1) {
      const record = records[index];
      this.applicants.add(record.applicant);
      if (record.grant !== undefined) {
        // For a trademark the grant date column holds its registration date.
        this.state(
          {
            rightId: record.id,
            applicant: record.applicant,
            event: record.rightType === "trademark" ? "registration" : "grant",
            jurisdiction: record.jurisdiction,
            rightType: record.rightType,
            date: record.grant,
          },
          record.row
        );
      }
      if (record.pctPublication !== undefined) {
        this.state(
          {
            rightId: record.id,
            applicant: record.applicant,
            event: "publication",
            jurisdiction: "PCT",
            rightType: record.rightType,
            date: record.pctPublication,
          },
          record.row
        );
      }
    }
  }

  private state(event: SubsidyEvent, row: number): void {
    this.stated.push(event);
    this.statedRows.push(row);
    if (this.repeats.add(this.stated.length - 1) >= 0 && this.duplicated.get(event) === undefined) {
      this.duplicated.set(event, []);
    }
  }
}

/** Each row's applicant and grant date, for `records[from]` to `records[to - 1]`. */
function indexRows(
  records: readonly PortfolioRecord[],
  from: number,
  to: number,
  applicantOfRow: (string | undefined)[],
  grantOfRow: (DayNumber | undefined)[]
): void {
  for (let i = from; i < to; i += 1) {
    applicantOfRow[records[i].row] = records[i].applicant;
    grantOfRow[records[i].row] = records[i].grant;
  }
}

/** Marks with 1 each right whose CN annual fees give events (`paying` is as long as the rights or empty). */
function markPaying(
  projection: Payments,
  applicantOfRow: readonly (string | undefined)[],
  keeps: (applicant: string, jurisdiction: string, rightType: SubsidyEvent["rightType"]) => boolean,
  paying: Int8Array
): void {
  const { rights } = projection;
  for (let r = 0; r < paying.length; r += 1) {
    const applicant = applicantOfRow[rights[r].sourceRow];
    paying[r] = applicant !== undefined && keeps(applicant, "CN", rights[r].kind) ? 1 : 0;
  }
}

/** The annual fee events of payments `from` to `to - 1` of the rights marked paying, pushed to `events`. */
function pushPayments(
  projection: Payments,
  from: number,
  to: number,
  paying: Int8Array,
  applicantOfRow: readonly (string | undefined)[],
  grantOfRow: readonly (DayNumber | undefined)[],
  events: SubsidyEvent[]
): void {
  const { rights, amounts } = projection;
  for (let i = from; i < to; i += 1) {
    const r = projection.right[i];
    if (paying[r] === 0) continue;
    const right = rights[r];
    events.push({
      rightId: right.id,
      applicant: applicantOfRow[right.sourceRow]!,
      event: "annuity-paid",
      jurisdiction: "CN",
      rightType: right.kind,
      date: projection.due[i],
      costBase: amounts[projection.amount[i]].payable,
      grantDate: grantOfRow[right.sourceRow],
    });
  }
}

/**
 * Values per one-time event (its kind, office and right id), in nested maps: no key text per event.
 * @example const rows = new OneTimeEvents<number[]>(); rows.set(grant, [2]); rows.get(grant) //=> [2]
 */
class OneTimeEvents<Value> {
  private readonly byKind = new Map<string, Map<string, Map<string, Value>>>();
  /** How many events have a value. */
  size = 0;

  get(event: SubsidyEvent): Value | undefined {
    return this.byKind.get(event.event)?.get(event.jurisdiction)?.get(event.rightId);
  }

  set(event: SubsidyEvent, value: Value): void {
    let offices = this.byKind.get(event.event);
    if (!offices) this.byKind.set(event.event, (offices = new Map()));
    let ids = offices.get(event.jurisdiction);
    if (!ids) offices.set(event.jurisdiction, (ids = new Map()));
    if (!ids.has(event.rightId)) this.size += 1;
    ids.set(event.rightId, value);
  }
}
