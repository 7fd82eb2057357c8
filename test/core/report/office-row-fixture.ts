import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { OfficeProjectionRow } from "../../../src/core/projection/office-schedule";

/** A JP patent's year-6 fee row (JPY 16,700, CNY 801.60), with `changes` over it. */
export function officeRow(changes: Partial<OfficeProjectionRow> = {}): OfficeProjectionRow {
  return {
    sourceRow: 3,
    id: "JP1",
    owner: "Tokyo HQ",
    office: "JP",
    kind: "patent",
    year: 6,
    due: isoToDay("2026-12-24"),
    fiscalYear: 2026,
    currency: "JPY",
    amount: new Money(16_700),
    converted: new Money(801.6),
    confidence: "HIGH",
    flags: [],
    basis: "granted",
    ...changes,
  };
}
