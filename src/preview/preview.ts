/* Browser preview: the real task pane (src/taskpane/pane.ts) and the real Office.js workbook code
 * (src/excel/office-workbook.ts) running over the in-memory Excel (test/excel-double), with the workbook
 * shown as a grid. Query parameters: ?lang=ja|zh|en, ?today=yyyy-mm-dd (fixed "today", for tests),
 * ?sample=0 (start without the sample portfolio). */
import { isoToDay } from "../core/dates/civil";
import { loadPaneLanguage } from "../core/i18n/pane-languages";
import { languageOf } from "../core/i18n/strings";
import { columnLetter } from "../core/table/a1";
import { createMemoryExcel } from "../../test/excel-double";
import { observedHost } from "../../test/excel-double/observed-host";
import { DEFAULT_LIMITS, OfficeWorkbook } from "../excel/office-workbook";
import { todayDay } from "../functions/today";
import { SAMPLE_TEXT_COLUMNS, samplePortfolio } from "../core/sample/sample-portfolio";
import { LOAN_TABLE_COLUMNS, sampleLoans } from "../core/sample/sample-loans";
import { LOANS_TABLE_NAME } from "../core/finance/loans-table";
import { sampleProgrammeTable } from "../core/sample/sample-programmes";
import { PROGRAMME_TABLE_NAME } from "../core/subsidy/programme-table-columns";
import { mountPane } from "../taskpane/pane";
import { append, clear, el } from "../taskpane/dom";
import { importDelimited, importRows } from "./import-ledger";
import { readXlsxFirstSheet } from "./xlsx/read-xlsx";
import { writeXlsx } from "./xlsx/write-xlsx";
import { bookFromModel } from "./xlsx/book-from-model";

const MAX_GRID_ROWS = 300;
/** Grid rows drawn in one task: a screenful. */
const GRID_ROWS_PER_TASK = 50;
/** Drawings of the grid begun: a drawing still adding rows stops when a newer one begins. */
let drawings = 0;
const params = new URLSearchParams(location.search);
const fixedToday = params.get("today");
const fake = createMemoryExcel();
let shownSheet: string | undefined;
let lastActive: string | undefined;
/** What the tabs and the grid show, as last drawn: a redraw that would show the same is skipped. */
let lastTabs: string | undefined;
let lastDrawn: string | undefined;

/** The text Excel would display in each cell of an area. */
function displayedText(sheet: string, area: string): string[][] {
  return fake.model.getText(sheet, area);
}

