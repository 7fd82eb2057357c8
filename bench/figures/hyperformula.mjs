// Figure 4: what a user feels, side by side in one process, for the same 10,000 CN rights × 20 annuity years:
//   - the add-in's whole run as the pane does it (src/taskpane/run-projection: read the portfolio from the
//     workbook → planRun, subsidies on → inspect the outputs → write every sheet with the real writer,
//     OfficeWorkbook, onto the in-memory Excel of test/excel-double), cold (the first run in this fresh
//     process, before anything else has run) and warm (median of later runs, each on a fresh workbook);
//   - the same fees as a hand-built workbook of formulas (fee table + VLOOKUP on a "kind|year" key, EDATE for
//     due dates, reduction window, horizon and "last year paid" as IF conditions) in HyperFormula: its build
//     (parse + first evaluation) and its recalculation after the user edits one fee cell. HyperFormula is a
//     spreadsheet engine in Node, a proxy for a spreadsheet, not Excel.
// Both compute every annual fee of a granted right due in [as-of, as-of + 20 years), after the years
// already paid, with the reduction on the 10 annuity years from the grant year; the totals are compared
// (the add-in's projectPortfolio, and the Projection sheet the run wrote) and every Schedule row.
// The rights are granted at least 100 days before the as-of date, so the grant year's fee (due at the
// registration deadline, which a hand-built sheet does not model) is in the past for both; every fee in the
// horizon is due from 2026 on, where one fee table and the 10-year reduction window apply.
// Other figures may time whole runs too; this one keeps its own few lines of the run so that each can
// change on its own.
import { excelDouble, pkg, src } from "../lib/load.mjs";
import {
  AS_OF,
  addYearsClamped,
  benchSettings,
  portfolioGrid,
  syntheticPortfolio,
} from "../lib/portfolio.mjs";
import { collect, median, ms, now, option, report, timeMedian } from "../lib/measure.mjs";

const { HyperFormula } = pkg("hyperformula");
const { projectPortfolioInSteps } = src("core/projection/project");
const { runSteps } = src("core/table/steps");
const { paymentRows } = src("core/projection/payments");
/** The projection as a run makes it: its payments as columns. */
const projectPortfolio = (rights, settings) => runSteps(projectPortfolioInSteps(rights, settings));
const { summarize } = src("core/projection/summary");
const { serialFromDay } = src("core/dates/excel-serial");
const { CN_RULES } = src("core/offices/cn/rules");
const { annuityYearOf } = src("core/offices/cn/annuity-year");
const { prepareRun, writeRun } = src("taskpane/run-projection");
const { OfficeWorkbook } = src("excel/office-workbook");
const { createMemoryExcel, installMemoryExcel } = excelDouble();

const RIGHTS = Number(option("rights", 10000));
const YEARS = 20;
const HORIZON = 20;

// The rights: granted ones from the mixed synthetic portfolio (all kinds, filing 2005-2025, reductions,
// last year paid), granted at least 100 days before the as-of date, and paid up: no annual fee due before
// the as-of date is unpaid (a right whose unpaid fee's grace period has ended has lapsed, and the add-in
// projects nothing for it, which a hand-built sheet does not model).
const rights = syntheticPortfolio(RIGHTS * 3, { seed: 4242 })
  .filter(
    (r) =>
      r.status === "granted" &&
      r.grant <= AS_OF - 100 &&
      (r.lastPaidYear === undefined || r.lastPaidYear >= annuityYearOf(r.filing, AS_OF))
  )
  .slice(0, RIGHTS);
if (rights.length < RIGHTS) throw new Error("not enough granted rights in the synthetic portfolio");
const settings = benchSettings(HORIZON);

