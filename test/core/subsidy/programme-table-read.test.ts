/* global describe, expect, it */
import { dayToIso } from "../../../src/core/dates/civil";
import { columnLetter } from "../../../src/core/table/a1";
import { PROGRAMME_COLUMNS } from "../../../src/core/subsidy/programme-table-columns";
import { readProgrammeTable } from "../../../src/core/subsidy/read-programme-table";

// A user's "Subsidy programmes" table: one rule per row, the data model of docs/subsidies.md,
// read cell by cell and checked by the engine's own loader; bad rows are reported like portfolio rows
// (sheet, row, column letter, reason) and left out, good rows kept (conventions.md §6).
const HEADERS = PROGRAMME_COLUMNS.map((column) => column.header);
const at = (key: string) => PROGRAMME_COLUMNS.findIndex((column) => column.key === key);
/** A row as a user types it: words in any case, a percentage, a date text, TRUE. */
const typed = (values: Record<string, unknown>): unknown[] => {
  const row: unknown[] = HEADERS.map(() => "");
  const base: Record<string, unknown> = {
    id: "MY-DISTRICT-2026/annuity-half",
    programme: "MY-DISTRICT-2026",
    programmeName: "My district annuity refund (test fixture)",
    region: "Shenzhen",
    rightType: "Invention, utility",
    jurisdictionGroup: "cn",
    trigger: "Annuity-paid",
    amountType: "Percent",
    rate: "50%",
    costBase: "annuity",
    perYearAmountCap: "20,000",
    effectiveFrom: "2026-01-01",
    effectiveTo: 47118, // the date serial of 2028-12-31
    status: "Active",
    source: "test fixture",
    verified: false,
    ...values,
  };
  for (const [key, value] of Object.entries(base)) row[at(key)] = value;
  return row;
};
const read = (...rows: unknown[][]) =>
  readProgrammeTable({ sheet: "Subsidy programmes", top: 1, left: 0, values: [HEADERS, ...rows] });
const letter = (key: string) => columnLetter(at(key));
const shown = (issues: { row: number; column: string; message: string }[]) =>
  issues.map((issue) => [issue.row, issue.column, issue.message]);

describe("reading the programmes table", () => {
  it("reads a row as typed: words in any case, lists, 50%, 20,000, date texts and date serials", () => {
    const { rows, issues } = read(typed({}));
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        fields: {
          id: "MY-DISTRICT-2026/annuity-half",
          programme: "MY-DISTRICT-2026",
          programmeName: "My district annuity refund (test fixture)",
          region: "Shenzhen",
          rightType: ["invention", "utility"],
          jurisdictionGroup: ["CN"],
          trigger: "annuity-paid",
          amountType: "percent",
          rate: "0.5", // 50% = 50 / 100
          costBase: "annuity",
          perYearAmountCap: "20000",
          effectiveFrom: "2026-01-01",
          effectiveTo: dayToIso(47118 - 25569), // serial 47118 − 25569 (1970-01-01) = day 21549
          status: "active",
          source: "test fixture",
          verified: false,
        },
      },
    ]);
    expect(rows[0].fields.effectiveTo).toBe("2028-12-31");
  });

  it("reports each bad cell with its row, column letter and reason, and keeps the good rows", () => {
    const { rows, issues } = read(
      typed({ id: "T/ok" }),
      typed({ id: "T/amount", amountType: "fixed", rate: "", costBase: "", amount: "abc" }),
      typed({ id: "T/date", effectiveFrom: "2026-13-01" }),
      typed({ id: "T/trigger", trigger: "granted" }),
      typed({ id: "T/source", source: "" }),
      typed({ id: "T/verified", verified: "maybe" }),
      typed({ id: "T/error", perYearAmountCap: "#N/A" })
    );
    expect(rows.map((row) => row.fields.id)).toEqual(["T/ok"]);
    expect(shown(issues)).toEqual([
      [
        3,
        letter("amount"),
        'Amount "abc" is not an amount: give a number of 0 or more such as 2500.',
      ],
      [4, letter("effectiveFrom"), 'Effective from "2026-13-01" is not a calendar date.'],
      [
        5,
        letter("trigger"),
        'Trigger: "granted" is not one of filing, publication, grant, registration, annuity-paid, premium-paid, loan-repaid.',
      ],
      [6, letter("source"), "Source: missing: every figure needs its source."],
      [7, letter("verified"), "Verified must be TRUE or FALSE."],
      [
        8,
        letter("perYearAmountCap"),
        "Amount per year (cap) holds the error #N/A: fix the formula or type the value.",
      ],
    ]);
    expect(issues.every((issue) => issue.sheet === "Subsidy programmes")).toBe(true);
    expect(issues.every((issue) => issue.kind === "error")).toBe(true);
  });

  it("reports a rule id used twice on both rows, and every row of a programme whose rows disagree", () => {
    const { rows, issues } = read(
      typed({ id: "T/twice" }),
      typed({ id: "T/twice" }),
      typed({ id: "OTHER/a", programme: "OTHER", region: "Shenzhen" }),
      typed({ id: "OTHER/b", programme: "OTHER", region: "Suzhou" })
    );
    expect(rows).toEqual([]);
    const disagree =
      'Programme OTHER: its rows disagree on Region ("Shenzhen" on row 4; "Suzhou" on row 5): give ' +
      "every row of a programme the same Region.";
    expect(shown(issues)).toEqual([
      [2, letter("id"), 'Rule ID "T/twice" is also on row 3: give each rule its own id.'],
      [3, letter("id"), 'Rule ID "T/twice" is also on row 2: give each rule its own id.'],
      [4, letter("region"), disagree],
      [5, letter("region"), disagree],
    ]);
  });

  it("names the missing columns of a table that is not a programmes table", () => {
    const { rows, issues } = readProgrammeTable({
      sheet: "Notes",
      top: 3,
      left: 1,
      values: [
        ["Rule ID", "Programme", "Amount"],
        ["X/1", "X", 100],
      ],
    });
    expect(rows).toEqual([]);
    expect(shown(issues)).toEqual([
      [
        3,
        "",
        'Subsidy programmes table: columns not found in the header row: "Programme name", "Region", ' +
          '"Right types", "Jurisdiction groups", "Trigger", "Effective from", "Status", "Source", "Verified". ' +
          "Create the table from the task pane to get every column.",
      ],
    ]);
  });
});
