/* global describe, expect, it */
import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/civil";
import { serialFromDay } from "../../../src/core/dates/excel-serial";
import { CodedMessage, messageText } from "../../../src/core/i18n/issue-text";
import { Language, StringKey } from "../../../src/core/i18n/strings";
import { Money, yuanToCell } from "../../../src/core/money/money";
import {
  BudgetOffset,
  OffsetPlacement,
  budgetOffsets,
} from "../../../src/core/projection/budget-offsets";
import { fiscalYearLabel } from "../../../src/core/projection/fiscal-year";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { summarize } from "../../../src/core/projection/summary";
import { blockRowAt, blockRowCount } from "../../../src/core/report/output-model";
import { ReportInput, reportContext } from "../../../src/core/report/report-context";
import { offsetsSheetOf } from "../../../src/core/report/sheets/offsets-sheet";
import { applyProgrammes } from "../../../src/core/subsidy/apply";
import { BUILT_IN_PROGRAMMES } from "../../../src/core/subsidy/built-in";
import { EventKind, SubsidyEvent } from "../../../src/core/subsidy/events";
import { OffsetPart } from "../../../src/core/subsidy/outcome";
import { CellValue } from "../../../src/core/table/table-schema";
import { paymentsOf } from "../../../src/core/projection/payments";

// Issue 14 (speed): the Subsidy offsets sheet renders each reason once (offsets share them), and its
// words, labels and cell numbers once per value. The reference below is a row as it was made before.

const EVENT_KEYS: Partial<Record<EventKind, StringKey>> = {
  grant: "eventGrant",
  publication: "eventPublication",
  registration: "eventRegistration",
  "annuity-paid": "eventAnnuity",
};
const PART_KEYS: Record<OffsetPart, StringKey> = {
  "per-case": "partCase",
  "first-time-bonus": "partBonus",
};
const PLACEMENT_KEYS: Record<OffsetPlacement, StringKey> = {
  horizon: "budgetHorizon",
  before: "budgetBefore",
  after: "budgetAfter",
  "other-currency": "budgetOtherCurrency",
};

function referenceRow(input: ReportInput, placedOffset: BudgetOffset): CellValue[] {
  const { t, converting } = reportContext(input);
  const inLanguage = (coded: readonly CodedMessage[] | undefined, text: string | undefined) =>
    coded
      ? coded
          .map((message) => messageText(input.language, message))
          .join(input.language === "en" ? "; " : "；")
      : (text ?? "");
  const { offset } = placedOffset;
  const eventKey = EVENT_KEYS[offset.event];
  return [
    offset.rightId,
    offset.applicant,
    eventKey ? t(eventKey) : offset.event,
    offset.jurisdiction,
    serialFromDay(offset.date),
    fiscalYearLabel(placedOffset.fiscalYear, input.settings.fiscalYearStartMonth),
    t(PLACEMENT_KEYS[placedOffset.placement]),
    offset.programmeId,
    offset.ruleId,
    t(PART_KEYS[offset.part]),
    offset.currency,
    yuanToCell(placedOffset.gross),
    yuanToCell(placedOffset.applied),
    ...(converting ? [offset.currency === "CNY" ? placedOffset.converted.toNumber() : ""] : []),
    inLanguage(offset.reasons, offset.reason),
    inLanguage(offset.notes, offset.note),
  ];
}

const anyEvent: fc.Arbitrary<SubsidyEvent> = fc
  .record({
    right: fc.integer({ min: 0, max: 10_000 }),
    applicant: fc.constantFrom("Acme", "Beta"),
    kind: fc.constantFrom<EventKind>(
      "grant",
      "publication",
      "registration",
      "premium-paid",
      "filing"
    ),
    office: fc.constantFrom("CN", "US", "JP", "EP", "EM", "PCT", "MADRID"),
    day: fc.integer({ min: isoToDay("2020-06-01"), max: isoToDay("2025-06-01") }),
    cost: fc.option(fc.integer({ min: 0, max: 6_000_000 }), { nil: undefined }),
  })
  .map(({ right, applicant, kind, office, day, cost }) => {
    const event: SubsidyEvent = {
      rightId: `${kind}-${office}-${right}`,
      applicant,
      event: kind,
      jurisdiction: office,
      rightType: kind === "registration" ? "trademark" : "invention",
      date: day,
    };
    if (cost !== undefined) event.costBase = new Money(cost);
    return event;
  });

// Offsets with two reasons: JETRO pays half of 4,000,000, cut to its per-case cap of 1,500,000, then
// to what its per-company yearly limit leaves.
const JETRO_FILINGS: SubsidyEvent[] = [1, 2, 3, 4].map((n) => ({
  rightId: `JP-filing-${n}`,
  applicant: "Acme",
  event: "filing",
  jurisdiction: "CN",
  rightType: "invention",
  date: isoToDay(`2022-0${n}-10`),
  costBase: new Money(4_000_000),
}));

describe("the Subsidy offsets sheet: the same rows as before issue 14", () => {
  it("on random events, in every language, with and without a converted column", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyEvent, { maxLength: 60, selector: (event) => event.rightId }),
        fc.constantFrom<Language>("en", "ja", "zh"),
        fc.constantFrom("CNY", "JPY"),
        fc.constantFrom(1, 4),
        (events, language, currency, fiscalYearStartMonth) => {
          const settings: ProjectionSettings = {
            asOf: isoToDay("2022-01-01"),
            horizonYears: 2,
            fiscalYearStartMonth,
            currency: { code: currency, ratePerCny: new Money(currency === "CNY" ? 1 : "21.5") },
            shiftToWorkday: false,
          };
          const offsets = budgetOffsets(
            applyProgrammes([...events, ...JETRO_FILINGS], BUILT_IN_PROGRAMMES),
            settings
          );
          const input: ReportInput = {
            rights: events.length,
            projection: paymentsOf([]),
            summary: summarize(paymentsOf([]), settings, offsets),
            deadlines: [],
            issues: [],
            settings,
            language,
            offsets,
          };
          const [block] = offsetsSheetOf(input, reportContext(input)).blocks;
          if (offsets.length === 0) return;
          expect(blockRowCount(block)).toBe(offsets.length);
          offsets.forEach((offset, index) =>
            expect(blockRowAt(block, index)).toEqual(referenceRow(input, offset))
          );
        }
      ),
      { numRuns: 150 }
    );
  });
});