/** The selected cells of a sheet (1-based rows, 0-based columns), when the selection is on it. */
function selectedRect(
  sheet: string
): { top: number; bottom: number; left: number; right: number } | undefined {
  const selection = fake.model.selection;
  if (!selection || selection.sheet !== sheet) return undefined;
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(selection.address.replace(/\$/g, ""));
  if (!match) return undefined;
  const column = (letters: string) =>
    [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const [left, top] = [column(match[1]), Number(match[2])];
  const [right, bottom] = match[3] ? [column(match[3]), Number(match[4])] : [left, top];
  return { top, bottom, left, right };
}

/**
 * Renders one sheet's used range; cell text goes in with textContent only. After a batch (while the pane
 * may be running) the rows are drawn in parts, one task each; `atOnce` (a tab clicked, a file imported)
 * draws them all now, even when nothing changed.
 */
function renderGrid(atOnce = false): void {
  const tabs = document.getElementById("tabs")!;
  const grid = document.getElementById("grid")!;
  const sheets = fake.model.sheets.map((sheet) => sheet.name);
  // Follow Excel: when a batch activates another sheet, show that one.
  const active = fake.model.activeSheet?.name;
  if (active !== lastActive || !shownSheet || !sheets.includes(shownSheet))
    shownSheet = active ?? sheets[0];
  lastActive = active;
  const used = shownSheet ? fake.model.usedRangeAddress(shownSheet) : null;
  // Only the rows shown are read (a 1,000,000-row projection would be millions of cells otherwise).
  const [, firstColumn, top, lastColumn, bottom] =
    /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec((used ?? "").replace(/^.*!/, "")) ?? [];
  const firstRow = Number(top);
  const usedRows = (bottom ? Number(bottom) : firstRow) - firstRow + 1;
  const lastShown = firstRow + Math.min(usedRows, MAX_GRID_ROWS) - 1;
  const area = `${firstColumn}${firstRow}:${lastColumn ?? firstColumn}${lastShown}`;
  const shown = shownSheet && used ? displayedText(shownSheet, area) : [];
  const values = shownSheet && used ? fake.model.getValues(shownSheet, area) : [];
  const selected = shownSheet ? selectedRect(shownSheet) : undefined;
  // A batch that only read (a run reads its lists in several) changes nothing shown: the grid is kept,
  // since rebuilding 300 rows and laying them out again was a task of over 100 ms each time. Sheets added
  // beside the one shown (a write's new sheets) redraw the tabs only: redrawing the grid too was six
  // tasks of 70-300 ms at the start of a 100,000-right write (bench figure 9).
  const drawnTabs = JSON.stringify([sheets, shownSheet]);
  const drawn = JSON.stringify([
    shownSheet,
    used,
    selected,
    shown,
    values.map((row) => row.map((value) => typeof value === "number")),
  ]);
  if (drawnTabs === lastTabs && drawn === lastDrawn && !atOnce) return;
  const gridToo = drawn !== lastDrawn || atOnce;
  lastTabs = drawnTabs;
  lastDrawn = drawn;
  clear(tabs);
  for (const name of sheets) {
    const tab = el(
      "button",
      {
        type: "button",
        role: "tab",
        "aria-selected": String(name === shownSheet),
        "data-sheet": name,
      },
      name
    );
    tab.addEventListener("click", () => {
      shownSheet = name;
      renderGrid(true);
    });
    tabs.appendChild(tab);
  }
  if (!gridToo) return;
  clear(grid);
  if (!shownSheet || !used) return;
  const firstColumnIndex = [...firstColumn].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  // Each part of the rows is a table of its own, in a box the browser skips while it is out of view
  // (content-visibility): a part added lays out and paints only itself. As one table, every part laid
  // out and painted all the rows before it again (45-230 ms a part, 4 long tasks at the end of a
  // 100,000-right run in bench figure 9). The tables share fixed column widths, from the longest text.
  const widths = [String(lastShown).length];
  for (let c = 0; c < (shown[0]?.length ?? 0); c += 1)
    widths.push(
      Math.max(columnLetter(firstColumnIndex + c).length, ...shown.map((row) => row[c].length))
    );
  const table = (...rows: HTMLTableRowElement[]) => {
    const part = el("table", { "data-sheet": shownSheet });
    const columns = el("colgroup");
    let total = 0;
    for (const characters of widths) {
      const col = el("col");
      // About 7 px a character of the 12 px font, plus the cell's padding and border; at most the
      // 320 px a cell may take.
      const width = Math.min(320, characters * 7 + 13);
      col.style.width = `${width}px`;
      total += width;
      columns.appendChild(col);
    }
    part.style.width = `${total}px`;
    append(part, columns, ...rows);
    return part;
  };
  const head = el("tr", {}, el("th", {}, ""));
  shown[0]?.forEach((_, c) => head.appendChild(el("th", {}, columnLetter(firstColumnIndex + c))));
  grid.appendChild(el("div", { class: "letters" }, table(head)));
  const rowAt = (r: number) => {
    const tr = el("tr", {}, el("th", {}, String(firstRow + r)));
    shown[r].forEach((cell, c) => {
      const rowNumber = firstRow + r;
      const columnIndex = firstColumnIndex + c;
      const isSelected =
        selected !== undefined &&
        rowNumber >= selected.top &&
        rowNumber <= selected.bottom &&
        columnIndex >= selected.left &&
        columnIndex <= selected.right;
      const classes = [
        typeof values[r][c] === "number" ? "number" : "",
        isSelected ? "selected" : "",
      ]
        .filter(Boolean)
        .join(" ");
      tr.appendChild(
        el(
          "td",
          {
            class: classes || undefined,
            "data-cell": `${columnLetter(columnIndex)}${rowNumber}`,
            "data-selected": isSelected ? "true" : undefined,
          },
          cell
        )
      );
    });
    return tr;
  };
  const more =
    usedRows > MAX_GRID_ROWS
      ? grid.appendChild(el("p", { class: "more" }, `… ${usedRows - MAX_GRID_ROWS} more rows`))
      : null;
  // The rows in parts of GRID_ROWS_PER_TASK, each in a task of its own (a newer drawing stops them): 300
  // rows made and laid out at once were a task of over 200 ms while the pane ran.
  const drawing = (drawings += 1);
  const addRows = (from: number) => {
    if (drawing !== drawings) return;
    const last = atOnce ? shown.length : Math.min(shown.length, from + GRID_ROWS_PER_TASK);
    for (let start = from; start < last; start += GRID_ROWS_PER_TASK) {
      const rows: HTMLTableRowElement[] = [];
      for (let r = start; r < Math.min(last, start + GRID_ROWS_PER_TASK); r += 1)
        rows.push(rowAt(r));
      grid.insertBefore(el("div", { class: "rows" }, table(...rows)), more);
    }
    // After the next frame: timers alone ran every part before the page was laid out once.
    if (last < shown.length) requestAnimationFrame(() => setTimeout(() => addRows(last), 0));
  };
  addRows(0);
}

document.addEventListener("DOMContentLoaded", async () => {
  // ?latency=ms delays every Excel.run like a round trip to a real Excel (the in-memory one answers at
  // once), so that what a user can do while the pane waits for Excel can be tried and tested.
  const latency = Math.min(1000, Math.max(0, Number(params.get("latency")) || 0));
  const observed = observedHost(fake, () => renderGrid());
  const host: typeof observed = {
    run: async (batch) => {
      if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
      return observed.run(batch);
    },
  };
  // The in-memory Excel does a request's work on the page's own thread (real Excel does it elsewhere while
  // the pane waits): smaller requests and reads keep each task short, so the pane stays responsive as in Excel.
  const port = new OfficeWorkbook(host, undefined, {
    ...DEFAULT_LIMITS,
    maxRowsPerRequest: 500,
    maxCellsPerRead: 20_000,
  });
  const today = () => (fixedToday ? isoToDay(fixedToday) : todayDay());
  // The preview opens on the sample portfolio (?sample=0 starts from an empty workbook).
  if (params.get("sample") !== "0") {
    // A loans table, so a run also shows the IP Finance sheet, and the sample's programmes table, with one
    // labelled example row switching the Hetao draft on; the portfolio last, so the preview opens on it.
    await port.createTableOnce("IP Loans", LOANS_TABLE_NAME, LOAN_TABLE_COLUMNS, sampleLoans());
    const programmes = sampleProgrammeTable();
    await port.createTableOnce(
      "Subsidy programmes",
      PROGRAMME_TABLE_NAME,
      programmes.columns,
      programmes.rows
    );
    await port.insertTable(
      "IP Sample portfolio",
      "IPSamplePortfolio",
      samplePortfolio(today()),
      SAMPLE_TEXT_COLUMNS
    );
    await port.goToCell("IP Sample portfolio", "A1");
  }
  mountImport();
  renderGrid(true);
  const language = languageOf(params.get("lang") ?? navigator.language);
  // The language's texts are a chunk of their own, as on the Office page (taskpane.ts).
  await loadPaneLanguage(language).catch(() => loadPaneLanguage("en"));
  mountPane(document.getElementById("app")!, { port, language, today });
});

/**
 * The preview takes the user's own ledger: a CSV file, or cells copied from a spreadsheet and pasted,
 * lands on a new sheet whose list is selected, and the pane is refreshed so it becomes the source.
 */
function mountImport(): void {
  const message = el("p", {
    class: "import-status",
    role: "status",
    "data-testid": "import-status",
  });
  const refreshPane = () =>
    (document.querySelector("[data-testid=refresh]") as HTMLButtonElement | null)?.click();
  const take = (name: string, text: string) => {
    const sheet = importDelimited(fake, name, text);
    renderGrid(true);
    message.textContent = `Imported to sheet ${sheet}: its list is selected as the portfolio.`;
    refreshPane();
  };
  const file = el("input", {
    type: "file",
    id: "open-ledger",
    accept: ".xlsx,.csv,.tsv,.txt,text/csv",
    "data-testid": "open-ledger",
  });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const name = chosen.name.replace(/\.[^.]*$/, "");
    const read = /\.xlsx$/i.test(chosen.name)
      ? chosen.arrayBuffer().then((buffer) => {
          const book = readXlsxFirstSheet(new Uint8Array(buffer));
          const sheet = importRows(fake, name || book.name, book.rows);
          renderGrid(true);
          message.textContent = `Imported to sheet ${sheet}: its list is selected as the portfolio.`;
          refreshPane();
        })
      : chosen.text().then((text) => take(name, text));
    read.catch((error: unknown) => {
      message.textContent = `Could not open ${chosen.name}: ${error instanceof Error ? error.message : String(error)}`;
    });
  });
  const paste = el("textarea", {
    id: "paste-cells",
    rows: "2",
    placeholder: "Copy cells in Excel, then paste here (Ctrl+V)",
    "data-testid": "paste-cells",
  });
  paste.addEventListener("paste", (event) => {
    const text = event.clipboardData?.getData("text/plain") ?? "";
    if (text.trim() === "") return;
    event.preventDefault();
    take("Pasted", text);
  });
  // The whole workbook, output sheets included, as a real .xlsx (charts are not exported).
  const download = el(
    "button",
    { type: "button", class: "secondary", "data-testid": "download-xlsx" },
    "Download workbook (.xlsx)"
  );
  download.addEventListener("click", () => {
    const bytes = writeXlsx(bookFromModel(fake));
    const url = URL.createObjectURL(
      new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      })
    );
    const link = el("a", { href: url, download: "IP Cost Planner.xlsx" });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  const bar = el(
    "div",
    { class: "import" },
    el("label", { for: "open-ledger" }, "Open a ledger (.xlsx, .csv)"),
    file,
    el("label", { for: "paste-cells" }, "Paste copied cells"),
    paste,
    download,
    message
  );
  document.querySelector(".workbook")!.insertBefore(bar, document.getElementById("tabs"));
}

// For the browser tests: the in-memory workbook and its metrics.
(globalThis as unknown as { ipCostPlannerPreview: unknown }).ipCostPlannerPreview = fake;
