/**
 * The columns of the "Subsidy programmes" workbook table: one column per field of a rule row (the data
 * model of docs/subsidies.md, as `src/data/subsidies.json` writes it), with a header a person
 * can read. Headers are matched without case, spaces or punctuation, and the field names themselves
 * ("perYearCountCap") are accepted too, so a table typed from the JSON keys also works.
 */

/**
 * How a cell of the column is read and written.
 * @example const kind: ProgrammeCellKind = "rate"; // 0.5, "0.5" or "50%"
 */
export type ProgrammeCellKind = "text" | "list" | "amount" | "rate" | "count" | "date" | "flag";

/**
 * One column of the programmes table.
 * @example PROGRAMME_COLUMNS[0] //=> { key: "id", header: "Rule ID", cell: "text", required: true }
 */
export interface ProgrammeColumn {
  /** The field of the rule row (`subsidies.json` key). */
  key: string;
  header: string;
  cell: ProgrammeCellKind;
  /** The loader needs the column in every table (a cell may still be blank where a default exists). */
  required?: boolean;
}

/**
 * The columns, in the order the pane writes them. Lists (right types, jurisdiction groups, offices) are
 * written comma-separated; amounts as numbers; rates as fractions (0.5 is 50%); dates as dates.
 * @example PROGRAMME_COLUMNS.map((c) => c.header).includes("Effective from") //=> true
 */
export const PROGRAMME_COLUMNS: readonly ProgrammeColumn[] = [
  { key: "id", header: "Rule ID", cell: "text", required: true },
  { key: "programme", header: "Programme", cell: "text", required: true },
  { key: "programmeName", header: "Programme name", cell: "text", required: true },
  { key: "region", header: "Region", cell: "text", required: true },
  { key: "currency", header: "Currency", cell: "text" },
  { key: "role", header: "Role", cell: "text" },
  { key: "scope", header: "Scope", cell: "text" },
  { key: "beneficiary", header: "Beneficiary", cell: "text" },
  { key: "rightType", header: "Right types", cell: "list", required: true },
  { key: "jurisdictionGroup", header: "Jurisdiction groups", cell: "list", required: true },
  { key: "offices", header: "Offices", cell: "list" },
  { key: "trigger", header: "Trigger", cell: "text", required: true },
  { key: "amountType", header: "Amount type", cell: "text" },
  { key: "amount", header: "Amount", cell: "amount" },
  { key: "rate", header: "Rate", cell: "rate" },
  { key: "costBase", header: "Cost base", cell: "text" },
  { key: "perCaseCap", header: "Per-case cap", cell: "amount" },
  { key: "perYearCountCap", header: "Cases per year (cap)", cell: "count" },
  { key: "perYearAmountCap", header: "Amount per year (cap)", cell: "amount" },
  { key: "perYearMinCount", header: "Minimum cases per year", cell: "count" },
  { key: "perRightCountCap", header: "Payments per right (cap)", cell: "count" },
  { key: "windowYearsFromGrant", header: "Years from grant (window)", cell: "count" },
  { key: "claimLagYears", header: "Claimed years later", cell: "count" },
  { key: "firstTimeBonus", header: "First-time bonus", cell: "amount" },
  { key: "stackingGroup", header: "Stacking group", cell: "text" },
  { key: "effectiveFrom", header: "Effective from", cell: "date", required: true },
  { key: "effectiveTo", header: "Effective to", cell: "date" },
  { key: "status", header: "Status", cell: "text", required: true },
  { key: "conditions", header: "Conditions", cell: "text" },
  { key: "source", header: "Source", cell: "text", required: true },
  { key: "verified", header: "Verified", cell: "flag", required: true },
];

/**
 * The name of the Excel table the pane creates and reads. The table is found by this name wherever it
 * is, so the sheet can be renamed or moved.
 * @example PROGRAMME_TABLE_NAME //=> "IPSubsidyProgrammes"
 */
export const PROGRAMME_TABLE_NAME = "IPSubsidyProgrammes";

/** @example programmeHeaderWord("Per-case cap") //=> "percasecap" */
export function programmeHeaderWord(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s._\-:()（）/#]+/gu, "");
}

const COLUMN_BY_WORD = new Map<string, ProgrammeColumn>();
for (const column of PROGRAMME_COLUMNS) {
  COLUMN_BY_WORD.set(programmeHeaderWord(column.header), column);
  COLUMN_BY_WORD.set(programmeHeaderWord(column.key), column);
}

/**
 * The column a header names, or undefined for a column the loader ignores (e.g. the user's notes).
 * @example programmeColumnOf("Effective From")?.key //=> "effectiveFrom"
 * @example programmeColumnOf("perYearCountCap")?.key //=> "perYearCountCap"
 */
export function programmeColumnOf(header: unknown): ProgrammeColumn | undefined {
  return typeof header === "string" ? COLUMN_BY_WORD.get(programmeHeaderWord(header)) : undefined;
}
