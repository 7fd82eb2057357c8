import { isoToDay } from "../../src/core/dates/civil";
import { Money } from "../../src/core/money/money";
import { SAMPLE_TEXT_COLUMNS, samplePortfolio } from "../../src/core/sample/sample-portfolio";
import { WriterLimits } from "../../src/excel/office-workbook";
import { workbookWithUserData } from "../excel/office-workbook/workbook-fixture";

/** The day the taskpane tests run the sample portfolio on (its rows are dated from it). */
export const SAMPLE_AS_OF = isoToDay("2026-11-23");

/** The pane's settings of these tests: 10 years, fiscal years from April, JPY at 19 per CNY. */
export const SAMPLE_SETTINGS = {
  asOf: SAMPLE_AS_OF,
  horizonYears: 10,
  fiscalYearStartMonth: 4,
  currency: { code: "JPY", ratePerCny: new Money(19) },
  shiftToWorkday: false,
};

/** A workbook with the user's data and the sample portfolio inserted as a table, as the pane's button does. */
export async function sampleWorkbook(limits: Partial<WriterLimits> = {}) {
  const setup = workbookWithUserData(limits);
  const source = await setup.port.insertTable(
    "IP Sample portfolio",
    "IPSamplePortfolio",
    samplePortfolio(SAMPLE_AS_OF),
    SAMPLE_TEXT_COLUMNS
  );
  return { ...setup, source };
}
