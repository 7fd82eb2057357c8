/* The pane's controller: its state (settings, sources, the run in progress), the events of the view
 * (pane-view.ts) and the run and cancel flow over the workbook port. Text comes from pane-format.ts. */
import { DayNumber } from "../core/dates/civil";
import { isDomainError } from "../core/errors/domain-error";
import { Language } from "../core/i18n/strings";
import { SAMPLE_TEXT_COLUMNS, samplePortfolio } from "../core/sample/sample-portfolio";
import { BUILT_IN_PROGRAMME_FIGURES } from "../core/subsidy/built-in-figures";
import { PROGRAMME_TABLE_NAME } from "../core/subsidy/programme-table-columns";
import { LOANS_TABLE_NAME } from "../core/finance/loans-table";
import { HOLIDAY_TABLE_NAME } from "../core/offices/cn/holiday-table";
import { RATE_TABLE_COLUMNS, RATE_TABLE_NAME, rateTableRows } from "../core/projection/rate-table";
import { LOAN_TABLE_COLUMNS, sampleLoans } from "../core/sample/sample-loans";
import {
  FEE_TABLE_COLUMNS,
  FEE_TABLE_NAME,
  builtInFeeTableRows,
} from "../core/offices/cn/fee-schedule-table";
import { programmeTable } from "../core/subsidy/programme-table-rows";
import { ProjectionSettings } from "../core/projection/settings";
import { PortfolioSource, WorkbookPort } from "../excel/workbook-port";
import {
  PaneSettings,
  defaultSettings,
  parseStoredSettings,
  toProjectionSettings,
} from "./pane-settings";
import { RunCancelled, createPacer } from "./run-pacing";
import { ledgerText } from "../core/i18n/ledger-strings";
import { COLUMN_MAP_ROWS, ledgerReportLines } from "../core/app/ledger-report";
import { readLedger } from "../core/portfolio/read-ledger";
import { blockRowCount } from "../core/report/output-model";
import { UserColumnMap } from "../core/portfolio/ledger-column-map";
import { chooseSource, sourceAsRead } from "./choose-source";
import { settingsErrorText } from "./settings-error-text";
import { ReplaceAnswer, createPaneView } from "./pane-view";
import {
  doneText,
  failureText,
  outcomeText,
  sourceLabel,
  translator,
  writingPlanText,
} from "./pane-format";

// The run code (projection, report, sheet writer) loads on the first run, not with the page.
const runCode = () => import(/* webpackChunkName: "run" */ "./run-projection");
// The built-in programmes with their names, conditions and sources (the run needs them too, so they are
// part of its code): the page on open counts the programmes from their figures alone.
const builtInProgrammes = () => import(/* webpackChunkName: "run" */ "../core/subsidy/built-in");

/** The user's programmes table, as the pane shows it: where it is and how many rows it has. */
type ProgrammesTable = Pick<PortfolioSource, "sheet" | "rows">;

export interface PaneDeps {
  port: WorkbookPort;
  language: Language;
  today: () => DayNumber;
}

