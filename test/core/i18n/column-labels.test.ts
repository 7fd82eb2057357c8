import { LEDGER_STRINGS } from "../../../src/core/i18n/ledger-strings";
import { COLUMN_SYNONYMS, ColumnKey } from "../../../src/core/portfolio/columns";

// The column map names every field the portfolio reads, in every language: a column added to the reader
// without its label would break the pane (the map shows each field by its label).
it("every portfolio field has its label in English, Japanese and Chinese", () => {
  const missing: string[] = [];
  for (const [language, table] of Object.entries(LEDGER_STRINGS))
    for (const key of Object.keys(COLUMN_SYNONYMS) as ColumnKey[])
      if (!(`field_${key}` in table)) missing.push(`${language}: field_${key}`);
  expect(missing).toEqual([]);
});
