// Figure 8: bytes sent to Excel per written cell of the projection sheet. A 100,000-right CN portfolio
// ("mixed" profile) projected over 20 years, the report built, and only its projection sheet(s) written by
// the real writer (OfficeWorkbook.writeSheets) into the in-memory Excel, which records every request's
// serialised size (SyncRecord.requestBytes: the JSON of each statement and the data it writes, a proxy
// for Office.js's request body). Written cells: every cell of the projection blocks, header included.
// Also the writer's own planning time (planWrite, median of 3) and the write time on the in-memory Excel.
import { excelDouble, src } from "../lib/load.mjs";
import { benchSettings, syntheticPortfolio } from "../lib/portfolio.mjs";
import { collect, ms, now, option, report } from "../lib/measure.mjs";

const { projectPortfolioInSteps } = src("core/projection/project");
const { runSteps } = src("core/table/steps");
/** The projection as a run makes it: its payments as columns. */
const projectPortfolio = (rights, settings) => runSteps(projectPortfolioInSteps(rights, settings));
const { blockRowCount } = src("core/report/output-model");
const { summarize } = src("core/projection/summary");
const { buildReport } = src("core/report/build-report");
const { DEFAULT_LIMITS, OfficeWorkbook } = src("excel/office-workbook");
const { planWrite } = src("excel/write-plan");
const { createMemoryExcel, installMemoryExcel } = excelDouble();

const count = Number(option("rights", 100000));
const horizon = Number(option("horizon", 20));
const settings = benchSettings(horizon);

const rights = syntheticPortfolio(count, { profile: "mixed" });
const projection = projectPortfolio(rights, settings);
const sheets = buildReport({
  rights: rights.length,
  projection: projection.payments,
  summary: summarize(projection.payments, settings),
  deadlines: [],
  issues: projection.issues,
  settings,
  language: "en",
}).filter((sheet) => sheet.role === "projection");
const projectionRows = projection.payments.length;
// The Projection sheet makes its rows from the payments when they are written: they stay.
collect();

let cells = 0;
for (const sheet of sheets)
  for (const block of sheet.blocks)
    cells +=
      (blockRowCount(block) + 1) * block.columns.length + (block.title === undefined ? 0 : 1);

// The writer's own work before any request: the pure plan (safe values, formats, request sizes).
const planTimes = [];
for (let run = 0; run < 3; run += 1) {
  const t = now();
  planWrite(sheets, { sheets: [], tables: [] }, "bench", DEFAULT_LIMITS);
  planTimes.push(ms(t));
}
collect();

const fake = createMemoryExcel();
const restore = installMemoryExcel(fake);
const t0 = now();
const written = await new OfficeWorkbook(fake.Excel).writeSheets(sheets);
const writeMs = ms(t0);
restore();
if (written.outcome !== "written") throw new Error(`write ${written.outcome}: ${written.error}`);

const syncs = fake.metrics.syncs;
const sum = (pick) => syncs.reduce((total, s) => total + pick(s), 0);
const requestBytes = sum((s) => s.requestBytes);
report({
  rights: count,
  horizon,
  projectionRows,
  sheets: written.sheets,
  columns: sheets[0].blocks[0].columns.length,
  cells,
  requestBytes,
  payloadBytes: sum((s) => s.payloadBytes),
  bytesPerCell: requestBytes / cells,
  largestRequest: Math.max(...syncs.map((s) => s.requestBytes)),
  syncCount: fake.metrics.syncCount,
  failedSyncs: syncs.filter((s) => s.errorCode).length,
  writeMs,
  planMs: [...planTimes].sort((a, b) => a - b)[1],
});
