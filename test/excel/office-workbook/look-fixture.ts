import { createMemoryExcel } from "../../excel-double";
import { DEFAULT_LIMITS, ExcelHost, OfficeWorkbook } from "../../../src/excel/office-workbook";
import { outputs } from "./output-fixture";

// What a user may do to the workbook between two looks of the pane at it, and the workbooks those
// looks start from: shared by the tests of the one-request looks (look-again-after-question,
// look-with-the-run-read).

export type Fake = ReturnType<typeof createMemoryExcel>;

/** The two ways the pane knows its outputs: marks (ExcelApi 1.12), or names recorded in the settings. */
export const MARK_MODES: [string, boolean][] = [
  ["with marks (ExcelApi 1.12)", true],
  ["without marks (names recorded in the settings)", false],
];

/** A workbook with the user's list and no outputs, whose lists the pane (`port`) has listed. */
export async function listedWorkbook() {
  const fake = createMemoryExcel();
  fake.model.renameSheet("Sheet1", "Portfolio");
  fake.model.setValues("Portfolio", "A1", [["ID"], ["CN201810123456.7"]]);
  const port = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
  await port.listSources();
  return { fake, port };
}

/** A workbook with the user's sheet and the outputs of a first run; `marks`: ExcelApi 1.12 or not. */
export async function afterFirstRun(
  marks: boolean,
  maxCellsPerRead = DEFAULT_LIMITS.maxCellsPerRead
) {
  const fake = createMemoryExcel();
  fake.model.renameSheet("Sheet1", "Portfolio");
  fake.model.setValues("Portfolio", "A1", [["ID"], ["CN201810123456.7"]]);
  // Each workbook its own clock from the same start.
  let clock = Date.UTC(2026, 11, 3);
  const port = new OfficeWorkbook(
    fake.Excel as unknown as ExcelHost,
    (version) => marks || version !== "1.12",
    { ...DEFAULT_LIMITS, maxCellsPerRead },
    () => (clock += 60_000)
  );
  await port.writeSheets(outputs(100));
  return { fake, port };
}

/**
 * What the user may do while the question is open, and whether one request tells the write all it needs
 * (with marks; without): the same sheets in the same order, and, with marks, each output's used range
 * where the inspection hashed its values, or too large to hash.
 */
export const CHANGES: [string, (fake: Fake) => void, boolean, boolean][] = [
  ["does nothing", () => {}, true, true],
  [
    "edits a value of an output",
    (fake) => fake.model.setValues("IP Summary", "B3", [[150]]),
    true,
    true,
  ],
  [
    "edits an output's header",
    (fake) => fake.model.setValues("IP Deadlines", "A1", [["Right"]]),
    true,
    true,
  ],
  [
    "types below an output (its used range moves, still small)",
    (fake) => fake.model.setValues("IP Deadlines", "A40", [["note"]]),
    false,
    true,
  ],
  [
    "fills an output past the cells a fingerprint hashes",
    (fake) =>
      fake.model.setValues(
        "IP Deadlines",
        "D1",
        Array.from({ length: 60_000 }, (_, i) => [i, i])
      ),
    true,
    true,
  ],
  ["deletes an output", (fake) => fake.model.deleteSheet("IP Deadlines"), false, false],
  ["renames an output", (fake) => fake.model.renameSheet("IP Summary", "My summary"), false, false],
  ["adds a sheet", (fake) => fake.model.addSheet("Notes"), false, false],
  ["moves an output first", (fake) => fake.model.moveSheet("IP Deadlines", 0), false, false],
];

/**
 * What the user may do after the pane listed the lists of a workbook without outputs of ours (when it
 * opened), and whether one request can tell the sheets are the same.
 */
export const SINCE: [string, (fake: Fake) => void, boolean][] = [
  ["does nothing", () => {}, true],
  ["types into the portfolio", (fake) => fake.model.setValues("Portfolio", "A3", [["CN2"]]), true],
  ["adds a sheet", (fake) => fake.model.addSheet("Notes"), false],
  ["renames the portfolio's sheet", (fake) => fake.model.renameSheet("Portfolio", "Rights"), false],
  [
    "pastes an output of another workbook (its mark with it)",
    (fake) =>
      fake.model.addSheet("IP Summary").customProperties.set("ipcostplanner.output", {
        key: "IPCostPlanner.Output",
        value: "ipcp1;summary;1;zz9;done;A1:B4#acb404c8",
      }),
    false,
  ],
];
