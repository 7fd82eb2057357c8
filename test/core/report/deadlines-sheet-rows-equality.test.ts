import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/civil";
import { Language } from "../../../src/core/i18n/strings";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { deadlines } from "../../../src/core/projection/deadlines";
import { blockRowAt, blockRowCount } from "../../../src/core/report/output-model";
import { ReportInput, reportContext } from "../../../src/core/report/report-context";
import { deadlinesSheet } from "../../../src/core/report/sheets/deadlines-sheet";
import { CellValue } from "../../../src/core/table/table-schema";
import { SETTINGS } from "../projection/hand-checked-portfolio";
import { deadlinesSheetBefore } from "./reference/deadlines-sheet-before";

// Issue 14: the Deadlines sheet converts each shared cost to the end of a term once, and translates the
// "after the notice" text once. The sheet before is kept in ./reference as the oracle: the same cells.
const REDUCTIONS = ["0", "0.85", "0.7"].map((text) => new Money(text));
const rightArb = fc.record({
  kind: fc.constantFrom("invention", "utility", "design") as fc.Arbitrary<PortfolioRight["kind"]>,
  filingOffset: fc.integer({ min: 0, max: 365 * 24 }),
  grantAfter: fc.option(fc.integer({ min: 30, max: 365 * 5 }), { nil: undefined }),
  status: fc.constantFrom("granted", "pending", "lapsed", "abandoned") as fc.Arbitrary<
    PortfolioRight["status"]
  >,
  lastPaidYear: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  reduction: fc.nat(2),
  notice: fc.option(fc.integer({ min: -300, max: 300 }), { nil: undefined }),
});

describe("the Deadlines sheet's rows, against the sheet before", () => {
  it("has the same cells on random rights, in every language", () => {
    fc.assert(
      fc.property(
        fc.array(rightArb, { maxLength: 40 }),
        fc.constantFrom<Language>("en", "zh", "ja"),
        fc.boolean(),
        (drawn, language, shift) => {
          const rights: PortfolioRight[] = drawn.map((r, index) => {
            const filing = isoToDay("2002-01-01") + r.filingOffset;
            return {
              row: index + 2,
              id: `CN${index % 7}`,
              title: "",
              kind: r.kind,
              filing,
              grant: r.grantAfter === undefined ? undefined : filing + r.grantAfter,
              status: r.status,
              reduction: REDUCTIONS[r.reduction],
              lastPaidYear: r.lastPaidYear,
              owner: "Owner",
              jurisdiction: "CN",
              ...(r.notice === undefined ? {} : { lapseNotice: isoToDay("2025-10-01") + r.notice }),
            };
          });
          const settings = { ...SETTINGS, shiftToWorkday: shift };
          const input = {
            deadlines: deadlines(rights, settings),
            settings,
            language,
          } as ReportInput;
          const now = deadlinesSheet(input, reportContext(input)).blocks[0];
          const before = deadlinesSheetBefore(input, reportContext(input)).blocks[0];
          expect(now.columns).toEqual(before.columns);
          expect(blockRowCount(now)).toBe(blockRowCount(before));
          for (let i = 0; i < blockRowCount(now); i += 1)
            expect(blockRowAt(now, i)).toEqual(blockRowAt(before, i));
          // Filled into an array the writer reuses (holding another row's cells): the same row.
          const reused: CellValue[] = Array.from({ length: 15 }, () => "stale");
          for (let i = 0; i < blockRowCount(now); i += 1) {
            now.source!.fill!(i, reused);
            expect(reused).toEqual(blockRowAt(before, i));
          }
          // Short IDs, owners and notes, and a note in a date column that is no formula: vouched for.
          expect(now.source!.checked).toBe(true);
        }
      ),
      { numRuns: 120, seed: 1418 }
    );
  });
});
