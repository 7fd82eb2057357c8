// Figures 3 and 6: what the pane sends to Excel for a large projection. The whole pipeline of a run
// (projectPortfolio, summarize, deadlines, buildReport) and then the real writer, OfficeWorkbook.writeSheets,
// over the in-memory Excel (test/excel-double), which measures every context.sync(): count and payload bytes.
// "Write chunks" are the requests the writer plans: for each block, ceil((rows + header) / rowsPerRequest).
import { excelDouble, src } from "../lib/load.mjs";
import { benchSettings, syntheticPortfolio } from "../lib/portfolio.mjs";
import { collect, heapUsedMB, ms, now, option, peakRssMB, report } from "../lib/measure.mjs";

const { projectPortfolioInSteps } = src("core/projection/project");
const { runSteps } = src("core/table/steps");
/** The projection as a run makes it: its payments as columns. */
const projectPortfolio = (rights, settings) => runSteps(projectPortfolioInSteps(rights, settings));
const { blockRowCount } = src("core/report/output-model");
const { summarize } = src("core/projection/summary");
const { deadlines } = src("core/projection/deadlines");
const { buildReport } = src("core/report/build-report");
const { OfficeWorkbook } = src("excel/office-workbook");
const { requestGroups } = src("excel/write-plan");
const { createMemoryExcel, installMemoryExcel } = excelDouble();

const count = Number(option("rights", 100000));
const horizon = Number(option("horizon", 20));
const profile = option("profile", "mixed");
const settings = benchSettings(horizon);

const rights = syntheticPortfolio(count, { profile });
collect();

const t0 = now();
const projection = projectPortfolio(rights, settings);
const t1 = now();
const summary = summarize(projection.payments, settings);
const deadlineRows = deadlines(rights, settings);
const t2 = now();
const sheets = buildReport({
  rights: rights.length,
  projection: projection.payments,
  summary,
  deadlines: deadlineRows,
  issues: projection.issues,
  settings,
  language: "en",
});
const t3 = now();
const projectionRows = projection.payments.length;
// The Projection sheet makes its rows from the payments when they are written: they stay.
collect();

const fake = createMemoryExcel();
const restore = installMemoryExcel(fake);
const workbook = new OfficeWorkbook(fake.Excel);
let plannedChunks = 0;
const blocks = [];
// Per sheet, its blocks' sizes as the writer plans them (rows per request, requests alone).
const planned = sheets.map((sheet) =>
  sheet.blocks.map((block) => {
    const perRequest = workbook.rowsPerRequest(block);
    const chunks = Math.ceil((blockRowCount(block) + 1) / perRequest);
    plannedChunks += chunks;
    blocks.push({ sheet: sheet.name, rows: blockRowCount(block), perRequest, chunks });
    return { dataRows: blockRowCount(block), rowsPerRequest: perRequest, chunks };
  })
);
// The value requests the writer sends: a block of several requests alone, small blocks sharing one
// (src/excel/write-plan.ts requestGroups).
const plannedRequests = requestGroups(planned.map((sized) => ({ blocks: sized }))).reduce(
  (n, group) => n + (group.length > 1 ? 1 : planned[group[0].sheet][group[0].block].chunks),
  0
);
const t4 = now();
const written = await workbook.writeSheets(sheets);
const t5 = now();
restore();

const syncs = fake.metrics.syncs;
const payloads = syncs.map((s) => s.payloadBytes);
const totalPayload = payloads.reduce((a, b) => a + b, 0);
const largest = Math.max(...payloads);
const projectionSheets = fake.model.sheets
  .filter((sheet) =>
    sheets.some((s) => s.role === "projection" && written.sheets[sheets.indexOf(s)] === sheet.name)
  )
  .map((sheet) => {
    const used = sheet.usedRect(false);
    return { name: sheet.name, rows: used ? used.bottom - used.top + 1 : 0 };
  });
const maxSheetRows = Math.max(
  ...fake.model.sheets.map((sheet) => {
    const used = sheet.usedRect(false);
    return used ? used.bottom + 1 : 0;
  })
);

report({
  rights: count,
  horizon,
  profile,
  projectionRows,
  projectMs: ms(t0, t1),
  summaryAndDeadlinesMs: ms(t1, t2),
  buildReportMs: ms(t2, t3),
  writeMs: ms(t4, t5),
  pipelineMs: ms(t0, t3) + ms(t4, t5),
  sheets: written.sheets,
  rowsWritten: written.rows,
  projectionSheets,
  maxSheetRows,
  blocks,
  plannedChunks,
  plannedRequests,
  syncCount: fake.metrics.syncCount,
  runCount: fake.metrics.runCount,
  largestPayload: largest,
  totalPayload,
  failedSyncs: syncs.filter((s) => s.errorCode).length,
  suspendedCalculation: syncs.filter((s) => s.suspendedCalculation).length,
  cellsWritten: fake.metrics.cellsWritten,
  heapMB: heapUsedMB(),
  peakRssMB: peakRssMB(),
});
