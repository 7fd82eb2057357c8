import { amountCells, ReportContext, ReportInput } from "../report-context";
import { mappedBlock, OutputBlock, OutputSheet } from "../output-model";
import { serialFromDay } from "../../dates/excel-serial";
import { CodedMessage, messageText } from "../../i18n/issue-text";
import { Language, StringKey } from "../../i18n/strings";
import { Money, yuanToCell } from "../../money/money";
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

/** Reason texts remembered per sheet. */
const REASONS_KEPT = 10_000;

/**
 * Reasons (or notes) in the run's language, else the engine's text. Each message is rendered once:
 * thousands of offsets share a few reasons ("programme starts on 2021-01-01"), and a message is never
 * changed once the run has made it.
 */
function reasonTexts(
  language: Language
): (coded: readonly CodedMessage[] | undefined, text: string | undefined) => string {
  const rendered = new Map<CodedMessage, string>();
  const textOf = (message: CodedMessage) => {
    let shown = rendered.get(message);
    if (shown === undefined) {
      shown = messageText(language, message);
      // Reasons made per case (an amount cap's) are not kept beyond this: the sheet keeps its rows' maker.
      if (rendered.size < REASONS_KEPT) rendered.set(message, shown);
    }
    return shown;
  };
  return (coded, text) => {
    if (!coded) return text ?? "";
    if (coded.length === 1) return textOf(coded[0]);
    return coded.map(textOf).join(language === "en" ? "; " : "；");
  };
}

/** `make` of a key, made once per key (a few fiscal years, event kinds, parts per sheet). */
function once<Key, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const made = new Map<Key, Value>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined && !made.has(key)) made.set(key, (value = make(key)));
    return value as Value;
  };
}

/** The Subsidy offsets sheet: one row per rule and event, with why it pays less than its formula gives. */
export function offsetsSheetOf(input: ReportInput, ctx: ReportContext): OutputSheet {
  const { settings } = input;
  const { t, converting, convertedFormat } = ctx;
  const currencyCode = settings.currency.code;
  // Per row, only the cells that differ: the words, labels and amounts (one Money per rounded amount,
  // see budgetOffsets) are worked out once per value. A row cost ~2.8 µs, 28,000 rows 80 ms.
  const inLanguage = reasonTexts(input.language);
  const eventText = once((event: EventKind) => {
    const eventKey = EVENT_KEYS[event];
    return eventKey ? t(eventKey) : event;
  });
  const fiscalYearText = once((year: number) =>
    fiscalYearLabel(year, settings.fiscalYearStartMonth)
  );
  const placementText = once((placement: OffsetPlacement) => t(PLACEMENT_KEYS[placement]));
  const partText = once((part: OffsetPart) => t(PART_KEYS[part]));
  const cell = amountCells(yuanToCell);
  const convertedCell = amountCells((amount: Money) => amount.toNumber());
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
          const row: CellValue[] = [
            offset.rightId,
            offset.applicant,
            eventText(offset.event),
            offset.jurisdiction,
            serialFromDay(offset.date),
            fiscalYearText(placedOffset.fiscalYear),
            placementText(placedOffset.placement),
            offset.programmeId,
            offset.ruleId,
            partText(offset.part),
            offset.currency,
            cell(placedOffset.gross),
            cell(placedOffset.applied),
          ];
          if (converting) {
            row.push(offset.currency === "CNY" ? convertedCell(placedOffset.converted) : "");
          }
          row.push(
            inLanguage(offset.reasons, offset.reason),
            inLanguage(offset.notes, offset.note)
          );
          return row;
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
