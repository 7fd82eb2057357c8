/** The English of ledger-strings.ts, with the keys every language must have (a module of its own: see languages.ts). */
export const LEDGER_STRINGS_EN = {
  ledgerSource: "Reading {source}: header in row {row}.",
  ledgerNoHeader:
    "No header row found in the first {rows} rows of {source}: name the columns as in the sample (ID, Right type, Filing date …), or map them below.",
  ledgerTitleRows: "Rows above the header skipped (titles): {rows}.",
  ledgerFirstRows:
    "Only the first {rows} rows are read before a run; the run reads every row and lists the blank, total and repeated ones it skips.",
  ledgerBlankRows: "Blank rows skipped: {rows}.",
  ledgerTotalRows: "Total rows skipped: {rows}.",
  ledgerDuplicates: "Duplicates merged (same number and office): {pairs}.",
  ledgerRead: "Rights read: {records} ({rights} projected) from {rows} rows.",
  ledgerNoUsableRows:
    "No usable row in {source}: nothing was written. Fix the problems listed, or choose another list.",
  ledgerDuplicate:
    "Same application number as row {first} ({id}) at the same office: merged, this row is not read again.",
  ledgerDuplicateConflict:
    "Same application number as row {first} ({id}) at the same office, but {columns} differ: row {first} is read, this row is left out. Make the two rows agree, or delete one.",
  ledgerRowPair: "row {row} = row {first}",
  columnMapTitle: "Columns read",
  issuesUnsupported: "Not projected yet, as expected (other offices, trademarks): {count}",
  settingsAsOf:
    "As-of date “{value}” is not a date: give yyyy-mm-dd, yyyy/mm/dd or yyyy年m月d日, or leave it empty for today.",
  settingsHorizon: "Horizon {value} must be a whole number of years from 1 to {max}.",
  settingsFyStart: "Fiscal year start {value} must be a month from 1 to 12.",
  settingsCurrency: "Currency “{value}” is not a 3-letter code such as CNY, JPY or USD.",
  settingsRate:
    "Rate “{value}” is not a positive number of {currency} per CNY with at most {digits} significant digits (e.g. 19 for JPY).",
  // Merged cells (issue 12).
  assumptionMerged: "Merged cells",
  mergedAssumption:
    "A value merged over several rows of the list is read for each of these rows, in every column but the ID (merged ID cells leave the rows below without an ID).",
  mergedCarried: "Merged cells read for each row they cover: {areas}.",
  noOwner: "(no owner)",
  columnMapHeader: "Header",
  columnMapField: "Feeds",
  columnMapIgnored: "(ignored)",
  columnMapHelp:
    "Point a column at a field if its header was not recognised; the choice is remembered in this workbook.",
  columnMapApproxGrant:
    "The grant date is read from the column “{header}”: a grant announcement date is an approximation of the date of the notice to grant (usually some weeks later), so reduction windows may start a year late.",
  assumptionRowsRead: "Rows read",
  assumptionGrantColumn: "Grant date column",
  hiddenRowsAssumption:
    "Hidden and filtered rows of the list are read like any other row; blank rows, total rows and repeated application numbers are skipped (see the pane and IP Issues).",
  field_id: "ID (application number)",
  field_title: "Title",
  field_kind: "Right type",
  field_filingDate: "Filing date",
  field_grantDate: "Grant date",
  field_status: "Status",
  field_reduction: "Fee reduction",
  field_lastPaidYear: "Last annuity year paid",
  field_owner: "Owner",
  field_jurisdiction: "Jurisdiction",
  field_applicant: "Applicant",
  field_applicantLocation: "Applicant location",
  field_pctPublicationDate: "PCT publication date",
  field_lapseNoticeDate: "Lapse notice date",
  field_claims: "Claims",
  field_entity: "Entity or size",
  field_priorityDate: "Priority date",
};

export type LedgerStringKey = keyof typeof LEDGER_STRINGS_EN;
export type LedgerStrings = Record<LedgerStringKey, string>;
