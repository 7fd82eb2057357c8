import { BUILT_IN_PROGRAMMES } from "../subsidy/built-in";
import { PROGRAMME_COLUMNS } from "../subsidy/programme-table-columns";
import { programmeTable } from "../subsidy/programme-table-rows";
import { CellValue, OutputColumn } from "../table/table-schema";

/** The rule the sample workbook switches on, as an example of turning a draft programme on. */
export const SAMPLE_SWITCHED_ON_RULE = "SZ-HETAO/overseas-annuity-half";

/**
 * The sample workbook's own programmes table: the built-in programmes, with one clearly labelled example
 * row switching a draft on (the Hetao overseas annuity refund: status "active"), so a run shows how a
 * programme offsets projected foreign annuities. Only this table does it: the built-in rule stays a draft.
 * @example sampleProgrammeTable().rows.filter((row) => String(row[0]).startsWith("SZ-HETAO")).length //=> 1
 */
export function sampleProgrammeTable(): { columns: OutputColumn[]; rows: CellValue[][] } {
  const table = programmeTable(BUILT_IN_PROGRAMMES);
  const at = (key: string) => PROGRAMME_COLUMNS.findIndex((column) => column.key === key);
  const rows = table.rows.map((row) => {
    if (row[at("id")] !== SAMPLE_SWITCHED_ON_RULE) return row;
    const copy = [...row];
    copy[at("status")] = "active";
    copy[at("programmeName")] =
      `EXAMPLE (sample workbook): ${String(row[at("programmeName")])}, switched on`;
    copy[at("conditions")] =
      `EXAMPLE ROW: this sample switches the draft on (status active) to show foreign annuities offset; set it back to draft unless your zone office confirms the programme. ${String(row[at("conditions")])}`;
    return copy;
  });
  return { columns: table.columns, rows };
}
