// The whole run a user waits for, as the pane does it (src/taskpane/pane.ts): read the portfolio from the
// workbook, plan the run (core planRun, through the pane's own prepareRun), look for earlier outputs (edit
// detection), then write with the real writer (two-phase replace: new sheets under temporary names, then the
// previous outputs removed and the new ones renamed). Excel is the in-memory double in its counting-sink
// mode: the sheets the run adds discard their cells (payload bytes are still serialised and counted), so the
// heap measured is the add-in's, not a workbook's cell store.
import { excelDouble, src } from "./load.mjs";
import { AS_OF, benchSettings, rightCells, seeded } from "./portfolio.mjs";

const { serialFromDay } = src("core/dates/excel-serial");
const { dayFromCivil } = src("core/dates/civil");
const { SAMPLE_HEADER } = src("core/sample/sample-portfolio");
const { OfficeWorkbook } = src("excel/office-workbook");
const { prepareRun, writeRun } = src("taskpane/run-projection");
const { createMemoryExcel, installMemoryExcel } = excelDouble();

/** Applicants and where they are: Shenzhen and Suzhou have built-in subsidy programmes, Tokyo none. */
const APPLICANTS = [
  ["Sample Technology (Shenzhen) Co., Ltd.", "Shenzhen"],
  ["Sample Manufacturing (Suzhou) Co., Ltd.", "Suzhou"],
  ["Sample Holdings K.K.", "Japan"],
];

/** Rights at other offices for the mixed-office portfolio: id, jurisdiction, kind. */
const OTHER_OFFICES = [
  (n) => [`JP${6_000_000 + n}`, "JP", "invention"],
  (n) => [`US${11_000_000 + n}`, "US", "invention"],
  (n) => [`EP${3_000_000 + n}`, "EP", "invention"],
];

/**
 * The portfolio worksheet's rows (the sample's 14 columns), header first. `rights` are the synthetic CN
 * rights (bench/lib/portfolio.mjs); with `otherOffices` > 0, that share of rows become JP, US or EP
 * patents (granted, filed 2012-2022, 8 claims).
 */
export function wholeRunGrid(rights, { otherOffices = 0, seed = 99 } = {}) {
  const random = seeded(seed);
  const values = [SAMPLE_HEADER.slice()];
  const from = dayFromCivil(2012, 1, 1);
  rights.forEach((r, n) => {
    const [applicant, location] = APPLICANTS[n % APPLICANTS.length];
    if (otherOffices > 0 && random() < otherOffices) {
      const [id, office, kind] = OTHER_OFFICES[n % OTHER_OFFICES.length](n);
      const filing = from + Math.floor(random() * 3650);
      values.push([
        id,
        r.title,
        kind,
        serialFromDay(filing),
        serialFromDay(filing + 900 + Math.floor(random() * 700)),
        "granted",
        "",
        "",
        r.owner,
        office,
        applicant,
        location,
        "",
        8,
      ]);
      return;
    }
    values.push([...rightCells(r), applicant, location, "", ""]);
  });
  // Through JSON and back, as Office.js brings a sheet's values: flat strings. Strings made by template
  // literals and concatenation stay ropes (V8's cons strings) until flattened, which made every ID
  // comparison and hash of the run slower than on the strings a real Excel gives.
  return JSON.parse(JSON.stringify(values));
}

/**
 * A workbook holding the portfolio on "Portfolio", and a runner of whole runs on it. Every run after the
 * first replaces the previous run's outputs (as a user's second click does).
 */
export function wholeRunWorkbook(values, horizonYears) {
  const fake = createMemoryExcel();
  const sheet = fake.model.addSheet("Portfolio");
  // Straight into the store: the portfolio is the user's data, already in Excel before the run.
  values.forEach((row, r) => {
    const cells = sheet._rowForWrite(r);
    row.forEach((value, c) => {
      if (value !== "") cells.values[c] = value;
    });
  });
  fake.model.sinkNewSheets = true;
  const restore = installMemoryExcel(fake);
  const port = new OfficeWorkbook(fake.Excel);
  const source = {
    kind: "region",
    name: "Portfolio",
    sheet: "Portfolio",
    address: `Portfolio!A1:N${values.length}`,
    rows: values.length - 1,
  };
  const settings = { ...benchSettings(horizonYears), asOf: AS_OF };

  /** One click on "Project costs": read → plan → inspect → write. Returns what a user is told. */
  async function run({ onStep, onWrite } = {}) {
    const stepsAt = [];
    const started = process.hrtime.bigint();
    let last = started;
    let longestStepMs = 0;
    const prepared = await prepareRun(port, source, settings, "en", (step) => {
      const now = process.hrtime.bigint();
      longestStepMs = Math.max(longestStepMs, Number(now - last) / 1e6);
      last = now;
      stepsAt.push(step.stage);
      onStep?.(step);
    });
    const planned = process.hrtime.bigint();
    const found = await port.inspectOutputs(prepared.sheets);
    const inspected = process.hrtime.bigint();
    const report = await writeRun(port, prepared, {
      adopt: false,
      keepEdited: true,
      inspected: found, // as the pane passes it (a first run's write then needs no second look)
      onProgress: onWrite,
    });
    const written = process.hrtime.bigint();
    if (report.outcome !== "written") throw new Error(`run not written: ${report.error}`);
    return {
      found,
      report,
      rights: prepared.rights,
      officeRights: prepared.officeRights,
      projectionRows: prepared.projectionRows,
      officeRows: prepared.officeRows,
      offsets: prepared.offsets.length,
      issues: prepared.issues.length,
      subsidiesInHorizon: prepared.subsidiesInHorizon.toString(),
      projectionSheets: prepared.projectionSheets,
      steps: stepsAt.length,
      planMs: Number(planned - started) / 1e6,
      inspectMs: Number(inspected - planned) / 1e6,
      writeMs: Number(written - inspected) / 1e6,
      longestStepMs,
    };
  }
  return { fake, port, run, restore };
}
