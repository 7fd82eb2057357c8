import { serialFromDay } from "../dates/excel-serial";
import { Money } from "../money/money";
import { compareText } from "../table/compare-text";
import { Programme, SubsidyRule } from "./programme";
import { PROGRAMME_COLUMNS, ProgrammeCellKind } from "./programme-table-columns";
import { CellValue, ColumnFormat, OutputColumn } from "../table/table-schema";

/** How each kind of cell is formatted: ids and words as text (so "2021" stays text), dates as dates. */
const FORMATS: Record<ProgrammeCellKind, ColumnFormat> = {
  text: "text",
  list: "text",
  amount: "general",
  rate: "general",
  count: "integer",
  date: "date",
  flag: "general",
};

/** The field values of a rule as the table shows them. */
function cellsOf(rule: SubsidyRule): Record<string, CellValue> {
  const amount = (value: Money | undefined) => (value === undefined ? "" : value.toNumber());
  const list = (values: readonly string[] | undefined) => (values ?? []).join(", ");
  return {
    id: rule.id,
    programme: rule.programme,
    programmeName: rule.programmeName,
    region: rule.region,
    currency: rule.currency,
    role: rule.role,
    scope: rule.scope ?? "",
    beneficiary: rule.role === "pays" ? rule.beneficiary : "",
    rightType: list(rule.rightTypes),
    jurisdictionGroup: list(rule.jurisdictionGroups),
    offices: list(rule.offices),
    trigger: rule.trigger,
    amountType: rule.amountType ?? "",
    amount: amount(rule.amount),
    rate: amount(rule.rate),
    costBase: rule.costBase ?? "",
    perCaseCap: amount(rule.perCaseCap),
    perYearCountCap: rule.perYearCountCap ?? "",
    perYearAmountCap: amount(rule.perYearAmountCap),
    perYearMinCount: rule.perYearMinCount ?? "",
    perRightCountCap: rule.perRightCountCap ?? "",
    windowYearsFromGrant: rule.windowYearsFromGrant ?? "",
    claimLagYears: rule.claimLagYears ?? "",
    firstTimeBonus: amount(rule.firstTimeBonus),
    stackingGroup: rule.stackingGroup ?? "",
    effectiveFrom: serialFromDay(rule.effectiveFrom),
    effectiveTo: rule.effectiveTo === undefined ? "" : serialFromDay(rule.effectiveTo),
    status: rule.status,
    conditions: rule.conditions ?? "",
    source: rule.source,
    verified: rule.verified,
  };
}

/**
 * The programmes table as the pane creates it: the given programmes (the built-in ones) one rule per
 * row, by programme, date and rule id, with every column of PROGRAMME_COLUMNS. Amounts are numbers the
 * loader reads back exactly (the data's amounts are whole numbers or short decimals), rates fractions,
 * dates date serials, ids and words text. Read back with `readProgrammeTable`, the table gives the same
 * programmes: a user who changes nothing changes nothing.
 * @example programmeTable(BUILT_IN_PROGRAMMES).rows.length //=> 25
 */
export function programmeTable(programmes: readonly Programme[]): {
  columns: OutputColumn[];
  rows: CellValue[][];
} {
  const rules = programmes
    .flatMap((programme) => programme.rules)
    .sort(
      (a, b) =>
        compareText(a.programme, b.programme) ||
        a.effectiveFrom - b.effectiveFrom ||
        compareText(a.id, b.id)
    );
  return {
    columns: PROGRAMME_COLUMNS.map((column) => ({
      header: column.header,
      format: FORMATS[column.cell],
    })),
    rows: rules.map((rule) => {
      const cells = cellsOf(rule);
      return PROGRAMME_COLUMNS.map((column) => cells[column.key]);
    }),
  };
}
