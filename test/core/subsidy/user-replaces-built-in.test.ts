/* global describe, expect, it */
import { isoToDay } from "../../../src/core/dates/civil";
import { BUILT_IN_PROGRAMMES, applyProgrammes } from "../../../src/core/subsidy";
import { mergeProgrammes } from "../../../src/core/subsidy/merge-programmes";
import { PROGRAMME_COLUMNS } from "../../../src/core/subsidy/programme-table-columns";
import { readProgrammeTable } from "../../../src/core/subsidy/read-programme-table";
import { event } from "./helpers";

// Built-in data is marked verified: false where its period is assumed (SZ-2021: "Period 2021-01-01 to
// 2021-12-31 assumed"). A user who knows better writes a row with the built-in programme's id: the
// table's rows then REPLACE that programme (the engine would refuse two programmes with one id).
const HEADERS = PROGRAMME_COLUMNS.map((column) => column.header);
const row = (values: Record<string, unknown>): unknown[] => {
  const fields: Record<string, unknown> = {
    programmeName: "Shenzhen AMR IP support, 2021 table, as our finance team has it",
    region: "Shenzhen",
    rightType: "invention",
    jurisdictionGroup: "US",
    trigger: "grant",
    amountType: "fixed",
    effectiveFrom: "2021-01-01",
    effectiveTo: "2022-06-30",
    status: "historic",
    source: "letter of the district office (test fixture)",
    verified: false,
    ...values,
  };
  return HEADERS.map((_, index) => fields[PROGRAMME_COLUMNS[index].key] ?? "");
};
const table = (...rows: unknown[][]) =>
  readProgrammeTable({ sheet: "Subsidy programmes", top: 1, left: 0, values: [HEADERS, ...rows] });

describe("a programme of the user's table with a built-in id", () => {
  it("replaces the whole built-in programme, in any case of the id, and keeps the others", () => {
    const merged = mergeProgrammes(
      BUILT_IN_PROGRAMMES,
      table(row({ id: "sz-2021/us", programme: "sz-2021", amount: 30000 }))
    );
    expect(merged.issues).toEqual([]);
    expect(merged.replaced).toEqual(["SZ-2021"]);
    expect(merged.fromTable).toEqual(["sz-2021"]);
    expect(merged.programmes.map((programme) => programme.id)).toEqual([
      "CNIPA-2021",
      "JP-JETRO",
      "SZ-2022",
      "SZ-HETAO",
      "SZ-INS-2024",
      "sz-2021",
    ]);
    // A US grant of 2022-03-01: the shipped SZ-2021 ended 2021-12-31 and paid 40,000; the user's
    // programme runs to 2022-06-30 and pays 30,000. Its other rules (JP, PCT, …) are gone with it.
    const offsets = applyProgrammes(
      [
        event("US-1", "Acme", "grant", "US", "2022-03-01"),
        event("JP-1", "Acme", "grant", "JP", "2021-05-01"),
      ],
      merged.programmes
    );
    expect(
      offsets
        .filter((o) => o.programmeId === "sz-2021")
        .map((o) => [o.rightId, o.applied.toString()])
    ).toEqual([["US-1", "30000"]]);
    expect(offsets.some((o) => o.ruleId === "SZ-2021/foreign-patent-jp")).toBe(false);
  });

  it("adds programmes with new ids beside the built-in ones", () => {
    const merged = mergeProgrammes(
      BUILT_IN_PROGRAMMES,
      table(
        row({
          id: "MY-2026/us",
          programme: "MY-2026",
          amount: 5000,
          effectiveFrom: "2026-01-01",
          effectiveTo: "",
        })
      )
    );
    expect(merged.replaced).toEqual([]);
    expect(merged.programmes).toHaveLength(BUILT_IN_PROGRAMMES.length + 1);
    expect(merged.programmes.find((p) => p.id === "MY-2026")?.effectiveFrom).toBe(
      isoToDay("2026-01-01")
    );
  });

  it("leaves out, with the reason, a rule that takes the id of a rule of a built-in programme still in use", () => {
    const merged = mergeProgrammes(
      BUILT_IN_PROGRAMMES,
      table(
        row({ id: "SZ-2021/foreign-patent-us", programme: "MY-2026", amount: 5000 }),
        row({ id: "MY-2026/jp", programme: "MY-2026", amount: 5000, jurisdictionGroup: "JP" })
      )
    );
    expect(merged.issues.map((issue) => [issue.row, issue.column, issue.message])).toEqual([
      [
        2,
        "A",
        'Rule ID "SZ-2021/foreign-patent-us" is a rule of the built-in programme SZ-2021: give your rule ' +
          "another id, or use programme id SZ-2021 to replace that programme.",
      ],
    ]);
    expect(merged.programmes.find((p) => p.id === "MY-2026")?.rules.map((r) => r.id)).toEqual([
      "MY-2026/jp",
    ]);
    expect(merged.replaced).toEqual([]);
  });
});