/** Builds the task pane in `root` (pane-view.ts) and wires it to the workbook. */
export function mountPane(root: HTMLElement, deps: PaneDeps): void {
  const { port, language } = deps;
  const t = translator(language);
  let settings: PaneSettings = defaultSettings(language);
  let sources: PortfolioSource[] = [];
  let programmesSource: ProgrammesTable | undefined;
  /** The programmes table as the last run read it (null: none), shown once the run has ended. */
  let programmesRead: ProgrammesTable | null | undefined;
  let cancelRequested = false;
  /** True once the user picks a list in the menu: from then on a refresh keeps it. */
  let sourcePicked = false;

  const view = createPaneView(root, language, t, (map: UserColumnMap) => {
    settings = { ...settings, columnMap: map };
    void port
      .saveSettings(JSON.stringify(settings))
      .then(() => showColumnMap())
      .catch(fail);
  });
  const { buttons } = view;
  const say = view.say;
  const fail = (error: unknown) => say(failureText(t, error), "error");
  const chosenSource = () => sources[view.selectedSource()];

  // The chosen list's first rows come with the lists when it is the one around the selection: its column
  // map then needs no request of its own.
  const refreshSources = async () => showSources(await port.listSources(COLUMN_MAP_ROWS));

  /** The workbook's lists in the menu (the programmes table among them shown as such), then the column map. */
  const showSources = async (listed: PortfolioSource[]) => {
    const chosen = chosenSource();
    // The programmes table is one of the workbook's tables: the list of lists finds it, as findTable would.
    showProgrammes(
      listed.find(
        (source) =>
          source.kind === "table" &&
          source.name.toLowerCase() === PROGRAMME_TABLE_NAME.toLowerCase()
      )
    );
    // The programmes, fee, holiday, loans and rate tables are the user's too, but no portfolio: never offer them.
    const notPortfolios = [
      FEE_TABLE_NAME,
      LOANS_TABLE_NAME,
      HOLIDAY_TABLE_NAME,
      RATE_TABLE_NAME,
    ].map((name) => name.toLowerCase());
    sources = listed.filter(
      (source) =>
        (!programmesSource || source.sheet !== programmesSource.sheet) &&
        !(source.kind === "table" && notPortfolios.includes(source.name.toLowerCase()))
    );
    const choice = chooseSource(sources, chosen, sourcePicked);
    sources = choice.sources;
    view.showSources(
      sources.map((source) => sourceLabel(t, source)),
      choice.index
    );
    await showColumnMap();
  };

  /**
   * Shows how the chosen list will be read (source, header row, rows skipped, column map) before a run,
   * from its first COLUMN_MAP_ROWS rows: the run reads them all.
   */
  const showColumnMap = async () => {
    const source = chosenSource();
    if (!source) return view.columnMap.show([], [], {});
    const map = settings.columnMap ?? {};
    const grid = await port.readSource(source, undefined, COLUMN_MAP_ROWS);
    // As many rows as asked for: there may be more (a list of exactly that many is said to be read in
    // part, which is harmless; the list as listed may have grown since).
    const partly = grid.values.length >= COLUMN_MAP_ROWS;
    const ledger = readLedger(grid, language, map);
    view.columnMap.show(
      ledgerReportLines(
        ledger,
        language,
        source.address,
        undefined,
        partly ? COLUMN_MAP_ROWS : undefined
      ),
      ledger.columnMap,
      map
    );
  };

  /** The programmes line: the user's table (its sheet and rows), or the built-in programmes. */
  const showProgrammes = (found: ProgrammesTable | undefined) => {
    programmesSource = found;
    view.showProgrammes(
      programmesSource
        ? t("programmesTable", { sheet: programmesSource.sheet, rows: programmesSource.rows })
        : t("programmesBuiltIn", { count: BUILT_IN_PROGRAMME_FIGURES.length }),
      programmesSource ? t("openProgrammes") : t("createProgrammes")
    );
  };

  const goTo = (sheet: string, address: string) => void port.goToCell(sheet, address).catch(fail);

  view.sourceSelect.addEventListener("change", () => {
    sourcePicked = true;
    void showColumnMap().catch(fail);
  });
  buttons.insert.addEventListener("click", async () => {
    try {
      const inserted = await port.insertTable(
        "IP Sample portfolio",
        "IPSamplePortfolio",
        samplePortfolio(deps.today()),
        SAMPLE_TEXT_COLUMNS
      );
      await refreshSources();
      const index = sources.findIndex((s) => s.kind === "table" && s.name === inserted.name);
      if (index >= 0) view.selectSource(index);
    } catch (error) {
      fail(error);
    }
  });
  buttons.programmes.addEventListener("click", async () => {
    try {
      // Created once, pre-filled with the built-in programmes; an existing table is only selected.
      const { columns, rows } = programmeTable((await builtInProgrammes()).BUILT_IN_PROGRAMMES);
      const result = await port.createTableOnce(
        t("sheetProgrammes"),
        PROGRAMME_TABLE_NAME,
        columns,
        rows
      );
      await refreshSources();
      say(
        t(result.created ? "programmesCreated" : "programmesExisting", {
          sheet: result.source.sheet,
        })
      );
    } catch (error) {
      fail(error);
    }
  });
  buttons.loans.addEventListener("click", async () => {
    try {
      // Created once, with the sample loans; an existing table is only selected.
      const result = await port.createTableOnce(
        t("sheetLoans"),
        LOANS_TABLE_NAME,
        LOAN_TABLE_COLUMNS,
        sampleLoans()
      );
      await refreshSources();
      say(t(result.created ? "loansCreated" : "loansExisting", { sheet: result.source.sheet }));
    } catch (error) {
      fail(error);
    }
  });
  buttons.rates.addEventListener("click", async () => {
    try {
      // Created once, a row per currency the selected portfolio uses; rates start blank (none bundled),
      // CNY at the rate setting. An existing table is only selected.
      if (sources.length === 0) await refreshSources();
      const source = chosenSource() ?? sources[0];
      const grid = source ? await port.readSource(source) : undefined;
      const current = view.readSettings(settings.columnMap);
      const result = await port.createTableOnce(
        t("sheetRates"),
        RATE_TABLE_NAME,
        RATE_TABLE_COLUMNS,
        rateTableRows(grid, current.currency.trim().toUpperCase(), current.rate)
      );
      await refreshSources();
      say(t(result.created ? "ratesCreated" : "ratesExisting", { sheet: result.source.sheet }));
    } catch (error) {
      fail(error);
    }
  });
  buttons.feeTable.addEventListener("click", async () => {
    try {
      // Created once, pre-filled with the built-in schedules; an existing table is only selected.
      const result = await port.createTableOnce(
        "IP Fee schedules",
        FEE_TABLE_NAME,
        FEE_TABLE_COLUMNS,
        builtInFeeTableRows()
      );
      await refreshSources();
      say(
        t(result.created ? "feeTableCreated" : "feeTableExisting", { sheet: result.source.sheet })
      );
    } catch (error) {
      fail(error);
    }
  });
  buttons.refresh.addEventListener("click", () => void refreshSources().catch(fail));
  // The run checks this flag at every yield to the browser (run-projection.ts) and before every write
  // request (office-workbook.ts): a click takes effect within one slice of work.
  buttons.cancel.addEventListener("click", () => {
    cancelRequested = true;
    view.dismissPrompt();
  });
  view.asOfToday.addEventListener("change", () => view.showAsOfToday(deps.today()));

  /** Plans, asks, writes and reports one run; returns when the run has ended, however it ended. */
  /** Settings a run read and checked, saved to the workbook once the run has said how it ended. */
  let settingsToSave: string | undefined;
  const project = async () => {
    settings = view.readSettings(settings.columnMap);
    const projectionSettings = toProjectionSettings(settings, deps.today());
    settingsToSave = JSON.stringify(settings);
    await projectWith(projectionSettings);
  };
  /**
   * After a run has said how it ended (written, cancelled, failed): the programmes' line as the run read
   * the table (a run that stopped before reading leaves it as it was), and the settings saved: one request
   * to Excel (a round trip, often 100 ms or more on the web) before Project can be clicked again. (The
   * table was looked for again here: two requests more.)
   */
  const afterRun = async () => {
    const json = settingsToSave;
    settingsToSave = undefined;
    const read = programmesRead;
    programmesRead = undefined;
    if (read !== undefined) showProgrammes(read ?? undefined);
    if (json !== undefined) await port.saveSettings(json);
  };

  /** The run itself, with settings read and checked. */
  const projectWith = async (projectionSettings: ProjectionSettings) => {
    if (sources.length === 0) await refreshSources();
    const source = chosenSource() ?? sources[0];
    if (!source) return say(t("noSource"), "error");
    say(t("progressReading"));
    // One pacer for the whole run: the browser paints and handles Cancel at least every slice.
    const pacer = createPacer();
    const isCancelled = () => cancelRequested;
    // Planning fills the first half of the bar, writing the second.
    const run = await runCode();
    let prepared: Awaited<ReturnType<typeof run.prepareRun>>;
    try {
      prepared = await run.prepareRun(
        port,
        source,
        projectionSettings,
        language,
        (step) => view.setProgress(step.done / 2),
        settings.columnMap,
        { isCancelled, pause: pacer.pause }
      );
    } catch (error) {
      // The list's sheet or table renamed or deleted since the pane listed it (Excel's ItemNotFound):
      // the lists listed again, and the user told what happened, not Excel's "resource doesn't exist".
      if ((error as { code?: unknown } | undefined)?.code !== "ItemNotFound") throw error;
      await refreshSources();
      return say(t("sourceGone", { source: sourceLabel(t, source) }), "error");
    }
    programmesRead = prepared.programmeTable ?? null;
    if (cancelRequested) return say(t("cancelled"));
    // Rows or columns added to a list around the selection since it was listed: the run read them too,
    // and the menu and the lines below name the list as read.
    const read = sourceAsRead(source, prepared.sourceExtent);
    if (read !== source) {
      sources = sources.map((listed) => (listed === source ? read : listed));
      view.showSources(
        sources.map((listed) => sourceLabel(t, listed)),
        sources.indexOf(read)
      );
    }
    const readCounts = { records: prepared.records, rights: prepared.rights };
    view.columnMap.show(
      ledgerReportLines(prepared.ledger, language, read.address, readCounts),
      prepared.ledger.columnMap,
      settings.columnMap ?? {}
    );
    if (prepared.noUsableRows) {
      view.showIssues(prepared.issues, goTo);
      return say(ledgerText(language, "ledgerNoUsableRows", { source: source.address }), "error");
    }
    // Before anything is written: how many rows, on how many sheets (continued past Excel's rows).
    const writing = writingPlanText(t, prepared);
    say(writing);
    const found = await port.inspectOutputs(prepared.sheets);
    if (cancelRequested) return say(t("cancelled"));
    let answer: ReplaceAnswer | undefined = { adopt: false, keepEdited: true };
    const asks = found.replace.length + found.edited.length + found.adoptable.length;
    if (asks + found.copies.length > 0) {
      answer = await view.confirmReplace(found);
      if (!answer) return say(cancelRequested ? t("cancelled") : "");
    }
    if (cancelRequested) return say(t("cancelled"));
    // The writer reports rows per block: the bar counts the rows of every block, so it never goes back.
    const allRows = prepared.sheets.reduce(
      (sum, sheet) => sum + sheet.blocks.reduce((n, block) => n + blockRowCount(block), 0),
      0
    );
    let earlierBlocks = 0;
    let block = { index: -1, written: 0, total: 0 };
    const report = await run.writeRun(port, prepared, {
      ...answer,
      // Nothing found, nothing asked: the write starts from this look at the workbook.
      inspected: found,
      isCancelled,
      pause: pacer.pause,
      onProgress: (p) => {
        if (p.block !== block.index) {
          earlierBlocks += block.total;
          block = { index: p.block, written: 0, total: p.rowsTotal };
        }
        block.written = p.rowsWritten;
        const share = allRows > 0 ? Math.min(1, (earlierBlocks + p.rowsWritten) / allRows) : 1;
        view.setProgress(0.5 + share / 2);
        say(`${writing} ${t("progressWriting", { sheet: p.sheet })}`);
      },
    });
    if (report.outcome !== "written") return say(outcomeText(t, report), "error");
    say(doneText(t, prepared, report));
    view.showIssues(prepared.issues, goTo);
  };

  // One run at a time: the button is disabled from the first click until the run has ended.
  let running = false;
  buttons.project.addEventListener("click", async () => {
    if (running) return;
    running = true;
    cancelRequested = false;
    view.setBusy(true);
    view.showIssues([], goTo);
    try {
      await project();
    } catch (error) {
      if (error instanceof RunCancelled) say(t("cancelled"));
      else if (isDomainError(error)) say(settingsErrorText(language, error), "error");
      else fail(error);
    } finally {
      await afterRun().catch(fail);
      view.setBusy(false);
      running = false;
    }
  });

  // Start: settings remembered in the workbook and the lists it holds (the programmes table among them),
  // in the list of lists' two requests; then the chosen list's column map (from those requests when it is
  // the list around the selection).
  void (async () => {
    try {
      const opened = await port.loadPane(COLUMN_MAP_ROWS);
      settings = parseStoredSettings(opened.settings, language);
      view.showSettings(settings, deps.today());
      await showSources(opened.sources);
    } catch (error) {
      view.showSettings(settings, deps.today());
      fail(error);
    }
  })();
}
