import { ReportContext, ReportInput } from "../report-context";
import { mappedBlock, OutputBlock, OutputSheet } from "../output-model";
import { serialFromDay } from "../../dates/excel-serial";
import { CodedMessage, messageText } from "../../i18n/issue-text";
import { Language, StringKey } from "../../i18n/strings";
import { yuanToCell } from "../../money/money";
import { BudgetOffset, OffsetPlacement } from "../../projection/budget-offsets";
import { fiscalYearLabel } from "../../projection/fiscal-year";
import { EventKind } from "../../subsidy/events";
import { OffsetPart } from "../../subsidy/outcome";
import { CellValue } from "../../table/table-schema";

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

/** Reasons (or notes) in the run's language, else the engine's text. */
function inLanguage(
  language: Language,
  coded: readonly CodedMessage[] | undefined,
  text: string | undefined
): string {
  if (!coded) return text ?? "";
  return coded
    .map((message) => messageText(language, message))
    .join(language === "en" ? "; " : "；");
}

/** The Subsidy offsets sheet: one row per rule and event, with why it pays less than its formula gives. */
export function offsetsSheetOf(input: ReportInput, ctx: ReportContext): OutputSheet {
  const { settings } = input;
  const { t, converting, convertedFormat } = ctx;
  const currencyCode = settings.currency.code;
  // Subsidy offsets: one row per rule and event, with why it pays less than its formula gives.
  const offsetsSheet: OutputSheet = {
    role: "offsets",
    name: t("sheetOffsets"),
    blocks: [
      offsetsBlock(
        {
          top: 0,
          tableName: "IPSubsidyOffsets",
          columns: [
            { header: t("colId"), format: "text" },
            { header: t("colApplicant"), format: "text" },
            { header: t("colEvent"), format: "text" },
            { header: t("colJurisdiction"), format: "text" },
            { header: t("colDate"), format: "date" },
            { header: t("colFiscalYear"), format: "text" },
            { header: t("colBudget"), format: "text" },
            { header: t("colProgramme"), format: "text" },
            { header: t("colRule"), format: "text" },
            { header: t("colPart"), format: "text" },
            { header: t("colCurrency"), format: "text" },
            { header: t("colGross"), format: "money" },
            { header: t("colApplied"), format: "money" },
            ...(converting
              ? [
                  {
                    header: t("colAppliedConverted", { currency: currencyCode }),
                    format: convertedFormat,
                  },
                ]
              : []),
            { header: t("colReason"), format: "text" },
            { header: t("colNote"), format: "text" },
          ],
        },
        input.offsets ?? [],
        (placedOffset) => {
          const { offset } = placedOffset;
          const eventKey = EVENT_KEYS[offset.event];
          return [
            offset.rightId,
            offset.applicant,
            eventKey ? t(eventKey) : offset.event,
            offset.jurisdiction,
            serialFromDay(offset.date),
            fiscalYearLabel(placedOffset.fiscalYear, settings.fiscalYearStartMonth),
            t(PLACEMENT_KEYS[placedOffset.placement]),
            offset.programmeId,
            offset.ruleId,
            t(PART_KEYS[offset.part]),
            offset.currency,
            yuanToCell(placedOffset.gross),
            yuanToCell(placedOffset.applied),
            ...(converting
              ? [offset.currency === "CNY" ? placedOffset.converted.toNumber() : ""]
              : []),
            inLanguage(input.language, offset.reasons, offset.reason),
            inLanguage(input.language, offset.notes, offset.note),
          ];
        },
        [...Array<CellValue>(converting ? 14 : 13).fill(""), t("noOffsets"), ""]
      ),
    ],
    charts: [],
    freezeHeaderRows: 1,
  };

  return offsetsSheet;
}

/**
 * The offsets' block: a row per offset, made when written (tens of thousands of them in a large
 * portfolio), or the one row saying there are none.
 */
function offsetsBlock(
  layout: Omit<OutputBlock, "rows" | "source">,
  offsets: readonly BudgetOffset[],
  rowOf: (offset: BudgetOffset) => CellValue[],
  none: CellValue[]
): OutputBlock {
  return offsets.length ? mappedBlock(layout, offsets, rowOf) : { ...layout, rows: [none] };
}
