/* The pane's DOM: builds the controls and updates them; text goes in with textContent only (dom.ts).
 * No workbook and no run state here: the controller (pane.ts) wires the events. */
import { Language } from "../core/i18n/strings";
import { ledgerText } from "../core/i18n/ledger-strings";
import { RowIssue } from "../core/table/grid";
import { OutputsFound } from "../excel/workbook-port";
import { createColumnMapView } from "./column-map-view";
import { clear, el } from "./dom";
import { PaneSettings, isoOrToday } from "./pane-settings";
import { Translate } from "./pane-format";
import { UserColumnMap } from "../core/portfolio/ledger-column-map";
import { DayNumber } from "../core/dates/civil";

const EXAMPLES: [string, string][] = [
  ['=IP.CN_ANNUITY("2018-07-09", 4)', "1200"],
  ["=IP.CN_LATEFEE(1200, 2.3)", "120"],
  ['=IP.CN_DUEDATE("2018-07-09", 4)', "2021-07-09"],
  ['=IP.CN_SCHEDULE("2018-07-09")', "20 × 4"],
];

export interface ReplaceAnswer {
  adopt: boolean;
  keepEdited: boolean;
}

export type PaneView = ReturnType<typeof createPaneView>;

/**
 * Builds the task pane in `root`. Everything the user sees comes from the translated strings or from data
 * put in with textContent; every control is a native, keyboard-reachable element with a label.
 */
export function createPaneView(
  root: HTMLElement,
  language: Language,
  t: Translate,
  onColumnMap: (map: UserColumnMap) => void
) {
  /** The button that opened the replace prompt, focused again when the pane is no longer busy. */
  let returnFocusTo: HTMLElement | undefined;
  /** Answers the open replace prompt, if one is open. */
  let answerPrompt: ((answer: boolean) => void) | undefined;

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
  const columnMapView = createColumnMapView(language, onColumnMap);
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

  const button = (testId: string, kind: string, text: string, hidden = false) =>
    el("button", { type: "button", class: kind, hidden, "data-testid": testId }, text);
  const insertButton = button("insert-sample", "secondary", t("insertSample"));
  const refreshButton = button("refresh", "subtle", t("refreshSources"));
  const projectButton = button("project", "primary", t("project"));
  const programmesButton = button("create-programmes", "secondary", t("createProgrammes"));
  const programmesStatus = el("p", { class: "howto", "data-testid": "programmes-status" });
  const feeTableButton = button("create-fee-table", "subtle", t("createFeeTable"));
  const loansButton = button("create-loans", "subtle", t("createLoans"));
  const ratesButton = button("create-rates", "subtle", t("createRates"));
  const cancelButton = button("cancel", "secondary", t("cancel"), true);

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

  return {
    buttons: {
      insert: insertButton,
      refresh: refreshButton,
      project: projectButton,
      programmes: programmesButton,
      feeTable: feeTableButton,
      loans: loansButton,
      rates: ratesButton,
      cancel: cancelButton,
    },
    sourceSelect,
    asOfToday,
    columnMap: columnMapView,

    showSettings(settings: PaneSettings, today: DayNumber): void {
      asOf.value = isoOrToday(settings.asOf, today);
      asOfToday.checked = settings.asOf.trim() === "";
      asOf.disabled = asOfToday.checked;
      horizon.value = String(settings.horizonYears);
      fyStart.value = String(settings.fiscalYearStartMonth);
      currency.value = settings.currency;
      rate.value = settings.rate;
      shift.checked = settings.shiftToWorkday;
      financing.checked = settings.includeFinancing === true;
    },

    /** The settings as the form holds them; the column map is not on the form. */
    readSettings(columnMap: UserColumnMap | undefined): PaneSettings {
      return {
        // "" (today on every run) only when the user ticked it; a date typed stays that date.
        asOf: asOfToday.checked ? "" : asOf.value,
        horizonYears: Number(horizon.value),
        fiscalYearStartMonth: Number(fyStart.value),
        currency: currency.value.trim().toUpperCase() || "CNY",
        rate: rate.value.trim() || "1",
        shiftToWorkday: shift.checked,
        includeFinancing: financing.checked,
        columnMap,
      };
    },

    /** Ticking "today" disables the date and shows today in it. */
    showAsOfToday(today: DayNumber): void {
      asOf.disabled = asOfToday.checked;
      if (asOfToday.checked) asOf.value = isoOrToday("", today);
    },

    say(text: string, kind: "info" | "error" = "info"): void {
      status.textContent = text;
      status.className = `status ${kind}`;
    },

    setProgress(fraction: number): void {
      progress.value = fraction;
    },

    setBusy(busy: boolean): void {
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
    },

    /** Fills the Portfolio menu and selects `index` (nothing when the list is empty). */
    showSources(labels: string[], index: number): void {
      clear(sourceSelect);
      labels.forEach((label, i) =>
        sourceSelect.appendChild(el("option", { value: String(i) }, label))
      );
      if (labels.length > 0) sourceSelect.value = String(index);
    },

    selectedSource(): number {
      return Number(sourceSelect.value);
    },

    selectSource(index: number): void {
      sourceSelect.value = String(index);
    },

    showProgrammes(text: string, buttonText: string): void {
      programmesStatus.textContent = text;
      programmesButton.textContent = buttonText;
    },

    showIssues(issues: RowIssue[], goTo: (sheet: string, address: string) => void): void {
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
        go.addEventListener("click", () =>
          goTo(issue.sheet, issue.column ? cell : `A${issue.row}`)
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
            el(
              "summary",
              {},
              ledgerText(language, "issuesUnsupported", { count: expected.length })
            ),
            expectedList
          )
        );
    },

    /** Closes an open replace prompt as if the user kept the earlier results (Cancel while it asks). */
    dismissPrompt(): void {
      answerPrompt?.(false);
    },

    /** Asks before replacing earlier results; resolves undefined when the user keeps them. */
    confirmReplace(found: OutputsFound): Promise<ReplaceAnswer | undefined> {
      return new Promise((resolve) => {
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
          answerPrompt = undefined;
          confirmBox.hidden = true;
          // Focus goes back to the button that opened the prompt (Project), so keyboard users stay
          // where they were; it is disabled while the run is busy, so setBusy(false) focuses it.
          returnFocusTo = projectButton;
          resolve(answer ? { adopt: adopt.checked, keepEdited: keepEdited.checked } : undefined);
        };
        answerPrompt = done;
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
    },
  };
}
