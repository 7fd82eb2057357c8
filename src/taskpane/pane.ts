import { DayNumber } from "../core/dates/civil";
import { yearRanges } from "../core/offices/cn/holiday-calendar";
import { isDomainError } from "../core/errors/domain-error";
import { Language, StringKey, translate } from "../core/i18n/strings";
import { yuanToCell } from "../core/money/money";
import { projectionSheetCount } from "../core/report/build-report";
import { SAMPLE_TEXT_COLUMNS, samplePortfolio } from "../core/sample/sample-portfolio";
import { BUILT_IN_PROGRAMMES } from "../core/subsidy/built-in";
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
import { OutputsFound, PortfolioSource, WorkbookPort, WriteReport } from "../excel/workbook-port";
import { clear, el } from "./dom";
import {
  PaneSettings,
  defaultSettings,
  isoOrToday,
  parseStoredSettings,
  toProjectionSettings,
} from "./pane-settings";
import { prepareRun, writeRun } from "./run-projection";
import { RowIssue } from "../core/table/grid";
import { ledgerText } from "../core/i18n/ledger-strings";
import { ledgerReportLines } from "../core/app/ledger-report";
import { readLedger } from "../core/portfolio/read-ledger";
import { UserColumnMap } from "../core/portfolio/ledger-column-map";
import { chooseSource } from "./choose-source";
import { createColumnMapView } from "./column-map-view";
import { settingsErrorText } from "./settings-error-text";

export interface PaneDeps {
  port: WorkbookPort;
  language: Language;
  today: () => DayNumber;
}

const EXAMPLES: [string, string][] = [
  ['=IP.CN_ANNUITY("2018-07-09", 4)', "1200"],
  ["=IP.CN_LATEFEE(1200, 2.3)", "120"],
  ['=IP.CN_DUEDATE("2018-07-09", 4)', "2021-07-09"],
  ['=IP.CN_SCHEDULE("2018-07-09")', "20 × 4"],
];

/**
 * Builds the task pane in `root` and wires it to the workbook. Everything the user sees comes from the
 * translated strings or from data put in with textContent; every control is a native, keyboard-reachable
 * element with a label.
 */