// --- The add-in's whole run, first (cold: nothing of it has run in this process yet) ---------------------
// The portfolio as a user's sheet: the reader's columns plus the applicant and its location, so that the
// built-in subsidy programmes apply (Shenzhen and Suzhou owners are located there, the Japanese ones in
// Japan, the rest in their Chinese city).
const LOCATION = {
  "Tokyo HQ": "Japan",
  "Osaka Lab": "Japan",
  "Nagoya Works": "Japan",
  "Shenzhen Subsidiary": "Shenzhen",
  "Suzhou Plant": "Suzhou",
  "Shanghai R&D": "Shanghai",
  "Beijing Office": "Beijing",
  "Chengdu JV": "Chengdu",
  "Hangzhou Design Centre": "Hangzhou",
  "Licensing Ltd": "Shenzhen",
};
const sheetRows = portfolioGrid(rights).values.map((row, i) =>
  i === 0
    ? [...row, "Applicant", "Applicant location"]
    : [...row, `${row[8]} Co., Ltd.`, LOCATION[row[8]] ?? ""]
);
installMemoryExcel(createMemoryExcel()); // the Excel enums the writer reads from the global scope

/** A fresh in-memory workbook holding the portfolio, with the pane's source found as the pane finds it. */
async function userWorkbook() {
  const fake = createMemoryExcel();
  fake.model.addSheet("Portfolio");
  fake.model.setValues("Portfolio", "A1", sheetRows);
  fake.model.activate("Portfolio");
  fake.model.select("Portfolio", "A1");
  const port = new OfficeWorkbook(fake.Excel);
  const [source] = await port.listSources();
  if (!source) throw new Error("the pane finds no portfolio on the bench's sheet");
  return { fake, port, source };
}

/** What the pane does on Project: read + plan, look for earlier outputs, write every sheet. */
async function wholeRun({ port, source }) {
  const start = now();
  const prepared = await prepareRun(port, source, settings, "en");
  const planned = now();
  await port.inspectOutputs(prepared.sheets);
  const written = await writeRun(port, prepared, {});
  return { prepared, written, planMs: ms(start, planned), writeMs: ms(planned) };
}

const runs = Number(option("runs", 5));
let workbook = await userWorkbook();
collect();
let start = now();
const coldRun = await wholeRun(workbook);
const addinColdMs = ms(start);
const warmTimes = [];
const warmParts = [];
for (let i = 0; i < runs; i += 1) {
  workbook = await userWorkbook();
  collect();
  start = now();
  const run = await wholeRun(workbook);
  warmTimes.push(ms(start));
  warmParts.push(run);
}
// The Projection sheet the last run wrote: its payable column (I) summed, and its rows.
const projectionSheet = workbook.fake.model.getValues(
  "IP Projection",
  `A2:K${coldRun.prepared.projectionRows + 1}`
);
const writtenTotal = projectionSheet.reduce((sum, row) => sum + row[8], 0);
const runFacts = {
  coldPlanMs: coldRun.planMs,
  coldWriteMs: coldRun.writeMs,
  warmPlanMs: median(warmParts.map((run) => run.planMs)),
  warmWriteMs: median(warmParts.map((run) => run.writeMs)),
  sheets: coldRun.written.sheets,
  projectionRows: coldRun.prepared.projectionRows,
  offsets: coldRun.prepared.offsets.length,
  subsidiesInHorizon: coldRun.prepared.subsidiesInHorizon.toNumber(),
  issues: coldRun.prepared.issues.length,
};
workbook = undefined;

// --- The workbook as a user builds it -------------------------------------------------------------
const current = CN_RULES.feeSchedules[CN_RULES.feeSchedules.length - 1].value;
const fees = [["Key", "Fee"]];
for (const kind of ["invention", "utility", "design"]) {
  current.fees[kind].forEach((amount, year) => {
    if (year > 0 && amount) fees.push([`${kind}|${year}`, amount.toNumber()]);
  });
}
const feeRange = `Fees!$A$2:$B$${fees.length}`;

const rightsSheet = [
  ["ID", "Kind", "Filing", "Grant", "Reduction", "Last paid", "Term", "Grant year"],
];
rights.forEach((r, i) => {
  const row = i + 2;
  rightsSheet.push([
    r.id,
    r.kind,
    serialFromDay(r.filing),
    serialFromDay(r.grant),
    r.reduction.toNumber(),
    r.lastPaidYear ?? 0,
    `=IF(B${row}="invention",20,IF(AND(B${row}="design",C${row}>=DATE(2021,6,1)),15,10))`,
    `=DATEDIF(C${row},D${row},"Y")+1`,
  ]);
});

