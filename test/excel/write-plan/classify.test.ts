import { classify, recordedNamesFrom } from "../../../src/excel/write-plan";
import { OutputSheet } from "../../../src/core/report/output-model";

const summary: OutputSheet = {
  role: "summary",
  name: "IP Summary",
  blocks: [
    { top: 1, title: "Assumptions", columns: [{ header: "Item", format: "text" }], rows: [] },
  ],
  charts: [],
};
const mark = (state: "done" | "writing", print = "A1:B2#1") => ({
  role: "summary",
  part: 1,
  run: "r1",
  state,
  print,
});

describe("which existing sheets a run may replace", () => {
  it("a sheet recorded by name is only offered when its first row is an output's", () => {
    const found = classify(
      {
        sheets: [
          { id: "1", name: "Budget", firstRow: ["Item", "Amount"] },
          { id: "2", name: "IP Summary", firstRow: ["Assumptions"] },
        ],
        tables: [],
        recordedNames: ["Budget", "IP Summary"],
      },
      [summary]
    );
    expect(found.adoptable.map((s) => s.name)).toEqual(["IP Summary"]);
  });

  it("marked sheets: unchanged are replaced, changed are edited, writing are leftovers", () => {
    const found = classify(
      {
        sheets: [
          { id: "1", name: "A", mark: mark("done"), print: "A1:B2#1" },
          { id: "2", name: "B", mark: { ...mark("done"), role: "issues" }, print: "A1:F20#9" },
          { id: "3", name: "C", mark: { ...mark("writing"), run: "r2" } },
        ],
        tables: [],
        recordedNames: [],
      },
      []
    );
    expect([found.replace, found.edited, found.leftovers].map((l) => l.map((s) => s.name))).toEqual(
      [["A"], ["B"], ["C"]]
    );
  });

  it("recorded names are validated: strings of 1 to 31 characters from a JSON array", () => {
    expect(recordedNamesFrom('["IP Summary", "", 7, null, {"n": 1}]')).toEqual(["IP Summary"]);
    expect(recordedNamesFrom(`["${"x".repeat(32)}"]`)).toEqual([]);
    expect(recordedNamesFrom("{")).toEqual([]);
    expect(recordedNamesFrom(undefined)).toEqual([]);
  });
});
