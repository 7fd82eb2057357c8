import { DayNumber } from "../dates/civil";
import { Money } from "../money/money";

/**
 * The one interface every patent office sits behind (provisional: the issue "Every office in the
 * portfolio" settles its final shape). An office pack is dated, sourced data plus the few rules data
 * cannot hold: which date anchors the fee years, how a due date and the last day with surcharge are
 * counted, which date selects the fee table, the surcharge's shape and the office's rounding.
 * The projection, the deadlines and the cell functions reach an office only through this interface, so
 * adding an office is adding a pack.
 */
export type OfficeCode = "CN" | "JP" | "US" | "EP" | "UP" | "DE" | "FR" | "NL" | "GB" | "KR";

/** ISO 4217 codes of the currencies the offices charge in. */
export type CurrencyCode = "CNY" | "JPY" | "USD" | "EUR" | "GBP" | "KRW";

/**
 * How sure we are of a figure, as graded in the domain reference: HIGH ships as verified; MED and LOW ship
 * flagged; UNCONFIRMED ships no value at all (the amount is left blank and the reason given).
 */
export type Confidence = "HIGH" | "MED" | "LOW" | "UNCONFIRMED";

/**
 * The public document a figure comes from (never a path outside the repository), as a data file cites it.
 * The CN fee bands keep theirs (the pane's fee table shows it); the other offices' loaders only check
 * that every figure has one (data-checks.ts `checkSource`): no cell or sheet shows them, and their data
 * files and docs/sources.md (written from them) cite them.
 */
export interface SourceRef {
  /** Title of the statute, fee notice or office page, e.g. "Patent Act (Japan) Art. 107". */
  title: string;
  /** Link to the document where one exists. */
  url?: string;
  /** The day the source was read (ISO yyyy-mm-dd); omitted when nobody recorded one. */
  sourceReadOn?: string;
  /** A named secondary source, where the primary document could not be read. */
  secondary?: string;
  /** A note on the reading, e.g. that a stored copy of the page was read. */
  note?: string;
}

/** What a portfolio row or a cell function tells an office about one right. */
export interface OfficeRight {
  office: OfficeCode;
  /** The pack's own kind id, e.g. "patent", "utility", "design", "invention". */
  kind: string;
  filing: DayNumber;
  /**
   * The date fees after grant count from: the notice to grant (CN), registration (JP, KR), issue (US),
   * publication of the mention of grant (EP, UP and EP validations).
   */
  grant?: DayNumber;
  /** Euro-PCT: the priority (or international filing) date that starts the 31-month period. */
  priority?: DayNumber;
  /** Number of claims, where the fee depends on it (JP patents and utility models, KR). */
  claims?: number;
  /** The entity or size value as the user wrote it; each pack maps it or rejects it. */
  entity?: string;
  /**
   * Unitary Patent: the day the EPO received a licence-of-right statement; renewal fees falling due after
   * it are reduced (RFeesUPP Art. 3). Other packs ignore it.
   */
  licenceOfRight?: DayNumber;
  /** JP: the date of the request for examination; one before 2004-04-01 selects the older fee table. */
  examRequest?: DayNumber;
  /** KR: the grant decision (특허결정) date, which selects the table of years 1-3; registration if absent. */
  grantDecision?: DayNumber;
}

/** One fee of a right's schedule, in the office's own currency. */
export interface FeeLine {
  /** The fee year (US: the stage 1, 2 or 3). */
  year: number;
  /** Formal last day to pay without surcharge. */
  due: DayNumber;
  /** Formal last day to pay with a surcharge; undefined where the office has no grace period. */
  lastDay: DayNumber | undefined;
  /** Rounded to the office's smallest unit; undefined when the figure is UNCONFIRMED (see `missing`). */
  amount: Money | undefined;
  currency: CurrencyCode;
  confidence: Confidence;
  /** Flags shown beside the amount, as codes: "newer-schedule-reported", "schedule-may-change", … */
  flags: string[];
  /** Why `amount` is blank, in words a user can act on. */
  missing?: string;
  /**
   * The last day to pay without surcharge where the office allows a surcharge-free period after the due
   * date (DE: to the end of the second month; GB: one month; a national fee falling due within two months
   * after the mention of grant: those two months, EPC Art. 141(2)). `due` then stays the due date that
   * selects the table and that `lateFee` counts from. Absent: `due` is that last day.
   */
  freeUntil?: DayNumber;
  /** The flags in words, for a note or a tooltip (e.g. "a newer schedule is reported from 2026-04-01"). */
  notes?: string[];
}

/** A patent office: its rights, its fee schedule and its surcharge. */
export interface OfficePack {
  readonly code: OfficeCode;
  readonly currency: CurrencyCode;
  /** The kind ids this office knows, the first being the default. */
  readonly kinds: readonly string[];
  /** Every fee of the right from its first to its last fee year, ordered by due date. */
  schedule(right: OfficeRight): FeeLine[];
  /**
   * The surcharge for paying `fee` on `paid` when it was due on `due` (formal dates), in the office's
   * currency; 0 when paid in time. Throws a DomainError "lapsed" when the payment is past the last day.
   */
  lateFee(fee: Money, due: DayNumber, paid: DayNumber, entity?: string): Money;
}