const settingsSheet = [
  ["As of", serialFromDay(AS_OF)],
  ["Horizon end", `=EDATE(B1,12*${HORIZON})`],
  ["Total payable", `=SUM(Schedule!E2:E${RIGHTS * YEARS + 1})`],
  ["Payments", `=COUNTIF(Schedule!E2:E${RIGHTS * YEARS + 1},">0")`],
];

// One row per right × year. Each right's 20 rows point at its row on Rights with absolute references
// (Rights!$C$7), as a block copied per right or a sheet generated by a macro has them; within a row the
// references are relative. (INDEX(Rights!$C$2:$C$10001, n) down one column is what a filled-down sheet
// would use instead, but HyperFormula 3.5 reads the whole range on every INDEX call: over 25 s for 1,000
// rights, quadratic in the number of rights, which would not be a fair picture of Excel.)
// The as-of date and the horizon end are typed into the formulas (=IF(AND(C2>=46023,C2<53328),…)) by
// default. With `--dates cells` they live on Settings and every row refers to Settings!$B$1 and $B$2,
// as a tidier workbook would have it; HyperFormula then takes about twice as long (its dependency graph
// checks each new edge against all earlier edges of a cell, so a cell that 200,000 formulas refer to costs
// quadratic time), which would flatter the add-in. The fee table is referred to by every row either way.
const inlineDates = option("dates", "inline") === "inline";
const asOfRef = inlineDates ? String(serialFromDay(AS_OF)) : "Settings!$B$1";
const endRef = inlineDates
  ? String(serialFromDay(addYearsClamped(AS_OF, HORIZON)))
  : "Settings!$B$2";
const schedule = [["ID", "Year", "Due", "Fee", "Payable"]];
for (let i = 0; i < rights.length; i += 1) {
  const r = i + 2; // the right's row on Rights
  const at = (letter) => `Rights!$${letter}$${r}`;
  for (let year = 1; year <= YEARS; year += 1) {
    const s = schedule.length + 1; // this row on Schedule
    schedule.push([
      rights[i].id,
      year,
      `=EDATE(${at("C")},12*(B${s}-1))`,
      `=IF(B${s}>${at("G")},0,VLOOKUP(${at("B")}&"|"&B${s},${feeRange},2,0))`,
      `=IF(AND(C${s}>=${asOfRef},C${s}<${endRef},B${s}>${at("F")},B${s}<=${at("G")}),` +
        `D${s}*(1-IF(B${s}<${at("H")}+10,${at("E")},0)),0)`,
    ]);
  }
}
const formulas = RIGHTS * (2 + YEARS * 3) + 3;

collect();
const hfStart = now();
const hf = HyperFormula.buildFromSheets(
  { Fees: fees, Rights: rightsSheet, Settings: settingsSheet, Schedule: schedule },
  { licenseKey: "gpl-v3", maxRows: 1_048_576 } // Excel's sheet size (the default is 40,000 rows)
);
const scheduleValues = hf.getSheetValues(hf.getSheetId("Schedule"));
const settingsValues = hf.getSheetValues(hf.getSheetId("Settings"));
const hfMs = ms(hfStart);
const hfTotal = settingsValues[2][1];
const hfPayments = settingsValues[3][1];
const errors = scheduleValues.flat().filter((v) => v !== null && typeof v === "object").length;

// The user edits one fee: the invention fee of annuity year 10 goes up by 100 yuan. HyperFormula recomputes
// every cell that depends on it (all VLOOKUPs of the table range, their Payable cells, the totals) before
// setCellContents returns; the new total is read as Excel would show it.
const EDITED = { kind: "invention", year: 10, plus: 100 };
const editedRow = fees.findIndex(([key]) => key === `${EDITED.kind}|${EDITED.year}`);
const oldFee = fees[editedRow][1];
collect();
const recalcStart = now();
hf.setCellContents({ sheet: hf.getSheetId("Fees"), row: editedRow, col: 1 }, oldFee + EDITED.plus);
const hfEditedTotal = hf.getCellValue({ sheet: hf.getSheetId("Settings"), row: 2, col: 1 });
const recalcMs = ms(recalcStart);
hf.destroy();

