import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import {
  BUILT_IN_PROGRAMMES,
  EventKind,
  EventRightType,
  Programme,
  SubsidyEvent,
  SubsidyOffset,
  findProgramme,
} from "../../../src/core/subsidy";

/** A built-in programme by id. */
export function builtIn(id: string): Programme {
  return findProgramme(id, BUILT_IN_PROGRAMMES);
}

/** An event with the fields tests care about; dates as ISO text for readability. */
export function event(
  rightId: string,
  applicant: string,
  kind: EventKind,
  jurisdiction: string,
  iso: string,
  extra: { rightType?: EventRightType; costBase?: string; units?: number } = {}
): SubsidyEvent {
  const result: SubsidyEvent = {
    rightId,
    applicant,
    event: kind,
    jurisdiction,
    rightType: extra.rightType ?? (kind === "registration" ? "trademark" : "invention"),
    date: isoToDay(iso),
  };
  if (extra.costBase !== undefined) result.costBase = new Money(extra.costBase);
  if (extra.units !== undefined) result.units = extra.units;
  return result;
}

/** Offsets as plain text, for comparing whole results and for readable failures. */
export function plain(offsets: readonly SubsidyOffset[]) {
  return offsets.map((offset) => ({
    ...offset,
    gross: offset.gross.toString(),
    applied: offset.applied.toString(),
  }));
}

/** The sum of applied amounts, as text. */
export function totalApplied(offsets: readonly SubsidyOffset[]): string {
  return offsets.reduce((sum, offset) => sum.plus(offset.applied), new Money(0)).toString();
}

/** Rows of a user's programme, completed with the fields every row needs. */
export function userRow(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    programme: "TEST",
    programmeName: "Test programme",
    region: "Test",
    rightType: "invention",
    jurisdictionGroup: "CN",
    trigger: "grant",
    effectiveFrom: "2021-01-01",
    status: "active",
    source: "test fixture",
    verified: false,
    ...fields,
  };
}
