/* Issue 14: a fee row's notes are made once per kind of row (a mixed portfolio's 250,000 rows share a few
 * dozen) and its fiscal year label once per year. Each row must still show what notesOf made for it
 * alone, as before (the reference below is notesOf as it was, commit 045cc4a), in every language, for
 * rows that differ in any one thing the notes read: basis, amount or its reason, rate, confidence,
 * surcharge, flags. */
import fc from "fast-check";
import { issueText } from "../../../src/core/i18n/issue-text";
import { IssueStringKey } from "../../../src/core/i18n/issue-strings";
import { Language } from "../../../src/core/i18n/strings";
import { Money } from "../../../src/core/money/money";
import { ratesOf } from "../../../src/core/projection/exchange-rates";
import { OfficeProjectionRow } from "../../../src/core/projection/office-schedule";
import { paymentsOf } from "../../../src/core/projection/payments";
import { addOfficeFees } from "../../../src/core/report/office-fees";
import { blockRowAt, blockRowCount, OutputSheet } from "../../../src/core/report/output-model";
import { MIXED_RATES, MIXED_SETTINGS } from "../projection/mixed-office-portfolio";
import { officeRow } from "./office-row-fixture";

/** notesOf before its texts were shared. */
function notesBefore(row: OfficeProjectionRow, output: string, language: Language): string {
  const say = (key: IssueStringKey, params: Record<string, string> = {}) =>
    issueText(language, key, params);
  const notes: string[] = [];
  if (row.basis === "pending-assumed-grant") notes.push(say("note_pendingAssumed"));
  if (row.amount === undefined) notes.push(row.missing ?? say("note_noAmount"));
  else if (row.converted === undefined)
    notes.push(say("note_noRate", { currency: row.currency, output }));
  if (row.confidence === "MED" || row.confidence === "LOW")
    notes.push(say("note_unverified", { confidence: row.confidence }));
  if (row.surcharge)
    notes.push(
      say("note_overdue", { surcharge: row.surcharge.toString(), currency: row.currency })
    );
  notes.push(...row.flags);
  return notes.join("; ");
}

const RATES = ratesOf("CNY", MIXED_SETTINGS.currency.ratePerCny, MIXED_RATES);
const FEE = new Money(16_700);

const rowArb: fc.Arbitrary<OfficeProjectionRow> = fc
  .record({
    basis: fc.constantFrom("granted", "pending-assumed-grant"),
    amount: fc.constantFrom<Money | undefined>(FEE, new Money(16_700), undefined),
    missing: fc.constantFrom(undefined, "no amount in the data for 2027", "fee not confirmed"),
    converted: fc.constantFrom<Money | undefined>(new Money(801.6), undefined),
    confidence: fc.constantFrom("HIGH", "MED", "LOW"),
    surcharge: fc.constantFrom<Money | undefined>(undefined, new Money(8_350), new Money(4_175)),
    flags: fc.subarray(["SCHEDULE_MAY_CHANGE", "ART_141_2", "GRANT_DATE_UNKNOWN"]),
    currency: fc.constantFrom("JPY", "KRW"),
    fiscalYear: fc.integer({ min: 2026, max: 2028 }),
  })
  .map((r) => officeRow(r as Partial<OfficeProjectionRow>));

describe("a fee row's notes, made once per kind of row", () => {
  it("are what notesOf made for each row alone, in every language", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 40 }),
        fc.constantFrom<Language>("en", "ja", "zh"),
        fc.constantFrom(1, 4),
        (rows, language, startMonth) => {
          const sheets: OutputSheet[] = [{ role: "projection", name: "P", blocks: [], charts: [] }];
          addOfficeFees(sheets, {
            cnRows: paymentsOf([]),
            officeRows: rows,
            lapsed: [],
            rates: RATES,
            settings: { ...MIXED_SETTINGS, fiscalYearStartMonth: startMonth },
            language,
          });
          const block = sheets[0].blocks[0];
          expect(blockRowCount(block)).toBe(rows.length);
          rows.forEach((row, i) => {
            const cells = blockRowAt(block, i);
            expect(cells[11]).toBe(notesBefore(row, "CNY", language));
            expect(cells[6]).toBe(
              startMonth === 1 ? String(row.fiscalYear) : `FY${row.fiscalYear}`
            );
          });
        }
      ),
      { numRuns: 300, seed: 20261202 }
    );
  });

  it("differ between rows that differ in one thing only", () => {
    const base: OfficeProjectionRow = {
      ...fc.sample(rowArb, { numRuns: 1, seed: 3 })[0],
      basis: "granted",
      amount: FEE,
      missing: undefined,
      converted: new Money(801.6),
      confidence: "HIGH",
      surcharge: undefined,
      flags: [],
      currency: "JPY",
    };
    const unconfirmed = { ...base, amount: undefined, missing: "no amount in the data for 2027" };
    // Each row after the first two changes one thing of the one before it (and so its notes' key).
    const rows: OfficeProjectionRow[] = [
      unconfirmed,
      { ...unconfirmed, missing: "fee not confirmed" },
      { ...unconfirmed, missing: undefined },
      { ...base, amount: FEE, converted: undefined, currency: "JPY" },
      { ...base, amount: FEE, converted: undefined, currency: "KRW" },
      { ...base, basis: "granted", confidence: "MED" },
      { ...base, basis: "pending-assumed-grant", confidence: "MED" },
      { ...base, basis: "granted", confidence: "LOW" },
      { ...base, basis: "granted", confidence: "LOW", surcharge: new Money(8_350) },
      { ...base, basis: "granted", confidence: "LOW", surcharge: new Money(4_175) },
      { ...base, basis: "granted", confidence: "LOW", flags: ["SCHEDULE_MAY_CHANGE"] },
      { ...base, basis: "granted", confidence: "LOW", flags: ["ART_141_2"] },
    ];
    const sheets: OutputSheet[] = [{ role: "projection", name: "P", blocks: [], charts: [] }];
    const input = {
      cnRows: paymentsOf([]),
      officeRows: rows,
      lapsed: [],
      rates: RATES,
      settings: MIXED_SETTINGS,
      language: "en" as const,
    };
    addOfficeFees(sheets, input);
    const notes = rows.map((_, i) => blockRowAt(sheets[0].blocks[0], i)[11]);
    expect(notes).toEqual(rows.map((row) => notesBefore(row, "CNY", "en")));
    expect(new Set(notes).size).toBe(rows.length);
  });
});