export function mountPane(root: HTMLElement, deps: PaneDeps): void {
  const { port, language } = deps;
  const t = (key: StringKey, values?: Record<string, string | number>) =>
    translate(language, key, values);
  let settings: PaneSettings = defaultSettings(language);
  let sources: PortfolioSource[] = [];
  let programmesSource: PortfolioSource | undefined;
  let cancelRequested = false;
  /** True once the user picks a list in the menu: from then on a refresh keeps it. */
  let sourcePicked = false;
  /** The button that opened the replace prompt, focused again when the pane is no longer busy. */
  let returnFocusTo: HTMLElement | undefined;

  const status = el("div", {
    class: "status",
    role: "status",
    "aria-live": "polite",
    "data-testid": "status",
  });
  const progress = el("progress", {
    max: "1",
    value: "0",
    hidden: true,
    "data-testid": "progress",
    "aria-label": t("project"),
  });
  const issuesBox = el("div", { class: "issues", "data-testid": "issues" });
  const confirmBox = el("div", {
    class: "confirm",
    hidden: true,
    role: "alertdialog",
    "aria-labelledby": "confirm-text",
  });

  const sourceSelect = el("select", { id: "source", "data-testid": "source" });
  sourceSelect.addEventListener("change", () => {
    sourcePicked = true;
    void showColumnMap().catch(fail);
  });
  const columnMapView = createColumnMapView(language, (map: UserColumnMap) => {
    settings = { ...settings, columnMap: map };
    void port
      .saveSettings(JSON.stringify(settings))
      .then(() => showColumnMap())
      .catch(fail);
  });
  const asOf = el("input", { id: "asOf", type: "date", "data-testid": "as-of" });
  const asOfToday = el("input", {
    id: "asOfToday",
    type: "checkbox",
    "data-testid": "as-of-today",
  });
  const horizon = el("input", {
    id: "horizon",
    type: "number",
    min: "1",
    max: "30",
    step: "1",
    "data-testid": "horizon",
  });
  const fyStart = el("select", { id: "fyStart", "data-testid": "fy-start" });
  for (let month = 1; month <= 12; month += 1)
    fyStart.appendChild(el("option", { value: String(month) }, String(month)));
  const currency = el("input", {
    id: "currency",
    type: "text",
    maxlength: "3",
    size: "4",
    "data-testid": "currency",
  });
  const rate = el("input", {
    id: "rate",
    type: "text",
    inputmode: "decimal",
    size: "8",
    "data-testid": "rate",
  });
  const shift = el("input", { id: "shift", type: "checkbox", "data-testid": "shift" });
  const financing = el("input", { id: "financing", type: "checkbox", "data-testid": "financing" });

  const insertButton = el(
    "button",
    { type: "button", class: "secondary", "data-testid": "insert-sample" },
    t("insertSample")
  );
  const refreshButton = el(
    "button",
    { type: "button", class: "subtle", "data-testid": "refresh" },
    t("refreshSources")
  );
  const projectButton = el(
    "button",
    { type: "button", class: "primary", "data-testid": "project" },
    t("project")
  );
  const programmesButton = el(
    "button",
    { type: "button", class: "secondary", "data-testid": "create-programmes" },
    t("createProgrammes")
  );
  const programmesStatus = el("p", { class: "howto", "data-testid": "programmes-status" });
  const feeTableButton = el(
    "button",
    { type: "button", class: "subtle", "data-testid": "create-fee-table" },
    t("createFeeTable")
  );
  const loansButton = el(
    "button",
    { type: "button", class: "subtle", "data-testid": "create-loans" },
    t("createLoans")
  );
  const ratesButton = el(
    "button",
    { type: "button", class: "subtle", "data-testid": "create-rates" },
    t("createRates")
  );
  const cancelButton = el(
    "button",
    { type: "button", class: "secondary", hidden: true, "data-testid": "cancel" },
    t("cancel")
  );

  const field = (id: string, label: string, control: HTMLElement) =>
    el("div", { class: "field" }, el("label", { for: id }, label), control);

  root.appendChild(
    el(
      "main",
      { class: "pane", lang: language },
      el("h1", {}, t("appTitle")),
      el("p", { class: "tagline" }, t("tagline")),
      el("p", { class: "howto" }, t("howTo")),
      insertButton,
      el(
        "section",
        { "aria-label": t("source") },
        field("source", t("source"), el("div", { class: "row" }, sourceSelect, refreshButton))
      ),
      columnMapView.element,
      el("div", { class: "row" }, projectButton, cancelButton),
      progress,
      status,
      confirmBox,
      issuesBox,
      el(
        "section",
        { class: "settings" },
        field("asOf", t("asOf"), asOf),
        el("div", { class: "check" }, asOfToday, el("label", { for: "asOfToday" }, t("asOfToday"))),
        field("horizon", t("horizon"), horizon),
        field("fyStart", t("fyStart"), fyStart),
        el(
          "div",
          { class: "row" },
          field("currency", t("currency"), currency),
          field("rate", t("rate"), rate)
        ),
        el("div", { class: "check" }, shift, el("label", { for: "shift" }, t("shift"))),
        el("div", { class: "check" }, financing, el("label", { for: "financing" }, t("financing")))
      ),
      el(
        "section",
        { class: "programmes", "aria-label": t("programmesTitle") },
        el("h2", {}, t("programmesTitle")),
        programmesStatus,
        programmesButton,
        feeTableButton,
        loansButton,
        ratesButton
      ),
      el(
        "section",
        { class: "examples" },
        el("h2", {}, t("examplesTitle")),
        el(
          "ul",
          {},
          ...EXAMPLES.map(([formula, result]) =>
            el("li", {}, el("code", {}, formula), ` → ${result}`)
          )
        )
      )
    )
  );

  const showSettings = () => {
    asOf.value = isoOrToday(settings.asOf, deps.today());
    asOfToday.checked = settings.asOf.trim() === "";
    asOf.disabled = asOfToday.checked;
    horizon.value = String(settings.horizonYears);
    fyStart.value = String(settings.fiscalYearStartMonth);
    currency.value = settings.currency;
    rate.value = settings.rate;
    shift.checked = settings.shiftToWorkday;
    financing.checked = settings.includeFinancing === true;
  };
  const readSettings = (): PaneSettings => ({
    // "" (today on every run) only when the user ticked it; a date typed stays that date.
    asOf: asOfToday.checked ? "" : asOf.value,
    horizonYears: Number(horizon.value),
    fiscalYearStartMonth: Number(fyStart.value),
    currency: currency.value.trim().toUpperCase() || "CNY",
    rate: rate.value.trim() || "1",
    shiftToWorkday: shift.checked,
    includeFinancing: financing.checked,
    columnMap: settings.columnMap,
  });
  const say = (text: string, kind: "info" | "error" = "info") => {
    status.textContent = text;
    status.className = `status ${kind}`;
  };
  const fail = (error: unknown) =>
    say(`${t("errorPrefix")} ${error instanceof Error ? error.message : String(error)}`, "error");

  const refreshSources = async () => {
    const chosen = sources[Number(sourceSelect.value)];
    // The programmes, fee, holiday, loans and rate tables are the user's too, but no portfolio: never offer them.
    const notPortfolios = [
      FEE_TABLE_NAME,
      LOANS_TABLE_NAME,
      HOLIDAY_TABLE_NAME,
      RATE_TABLE_NAME,
    ].map((name) => name.toLowerCase());
    sources = (await port.listSources()).filter(
      (source) =>
        (!programmesSource || source.sheet !== programmesSource.sheet) &&
        !(source.kind === "table" && notPortfolios.includes(source.name.toLowerCase()))
    );
    const choice = chooseSource(sources, chosen, sourcePicked);
    sources = choice.sources;
    clear(sourceSelect);
    sources.forEach((source, index) => {
      const label =
        source.kind === "table"
          ? `${source.name} (${source.sheet}, ${source.rows})`
          : `${t("sourceRegion")}: ${source.address}`;
      sourceSelect.appendChild(el("option", { value: String(index) }, label));
    });
    if (sources.length > 0) sourceSelect.value = String(choice.index);
    await showColumnMap();
  };

  /** Shows how the chosen list will be read (source, header row, rows skipped, column map) before a run. */
  const showColumnMap = async (counts?: { records: number; rights: number }) => {
    const source = sources[Number(sourceSelect.value)];
    if (!source) return columnMapView.show([], [], {});
    const map = settings.columnMap ?? {};
    const ledger = readLedger(await port.readSource(source), language, map);
    columnMapView.show(
      ledgerReportLines(ledger, language, source.address, counts),
      ledger.columnMap,
      map
    );
  };

  const refreshProgrammes = async () => {
    programmesSource = await port.findTable(PROGRAMME_TABLE_NAME);
    programmesStatus.textContent = programmesSource
      ? t("programmesTable", { sheet: programmesSource.sheet, rows: programmesSource.rows })
      : t("programmesBuiltIn", { count: BUILT_IN_PROGRAMMES.length });
    programmesButton.textContent = programmesSource ? t("openProgrammes") : t("createProgrammes");
  };

  const showIssues = (issues: RowIssue[]) => {
    clear(issuesBox);
    if (issues.length === 0) return;
    // Real problems first; rows that are valid but not projected yet (other offices, trademarks) are
    // expected, so they wait in a closed list of their own and are not counted as problems.
    const real = issues.filter((issue) => issue.kind !== "unsupported");
    const expected = issues.filter((issue) => issue.kind === "unsupported");
    if (real.length > 0)
      issuesBox.appendChild(
        el(
          "h2",
          {},
          t("rowsIssues", { count: new Set(real.map((i) => `${i.sheet}!${i.row}`)).size })
        )
      );
    const list = el("ul", {});
    const expectedList = el("ul", {});
    for (const issue of [...real, ...expected].slice(0, 200)) {
      const cell = `${issue.column}${issue.row}`;
      const go = el(
        "button",
        { type: "button", class: "link", "data-testid": "go-to" },
        t("goToCell", { cell: issue.column ? cell : String(issue.row) })
      );
      go.addEventListener(
        "click",
        () => void port.goToCell(issue.sheet, issue.column ? cell : `A${issue.row}`).catch(fail)
      );
      (issue.kind === "unsupported" ? expectedList : list).appendChild(
        el(
          "li",
          { class: issue.kind },
          el("span", {}, `${issue.sheet}!${issue.column ? cell : issue.row}: ${issue.message} `),
          go
        )
      );
    }
    issuesBox.appendChild(list);
    if (expected.length > 0)
      issuesBox.appendChild(
        el(
          "details",
          { "data-testid": "issues-unsupported" },
          el("summary", {}, ledgerText(language, "issuesUnsupported", { count: expected.length })),
          expectedList
        )
      );
  };

  /** Asks before replacing earlier results; resolves undefined when the user keeps them. */
  const confirmReplace = (found: OutputsFound) =>
    new Promise<{ adopt: boolean; keepEdited: boolean } | undefined>((resolve) => {
      clear(confirmBox);
      const yes = el(
        "button",
        { type: "button", class: "primary", "data-testid": "confirm-replace" },
        t("replace")
      );
      const no = el(
        "button",
        { type: "button", class: "secondary", "data-testid": "keep" },
        t("keep")
      );
      const keepEdited = el("input", {
        id: "keepEdited",
        type: "checkbox",
        "data-testid": "keep-edited",
      });
      keepEdited.checked = true;
      const adopt = el("input", { id: "adopt", type: "checkbox", "data-testid": "adopt" });
      const done = (answer: boolean) => {
        confirmBox.hidden = true;
        // Focus goes back to the button that opened the prompt (Project), so keyboard users stay where
        // they were; it is disabled while the run is busy, so setBusy(false) focuses it when enabled.
        returnFocusTo = projectButton;
        resolve(answer ? { adopt: adopt.checked, keepEdited: keepEdited.checked } : undefined);
      };
      yes.addEventListener("click", () => done(true));
      no.addEventListener("click", () => done(false));
      const list = (names: string[]) => names.join(", ");
      // The prompt is named by its first paragraph (aria-labelledby="confirm-text").
      const question = (text: string) =>
        el("p", confirmBox.querySelector("#confirm-text") ? {} : { id: "confirm-text" }, text);
      if (found.replace.length > 0)
        confirmBox.append(question(t("confirmReplace", { sheets: list(found.replace) })));
      if (found.edited.length > 0)
        confirmBox.append(
          question(t("confirmEdited", { sheets: list(found.edited) })),
          el(
            "div",
            { class: "check" },
            keepEdited,
            el("label", { for: "keepEdited" }, t("keepEdited"))
          )
        );
      if (found.adoptable.length > 0)
        confirmBox.append(
          question(t("confirmAdopt", { sheets: list(found.adoptable) })),
          el("div", { class: "check" }, adopt, el("label", { for: "adopt" }, t("adopt")))
        );
      if (found.copies.length > 0)
        confirmBox.append(question(t("confirmCopies", { sheets: list(found.copies) })));
      confirmBox.append(el("div", { class: "row" }, yes, no));
      confirmBox.hidden = false;
      yes.focus();
    });

  /** What a write did, in one sentence per fact. */
  const outcomeText = (report: WriteReport): string => {
    if (report.outcome === "cancelled") return t("cancelled");
    if (report.outcome === "failed")
      return report.restored === false
        ? t("writeFailedLeft", {
            error: report.error ?? "",
            sheets: (report.leftBehind ?? []).join(", "),
          })
        : t("writeFailed", { error: report.error ?? "" });
    return [
      report.removed.length > 0 ? t("doneReplaced", { sheets: report.removed.join(", ") }) : "",
      report.kept.length > 0 ? t("doneKept", { sheets: report.kept.join(", ") }) : "",
      report.cutCells > 0 ? t("doneCut", { count: report.cutCells }) : "",
    ]
      .filter(Boolean)
      .join(" ");
  };

  const setBusy = (busy: boolean) => {
    projectButton.disabled = busy;
    insertButton.disabled = busy;
    programmesButton.disabled = busy;
    feeTableButton.disabled = busy;
    loansButton.disabled = busy;
    ratesButton.disabled = busy;
    cancelButton.hidden = !busy;
    progress.hidden = !busy;
    if (!busy && returnFocusTo) {
      returnFocusTo.focus();
      returnFocusTo = undefined;
    }
  };

  insertButton.addEventListener("click", async () => {
    try {
      const inserted = await port.insertTable(
        "IP Sample portfolio",
        "IPSamplePortfolio",
        samplePortfolio(deps.today()),
        SAMPLE_TEXT_COLUMNS
      );
      await refreshSources();
      const index = sources.findIndex((s) => s.kind === "table" && s.name === inserted.name);
      if (index >= 0) sourceSelect.value = String(index);
    } catch (error) {
      fail(error);
    }
  });
  programmesButton.addEventListener("click", async () => {
    try {
      // Created once, pre-filled with the built-in programmes; an existing table is only selected.
      const { columns, rows } = programmeTable(BUILT_IN_PROGRAMMES);
      const result = await port.createTableOnce(
        t("sheetProgrammes"),
        PROGRAMME_TABLE_NAME,
        columns,
        rows
      );
      await refreshProgrammes();
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
  loansButton.addEventListener("click", async () => {
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
  ratesButton.addEventListener("click", async () => {
    try {
      // Created once, a row per currency the selected portfolio uses; rates start blank (none bundled),
      // CNY at the rate setting. An existing table is only selected.
      if (sources.length === 0) await refreshSources();
      const source = sources[Number(sourceSelect.value)] ?? sources[0];
      const grid = source ? await port.readSource(source) : undefined;
      const current = readSettings();
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
  feeTableButton.addEventListener("click", async () => {
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
  refreshButton.addEventListener(
    "click",
    () => void refreshProgrammes().then(refreshSources).catch(fail)
  );
  cancelButton.addEventListener("click", () => {
    cancelRequested = true;
  });
  asOfToday.addEventListener("change", () => {
    asOf.disabled = asOfToday.checked;
    if (asOfToday.checked) asOf.value = isoOrToday("", deps.today());
  });

  // One run at a time: the button is disabled from the first click until the run has ended.
  let running = false;
  projectButton.addEventListener("click", async () => {
    if (running) return;
    running = true;
    cancelRequested = false;
    setBusy(true);
    showIssues([]);
    try {
      settings = readSettings();
      const projectionSettings = toProjectionSettings(settings, deps.today());
      await port.saveSettings(JSON.stringify(settings));
      await refreshProgrammes();
      if (sources.length === 0) await refreshSources();
      const source = sources[Number(sourceSelect.value)] ?? sources[0];
      if (!source) return say(t("noSource"), "error");
      say(t("progressReading"));
      // Planning fills the first half of the bar, writing the second.
      const prepared = await prepareRun(
        port,
        source,
        projectionSettings,
        language,
        (step) => {
          progress.value = step.done / 2;
        },
        settings.columnMap
      );
      if (cancelRequested) return say(t("cancelled"));
      const readCounts = { records: prepared.records, rights: prepared.rights };
      columnMapView.show(
        ledgerReportLines(prepared.ledger, language, source.address, readCounts),
        prepared.ledger.columnMap,
        settings.columnMap ?? {}
      );
      if (prepared.noUsableRows) {
        showIssues(prepared.issues);
        return say(ledgerText(language, "ledgerNoUsableRows", { source: source.address }), "error");
      }
      const parts = projectionSheetCount(prepared.projectionRows);
      if (parts > 1)
        say(
          t("tooManyRows", { rows: prepared.projectionRows.toLocaleString("en-US"), sheets: parts })
        );
      const found = await port.inspectOutputs(prepared.sheets);
      if (cancelRequested) return say(t("cancelled"));
      let answer: { adopt: boolean; keepEdited: boolean } | undefined = {
        adopt: false,
        keepEdited: true,
      };
      const asks = found.replace.length + found.edited.length + found.adoptable.length;
      if (asks + found.copies.length > 0) {
        answer = await confirmReplace(found);
        if (!answer) return say("");
      }
      if (cancelRequested) return say(t("cancelled"));
      const report = await writeRun(port, prepared, {
        ...answer,
        isCancelled: () => cancelRequested,
        onProgress: (p) => {
          progress.value = 0.5 + (p.rowsTotal ? p.rowsWritten / p.rowsTotal : 1) / 2;
          say(t("progressWriting", { sheet: p.sheet }));
        },
      });
      if (report.outcome !== "written") return say(outcomeText(report), "error");
      const inHorizon = yuanToCell(prepared.subsidiesInHorizon).toLocaleString("en-US", {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      say(
        `${t("done", {
          rows: prepared.projectionRows.toLocaleString("en-US"),
          rights: prepared.rights,
          sheets: report.sheets.join(", "),
          seconds: report.seconds.toFixed(2),
        })} ${t("doneSubsidies", { count: prepared.offsets.length, amount: inHorizon })}` +
          (prepared.yearsWithoutNotice.length > 0
            ? ` ${t("doneHolidays", { years: yearRanges(prepared.yearsWithoutNotice) })}`
            : "") +
          ` ${outcomeText(report)}`.trimEnd()
      );
      showIssues(prepared.issues);
    } catch (error) {
      if (isDomainError(error)) say(settingsErrorText(language, error), "error");
      else fail(error);
    } finally {
      setBusy(false);
      running = false;
    }
  });

  // Start: settings remembered in the workbook, then the portfolios it holds.
  void (async () => {
    try {
      settings = parseStoredSettings(await port.loadSettings(), language);
      showSettings();
      await refreshProgrammes();
      await refreshSources();
    } catch (error) {
      showSettings();
      fail(error);
    }
  })();
}
