import { DayNumber, civilFromDay, dayFromCivil } from "../dates/civil";
import { Money } from "../money/money";
import { EventKind, SubsidyEvent } from "./events";
import { Outcome, OffsetPart, Reason } from "./outcome";

/**
 * What one rule gives for one event: the amount its formula gives (`gross`) and what is actually paid
 * after per-case and yearly caps, stacking groups, the first-time rule and limits (`applied`), both
 * exact and in `currency`; round with roundToFen only when showing them. `reason` says why applied is
 * below gross ("annual cap of 5 reached", "programme ended on 2021-12-31"); `note` names what the engine
 * could not check (e.g. the CNIPA 50% limit when no official fees were given).
 * @example { rightId: "CN-6", applicant: "Acme", event: "grant", jurisdiction: "CN", date: 18779, programmeId: "SZ-2021", ruleId: "SZ-2021/cn-invention-grant", part: "per-case", currency: "CNY", gross: 2500, applied: 0, reason: "annual cap of 5 reached" }
 */
export interface SubsidyOffset {
  rightId: string;
  applicant: string;
  event: EventKind;
  jurisdiction: string;
  date: DayNumber;
  programmeId: string;
  ruleId: string;
  part: OffsetPart;
  currency: string;
  gross: Money;
  applied: Money;
  reason?: string;
  note?: string;
  /** `reason` and `note` as codes with parameters, for the sheet in the run's language. */
  reasons?: Reason[];
  notes?: Reason[];
}

/**
 * The public record of an outcome.
 * @example offsetOf(grant, outcome).ruleId //=> "SZ-2021/cn-invention-grant"
 */
export function offsetOf(event: SubsidyEvent, outcome: Outcome): SubsidyOffset {
  const offset: SubsidyOffset = {
    rightId: event.rightId,
    applicant: event.applicant,
    event: event.event,
    jurisdiction: event.jurisdiction,
    // A payment claimed years later (Hetao: the year after the annuity) counts on 31 December of that year.
    date:
      outcome.rule.claimLagYears === undefined
        ? event.date
        : dayFromCivil(civilFromDay(event.date).year + outcome.rule.claimLagYears, 12, 31),
    programmeId: outcome.rule.programme,
    ruleId: outcome.rule.id,
    part: outcome.part,
    currency: outcome.rule.currency,
    gross: outcome.gross,
    applied: outcome.applied,
  };
  if (outcome.reasons.length > 0) {
    offset.reason = joined(outcome.reasons);
    offset.reasons = outcome.reasons;
  }
  if (outcome.notes.length > 0) {
    offset.note = joined(outcome.notes);
    offset.notes = outcome.notes;
  }
  return offset;
}

/** The messages' English texts joined; one message is its own text (most offsets have one reason). */
function joined(messages: readonly Reason[]): string {
  return messages.length === 1
    ? messages[0].message
    : messages.map((why) => why.message).join("; ");
}
