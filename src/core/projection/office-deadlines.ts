import { DayNumber, addYearsClamped, isoToDay } from "../dates/civil";
import { CodedMessage, codedError } from "../i18n/issue-text";
import { IssueStringKey } from "../i18n/issue-strings";
import { isDomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { usEntity } from "../offices/entity";
import { JpKind } from "../offices/jp/jp-data";
import { jpRestorationCost } from "../offices/jp/restoration";
import { krRestoration } from "../offices/kr/restoration";
import { CurrencyCode, FeeLine, OfficeCode } from "../offices/office-pack";
import { packOf } from "../offices/registry";
import { usPetitionFee } from "../offices/us/petition";
import { OfficePortfolioRight } from "../portfolio/read-portfolio";
import { DeadlineStatus } from "./deadlines";
import { officeScheduleOf } from "./office-schedule";
import { compareText } from "./project";
import { ProjectionSettings } from "./settings";

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
  /** The last day without surcharge (later than `due` at DE, GB and within EPC Art. 141(2)). */
  lastFreeDay?: DayNumber;
  /** The last day with surcharge; undefined where the office has no grace period. */
  lastDay?: DayNumber;
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

/** 37 CFR 1.378 threshold: 2 years after expiry, 1 year for petitions filed after 2026-08-13 (docs/offices/us.md). */
const US_THRESHOLD_CHANGE = isoToDay("2026-08-13");

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
 * delayed payment, 37 CFR 1.378), KR (twice the fee, by 3 months after the 추가납부 period); elsewhere
 * "restoration possible: cost not in our data". Formal dates: no office's closure calendar is applied.
 */
export function officeDeadlines(
  rights: readonly OfficePortfolioRight[],
  settings: ProjectionSettings
): OfficeDeadlineRow[] {
  const rows: OfficeDeadlineRow[] = [];
  for (const right of rights) {
    const pack = packOf(right.office);
    if (!pack) continue;
    const base = {
      sourceRow: right.row,
      id: right.id,
      owner: right.owner,
      office: right.office,
      kind: right.kind,
      currency: pack.currency,
      costToTermEnd: new Money(0),
    };
    if (right.status === "abandoned" || right.status === "lapsed") {
      rows.push({ ...base, status: right.status });
      continue;
    }
    let lines: FeeLine[];
    try {
      ({ lines } = officeScheduleOf(right, settings.asOf, pack));
    } catch (error) {
      // Reported on its row by the projection.
      if (!isDomainError(error)) throw error;
      continue;
    }
    const unpaid = lines.filter((line) =>
      right.lastPaidYear !== undefined
        ? line.year > right.lastPaidYear
        : (line.freeUntil ?? line.due) >= settings.asOf
    );
    const next = unpaid[0];
    if (!next) {
      rows.push({ ...base, status: "paid-to-term-end" });
      continue;
    }
    const lastFreeDay = next.freeUntil ?? next.due;
    const row: OfficeDeadlineRow = {
      ...base,
      status: "upcoming",
      year: next.year,
      due: next.due,
      lastFreeDay,
      lastDay: next.lastDay,
      fee: next.amount,
      feeMissing: next.missing,
    };
    const total = (list: FeeLine[]) =>
      list.reduce((sum, line) => (line.amount ? sum.plus(line.amount) : sum), new Money(0));
    if (lastFreeDay >= settings.asOf) {
      row.costToTermEnd = total(unpaid);
    } else if (next.lastDay !== undefined && next.lastDay >= settings.asOf) {
      row.status = "grace";
      row.costToTermEnd = total(unpaid);
      if (next.amount !== undefined) {
        try {
          row.surcharge = pack.lateFee(
            next.amount,
            next.due,
            settings.asOf,
            right.entity || undefined
          );
        } catch (error) {
          if (!isDomainError(error)) throw error;
        }
      }
    } else {
      row.status = "lapsed";
      Object.assign(row, restorationOf(right, next, settings.asOf));
    }
    rows.push(row);
  }
  const when = (row: OfficeDeadlineRow) =>
    (row.status === "grace" ? row.lastDay : row.due) ?? Number.MAX_SAFE_INTEGER;
  return rows.sort(
    (a, b) => URGENCY[a.status] - URGENCY[b.status] || when(a) - when(b) || compareText(a.id, b.id)
  );
}

const NOT_IN_DATA = "restoration possible: cost not in our data";

/** What restoring costs and until when, where the office's data gives it. */
function restorationOf(
  right: OfficePortfolioRight,
  line: FeeLine,
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
    if (right.office === "JP" && line.amount !== undefined) {
      const cost = jpRestorationCost(right.kind as JpKind, line.amount);
      return {
        restorationCost: cost.amount,
        restorationNote: `fee, 割増 and restoration fee (Patent Act Art. 112-2) [${cost.confidence}]; the period to request it is not in our data`,
        ...coded("restore_jp", { confidence: cost.confidence }),
      };
    }
    if (right.office === "KR" && line.amount !== undefined) {
      const cost = krRestoration(line.amount, line.due);
      return {
        restorationCost: cost.amount,
        restorationBy: cost.lastDay,
        restorationNote: `twice the fee (Patent Act Art. 81-3) [${cost.confidence}]`,
        ...coded("restore_kr", { confidence: cost.confidence }),
      };
    }
    if (right.office === "US" && line.lastDay !== undefined) {
      const years = asOf > US_THRESHOLD_CHANGE ? 1 : 2;
      const within = asOf <= addYearsClamped(line.lastDay, years);
      const cost = usPetitionFee(usEntity(right.entity), within, asOf);
      const total = line.amount ? cost.amount.plus(line.amount) : cost.amount;
      return {
        restorationCost: total,
        restorationNote: `petition to accept a delayed maintenance fee (37 CFR 1.378, ${within ? "within" : "past"} the threshold) plus the fee [${cost.confidence}]`,
        ...coded(within ? "restore_usWithin" : "restore_usPast", { confidence: cost.confidence }),
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
