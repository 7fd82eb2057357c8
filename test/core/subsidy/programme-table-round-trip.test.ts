/* global describe, expect, it */
import fc from "fast-check";
import { BUILT_IN_PROGRAMMES } from "../../../src/core/subsidy";
import { mergeProgrammes } from "../../../src/core/subsidy/merge-programmes";
import { programmeTable } from "../../../src/core/subsidy/programme-table-rows";
import { readProgrammeTable } from "../../../src/core/subsidy/read-programme-table";

// The pane pre-fills the table with the built-in programmes (src/data/subsidies.json): a user who
// changes nothing must get exactly the shipped programmes back.
describe("the pre-filled programmes table", () => {
  const table = programmeTable(BUILT_IN_PROGRAMMES);

  it("has one row per built-in rule, ids and words as text, dates as dates", () => {
    const rules = BUILT_IN_PROGRAMMES.reduce((n, programme) => n + programme.rules.length, 0);
    expect(table.rows).toHaveLength(rules); // 25 rule rows in subsidies.json
    const format = (header: string) => table.columns.find((c) => c.header === header)?.format;
    expect([format("Rule ID"), format("Programme"), format("Effective from")]).toEqual([
      "text",
      "text",
      "date",
    ]);
    // Listed by programme, then date: CNIPA-2021 first (sorted by id), its one rule from 2021-01-27.
    expect(table.rows[0].slice(0, 2)).toEqual([
      "CNIPA-2021/grant-subsidies-within-half-of-official-fees",
      "CNIPA-2021",
    ]);
  });

  it("reads back to the built-in programmes, figure for figure", () => {
    const read = readProgrammeTable({
      sheet: "Subsidy programmes",
      top: 1,
      left: 0,
      values: [table.columns.map((column) => column.header), ...table.rows],
    });
    expect(read.issues).toEqual([]);
    const merged = mergeProgrammes(BUILT_IN_PROGRAMMES, read);
    expect(merged.issues).toEqual([]);
    expect(merged.replaced).toEqual(BUILT_IN_PROGRAMMES.map((programme) => programme.id));
    expect(merged.builtIn).toEqual([]);
    expect(merged.programmes).toEqual(BUILT_IN_PROGRAMMES);
  });

  it("reads back to the same programmes whatever the order of its rows (users sort tables)", () => {
    // The loader wants a programme's rows in date order; the table reader sorts them itself.
    fc.assert(
      fc.property(fc.shuffledSubarray(table.rows, { minLength: table.rows.length }), (rows) => {
        const read = readProgrammeTable({
          sheet: "Subsidy programmes",
          top: 1,
          left: 0,
          values: [table.columns.map((column) => column.header), ...rows],
        });
        expect(mergeProgrammes(BUILT_IN_PROGRAMMES, read).programmes).toEqual(BUILT_IN_PROGRAMMES);
      }),
      { numRuns: 30 }
    );
  });
});
