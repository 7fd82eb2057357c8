// Figure 3's round trips of a whole run as a user's first and second click make it (bench/lib/whole-run.mjs:
// read → plan → look for earlier outputs → write; the second replaces the first click's outputs): how many
// requests (context.sync) go to Excel, by phase. The look rides with the read's first request when it
// confirms what the pane last saw (its list of lists, its last write): "inspect" counts the requests of a
// look on its own, 0 then. The first click's write starts from that look (nothing found, nothing asked);
// the second's looks again, as the pane asks before replacing. Each is a round trip between the add-in and Excel: a few
// milliseconds on the desktop, often a hundred or more in Excel on the web, whatever the portfolio's size,
// so at a few hundred rights a run waits more on its round trips than on its own work.
// It also counts the pane's opening as the pane makes it: its settings and lists with the chosen list's first
// rows (loadPane), then the column map's read of those rows, served by the lists' requests when the list is the
// one around the selection.
//   --sizes 50,1000,10000   portfolio sizes (CN rights, mixed profile; 30% JP/US/EP with --office-share)
import { option, report } from "../lib/measure.mjs";
import { syntheticPortfolio } from "../lib/portfolio.mjs";
import { wholeRunGrid, wholeRunWorkbook } from "../lib/whole-run.mjs";
import { src } from "../lib/load.mjs";

const { COLUMN_MAP_ROWS } = src("core/app/ledger-report");

const sizes = String(option("sizes", "50,1000,10000")).split(",").map(Number);
const officeShare = Number(option("office-share", 0));
const result = { officeShare, runs: [] };
for (const rights of sizes) {
  const values = wholeRunGrid(syntheticPortfolio(rights, { profile: "mixed" }), {
    otherOffices: officeShare,
  });
  const workbook = wholeRunWorkbook(values, 20);
  const { metrics } = workbook.fake;
  let mark = metrics.syncCount;
  let planned = 0;
  let inspected = 0;
  // The phases, counted as the run reaches them: reading and planning end where the inspection begins.
  const port = workbook.port;
  const inspect = port.inspectOutputs.bind(port);
  port.inspectOutputs = async (sheets) => {
    planned = metrics.syncCount - mark;
    mark = metrics.syncCount;
    const found = await inspect(sheets);
    inspected = metrics.syncCount - mark;
    mark = metrics.syncCount;
    return found;
  };
  const click = async () => {
    mark = metrics.syncCount;
    const run = await workbook.run();
    return {
      projectionRows: run.projectionRows + run.officeRows,
      read: planned,
      inspect: inspected,
      write: metrics.syncCount - mark,
    };
  };
  // The pane opening on the portfolio, a cell of it selected (as the README asks): settings and lists,
  // then the chosen list's column map (src/taskpane/pane.ts).
  workbook.fake.model.activate("Portfolio");
  workbook.fake.model.select("Portfolio", "A1");
  mark = metrics.syncCount;
  const { sources } = await port.loadPane(COLUMN_MAP_ROWS);
  const chosen = sources.find((source) => source.kind === "region");
  if (!chosen) throw new Error("the pane finds no list around the selection");
  await port.readSource(chosen, undefined, COLUMN_MAP_ROWS);
  const open = metrics.syncCount - mark;
  const first = await click(); // its outputs are what the second replaces
  const second = await click();
  result.runs.push({ rights, ...second, first, open });
  workbook.restore();
}
report(result);