// --- The add-in's projection of the same rights, for comparing the results -------------------------
collect();
const addin = timeMedian(
  () => {
    const projection = projectPortfolio(rights, settings);
    return { projection, summary: summarize(projection.payments, settings) };
  },
  { runs: 7, warmups: 2, between: collect }
);
const projectOnly = timeMedian(() => projectPortfolio(rights, settings), {
  runs: 7,
  warmups: 1,
  between: collect,
});
const { projection, summary } = addin.last;
const addinTotal = summary.total.payable.toNumber();
const addinPayments = summary.total.payments;

// --- Equal results: totals, then every cell of the schedule ------------------------------------------
// Each Schedule row against the add-in: the payable (0 where the add-in has no payment for that year) and
// the due date (the add-in's anniversary, addYearsClamped(filing, year - 1)).
const projectionRows = paymentRows(projection.payments);
const byKey = new Map(projectionRows.map((row) => [`${row.id}|${row.year}`, row]));
const filingOf = new Map(rights.map((r) => [r.id, r.filing]));
const { civilFromDay } = src("core/dates/civil");
let compared = 0;
let matchedRows = 0;
let leapDayRows = 0;
const mismatches = [];
for (let index = 1; index < scheduleValues.length; index += 1) {
  const [id, year, due, , payable] = scheduleValues[index];
  const row = byKey.get(`${id}|${year}`);
  const expectedDay = addYearsClamped(filingOf.get(id), year - 1);
  const expectedDue = serialFromDay(expectedDay);
  compared += 1;
  if (row && payable > 0) matchedRows += 1;
  const payableOk = row ? payable === row.payable.toNumber() : payable === 0;
  let dueOk = due === expectedDue;
  if (!dueOk) {
    // HyperFormula 3.5.0's EDATE clamps 29 February to 28 February even in leap years.
    const expected = civilFromDay(expectedDay);
    if (expected.month === 2 && expected.day === 29 && due === expectedDue - 1) {
      leapDayRows += 1;
      dueOk = true;
    }
  }
  if ((!payableOk || !dueOk) && mismatches.length < 5) {
    mismatches.push({
      id,
      year,
      hf: { due, payable },
      addin: { due: expectedDue, payable: row ? row.payable.toString() : "none" },
    });
  } else if (!payableOk || !dueOk) mismatches.push(null);
}
const sampled = compared;
const sampleMismatches = mismatches;

// The edited total, worked out from the add-in's rows: each payment of that kind and year grows by
// 100 × (1 − its reduction), i.e. by its payable × 100 / the old fee.
const editedKind = new Map(rights.map((r) => [r.id, r.kind]));
const expectedEditedTotal =
  addinTotal +
  projectionRows
    .filter((row) => row.year === EDITED.year && editedKind.get(row.id) === EDITED.kind)
    .reduce((sum, row) => sum + (row.payable.toNumber() * EDITED.plus) / oldFee, 0);

report({
  addinColdMs,
  addinWarmMs: median(warmTimes),
  addinWarmTimes: warmTimes,
  recalcMs,
  hfEditedTotal,
  expectedEditedTotal,
  writtenTotal,
  run: runFacts,
  rights: rights.length,
  scheduleRows: schedule.length - 1,
  formulas,
  hfMs,
  hfTotal,
  hfPayments,
  hfErrors: errors,
  addinMs: addin.median,
  addinTimes: addin.times,
  projectOnlyMs: projectOnly.median,
  addinTotal,
  addinPayments,
  addinIssues: projection.issues.length,
  sampled,
  sampleMismatches,
  matchedRows,
  leapDayRows,
});
